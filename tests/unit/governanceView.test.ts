import { describe, expect, it } from 'vitest';
import { cardsStatement, governanceView, needsNotice, relativeDays } from '../../src/lib/governanceView';
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

describe('notices on cards', () => {
  it('are due only where an entry is not approved or its review is due or overdue', () => {
    expect(needsNotice({ status: 'approved', freshness: 'current' })).toBe(false);
    expect(needsNotice({ status: 'approved', freshness: 'due soon' })).toBe(true);
    expect(needsNotice({ status: 'approved', freshness: 'expired' })).toBe(true);
    expect(needsNotice({ status: 'draft', freshness: 'current' })).toBe(true);
  });
});

describe('the statement a toolkit page makes for its cards', () => {
  it('names the internal mark only in a build that can hold internal items', () => {
    expect(cardsStatement('internal')).toContain('Internal, do not send');
    expect(cardsStatement('public')).not.toMatch(/internal/iu);
  });
});
