import { describe, expect, it } from 'vitest';
import type { LifecycleStatus } from '../../src/lib/gating';
import { daysUntilReview, freshness, gateReasons, isPublishable, isVisible, scopeFromEnvironment } from '../../src/lib/gating';
import { addDays, day, governance, scope, TODAY } from './factories';

describe('gateReasons: lifecycle status', () => {
  const cases: [LifecycleStatus, string[]][] = [
    ['draft', ['draft']],
    ['review', ['in review']],
    ['retired', ['retired']],
    ['approved', []],
  ];
  it.each(cases)('%s gives %j', (status, reasons) => {
    expect(gateReasons(governance({ status }), scope())).toEqual(reasons);
    expect(isPublishable(governance({ status }), scope())).toBe(reasons.length === 0);
  });
});

describe('gateReasons: review-by date', () => {
  it('keeps an entry whose review-by day is the build day', () => {
    expect(gateReasons(governance({ reviewBy: TODAY }), scope())).toEqual([]);
  });

  it('keeps it all through the review-by day, whatever the hour of the build', () => {
    const lateOnTheDay = new Date('2026-11-23T23:59:59Z');
    expect(isPublishable(governance({ reviewBy: TODAY }), scope({ today: lateOnTheDay }))).toBe(true);
  });

  it('expires an entry the day after its review-by day', () => {
    expect(gateReasons(governance({ reviewBy: addDays(TODAY, -1) }), scope())).toEqual(['past review-by']);
    expect(gateReasons(governance({ reviewBy: TODAY }), scope({ today: day('2026-11-24') }))).toEqual(['past review-by']);
  });

  it('keeps an entry due tomorrow or later', () => {
    expect(isPublishable(governance({ reviewBy: addDays(TODAY, 1) }), scope())).toBe(true);
    expect(isPublishable(governance({ reviewBy: day('2030-01-01') }), scope())).toBe(true);
  });
});

describe('gateReasons: audience', () => {
  it('shows internal entries in an internal build', () => {
    expect(gateReasons(governance({ audience: 'internal' }), scope({ audience: 'internal' }))).toEqual([]);
  });

  it('leaves internal entries out of a public build', () => {
    expect(gateReasons(governance({ audience: 'internal' }), scope({ audience: 'public' }))).toEqual(['internal only']);
  });

  it('shows public entries in both builds', () => {
    expect(isPublishable(governance({ audience: 'public' }), scope({ audience: 'public' }))).toBe(true);
    expect(isPublishable(governance({ audience: 'public' }), scope({ audience: 'internal' }))).toBe(true);
  });

  it('lists every reason at once, status first', () => {
    const entry = governance({ status: 'draft', reviewBy: day('2025-01-01'), audience: 'internal' });
    expect(gateReasons(entry, scope({ audience: 'public' }))).toEqual(['draft', 'past review-by', 'internal only']);
  });
});

describe('isVisible', () => {
  const gated = [
    governance({ status: 'draft' }),
    governance({ status: 'review' }),
    governance({ status: 'retired' }),
    governance({ reviewBy: day('2026-11-22') }),
    governance({ audience: 'internal' }),
  ];

  it('preview mode shows everything, gated or not', () => {
    for (const entry of gated) expect(isVisible(entry, scope({ mode: 'preview', audience: 'public' }))).toBe(true);
  });

  it('a published build shows none of the gated entries', () => {
    for (const entry of gated) expect(isVisible(entry, scope({ mode: 'published', audience: 'public' }))).toBe(false);
  });

  it('a published build shows an approved, current entry', () => {
    expect(isVisible(governance(), scope({ mode: 'published', audience: 'public' }))).toBe(true);
  });
});

describe('daysUntilReview and freshness', () => {
  it('counts whole UTC days, ignoring the time of day', () => {
    expect(daysUntilReview(day('2026-12-03'), new Date('2026-11-23T22:00:00Z'))).toBe(10);
    expect(daysUntilReview(TODAY, TODAY)).toBe(0);
    expect(daysUntilReview(day('2026-11-20'), TODAY)).toBe(-3);
  });

  it('is due soon within the window, inclusive, and expired after the day', () => {
    expect(freshness(addDays(TODAY, 31), TODAY, 30)).toBe('current');
    expect(freshness(addDays(TODAY, 30), TODAY, 30)).toBe('due soon');
    expect(freshness(TODAY, TODAY, 30)).toBe('due soon');
    expect(freshness(addDays(TODAY, -1), TODAY, 30)).toBe('expired');
  });
});

describe('scopeFromEnvironment', () => {
  it('defaults to an internal, published build of today', () => {
    const before = Date.now();
    const result = scopeFromEnvironment({}, false);
    expect(result.mode).toBe('published');
    expect(result.audience).toBe('internal');
    expect(result.today.getTime()).toBeGreaterThanOrEqual(before);
    expect(result.today.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('is a preview in dev, and in a build with GTM_PREVIEW=1', () => {
    expect(scopeFromEnvironment({}, true).mode).toBe('preview');
    expect(scopeFromEnvironment({ GTM_PREVIEW: '1' }, false).mode).toBe('preview');
    expect(scopeFromEnvironment({ GTM_PREVIEW: '0' }, false).mode).toBe('published');
  });

  it('refuses a preview of the partner or public build, which would show internal entries', () => {
    for (const audience of ['partner', 'public']) {
      expect(() => scopeFromEnvironment({ GTM_PREVIEW: '1', GTM_AUDIENCE: audience }, false)).toThrow(
        `GTM_PREVIEW shows drafts and internal entries, so it builds the internal hub only: unset GTM_AUDIENCE ("${audience}").`,
      );
    }
  });

  it('reads the audience and the build day', () => {
    const result = scopeFromEnvironment({ GTM_AUDIENCE: 'public', GTM_TODAY: '2026-11-23' }, false);
    expect(result.audience).toBe('public');
    expect(result.today.toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('rejects an unknown audience, naming the variable and the allowed values', () => {
    expect(() => scopeFromEnvironment({ GTM_AUDIENCE: 'partners' }, false)).toThrow(
      'GTM_AUDIENCE must be one of "internal", "partner", "public", not "partners".',
    );
    expect(() => scopeFromEnvironment({ GTM_AUDIENCE: 'Public' }, false)).toThrow(/GTM_AUDIENCE/);
  });

  it('rejects a build day that is not a date', () => {
    expect(() => scopeFromEnvironment({ GTM_TODAY: 'tomorrow' }, false)).toThrow(
      'GTM_TODAY must be a date written as YYYY-MM-DD, not "tomorrow".',
    );
    expect(() => scopeFromEnvironment({ GTM_TODAY: '23/11/2026' }, false)).toThrow(/GTM_TODAY/);
  });
});

// Customer-facing material (proposals, kits, messaging): see src/lib/gating.ts.
import { isCustomerFacing, isCustomerReady } from '../../src/lib/gating';

describe('isCustomerReady: what may go into customer-facing material', () => {
  it('takes approved, current, public entries, whatever the build', () => {
    for (const s of [scope(), scope({ audience: 'public' }), scope({ mode: 'preview' })]) {
      expect(isCustomerReady(governance(), s)).toBe(true);
    }
  });

  it('refuses an internal-only entry even in an internal build, which shows it to staff', () => {
    const internal = governance({ audience: 'internal' });
    expect(isPublishable(internal, scope({ audience: 'internal' }))).toBe(true);
    expect(isCustomerReady(internal, scope({ audience: 'internal' }))).toBe(false);
  });

  it('refuses drafts, entries in review, retired and expired entries, even in a preview', () => {
    for (const status of ['draft', 'review', 'retired'] as const) {
      expect(isCustomerReady(governance({ status }), scope({ mode: 'preview' }))).toBe(false);
    }
    expect(isCustomerReady(governance({ reviewBy: addDays(TODAY, -1) }), scope())).toBe(false);
    expect(isCustomerReady(governance({ reviewBy: TODAY }), scope())).toBe(true);
  });
});

describe('isCustomerFacing: customer-facing material in this build', () => {
  it('asks isCustomerReady in a published build', () => {
    expect(isCustomerFacing(governance(), scope())).toBe(true);
    expect(isCustomerFacing(governance({ audience: 'internal' }), scope())).toBe(false);
    expect(isCustomerFacing(governance({ status: 'draft' }), scope())).toBe(false);
  });

  it('shows drafts and expired entries in a preview, but never internal-only ones', () => {
    const preview = scope({ mode: 'preview' });
    expect(isCustomerFacing(governance({ status: 'draft' }), preview)).toBe(true);
    expect(isCustomerFacing(governance({ reviewBy: addDays(TODAY, -30) }), preview)).toBe(true);
    expect(isCustomerFacing(governance({ audience: 'internal' }), preview)).toBe(false);
    expect(isCustomerFacing(governance({ audience: 'internal', status: 'draft' }), preview)).toBe(false);
  });
});
