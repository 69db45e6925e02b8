import { describe, expect, it } from 'vitest';
import { cardsStatement, governanceNotice, governanceView, relativeDays } from '../../src/lib/governanceView';
import { addDays, governance, TODAY } from './factories';

describe('governanceView', () => {
  it('marks an entry current, due soon or overdue against the review-by date', () => {
    const view = (days: number) =>
      governanceView(governance({ reviewBy: addDays(TODAY, days) }), { today: TODAY, dueSoonDays: 30, gateReasons: [] });
    expect(view(90).freshness).toBe('current');
    expect(view(30).freshness).toBe('due soon');
    expect(view(30).freshnessLabel).toBe('Review due in 30 days');
    expect(view(0).freshness).toBe('due soon');
    expect(view(-3).freshness).toBe('expired');
    expect(view(-3).freshnessLabel).toBe('Review overdue by 3 days');
  });

  it('says when the entry last changed, from its commit date', () => {
    const v = governanceView(governance(), { today: TODAY, dueSoonDays: 30, lastUpdated: addDays(TODAY, -12), gateReasons: [] });
    expect(v.updatedLabel).toBe('Updated 12 days ago');
    expect(v.reviewByIso).toBe('2027-06-30');
    expect(v.reviewByLabel).toBe('30 Jun 2027');
    expect(governanceView(governance(), { today: TODAY, dueSoonDays: 30, gateReasons: [] }).updatedLabel).toBeUndefined();
  });
});

describe('relativeDays', () => {
  it('reads like a person would say it', () => {
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(-3)).toBe('today');
    expect(relativeDays(1)).toBe('yesterday');
    expect(relativeDays(45)).toBe('45 days ago');
    expect(relativeDays(120)).toBe('4 months ago');
    expect(relativeDays(800)).toBe('2 years ago');
  });
});

describe('governanceNotice: what an item adds to its page’s governance bar', () => {
  const view = (overrides: Parameters<typeof governance>[0] = {}, options: { days?: number; shown?: boolean } = {}) =>
    governanceView(governance({ reviewBy: addDays(TODAY, options.days ?? 90), ...overrides }), {
      today: TODAY,
      dueSoonDays: 30,
      gateReasons: [],
      shown: options.shown ?? true,
    });

  it('says nothing for an approved, current, customer-facing item: the page already said it', () => {
    expect(governanceNotice(view({ audience: 'public' }))).toBeUndefined();
  });

  it('marks an internal item, unless the page itself is internal', () => {
    expect(governanceNotice(view({ audience: 'internal' }))).toEqual({ internal: true, status: undefined, review: undefined });
    expect(governanceNotice(view({ audience: 'internal' }), { audience: 'internal' })).toBeUndefined();
  });

  it('names the owner to ask with a review due soon or overdue, never with a current one', () => {
    const soon = governanceNotice(view({ owner: 'Mei Chen' }, { days: 10 }));
    expect(soon?.review).toEqual({
      owner: 'Mei Chen',
      freshness: 'due soon',
      label: 'Review due in 10 days',
      dateIso: addDays(TODAY, 10).toISOString().slice(0, 10),
      dateLabel: view({}, { days: 10 }).reviewByLabel,
    });
    expect(governanceNotice(view({ owner: 'Mei Chen' }, { days: -2 }))?.review?.label).toBe('Review overdue by 2 days');
    expect(governanceNotice(view({ owner: 'Mei Chen' }, { days: 31 }))).toBeUndefined();
  });

  it('names a status other than approved (a preview)', () => {
    expect(governanceNotice(view({ status: 'review' }))?.status).toBe('In review');
    expect(governanceNotice(view({ status: 'draft' }))?.status).toBe('Draft');
  });

  it('gives no owner, status or date where governance is not shown (a customer build), only the internal mark', () => {
    expect(governanceNotice(view({ status: 'draft' }, { days: -5, shown: false }))).toBeUndefined();
    expect(governanceNotice(view({ audience: 'internal' }, { days: -5, shown: false }))).toEqual({
      internal: true,
      status: undefined,
      review: undefined,
    });
  });
});

describe('the statement a toolkit page makes for its cards', () => {
  it('names the internal mark only in a build that can hold internal items', () => {
    expect(cardsStatement('internal')).toContain('Internal, do not send');
    expect(cardsStatement('public')).not.toMatch(/internal/iu);
  });
});
