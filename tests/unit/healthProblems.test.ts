import { describe, expect, it } from 'vitest';
import { firstRankOfKind, healthDocument, problemsByOwner, rankedProblems } from '../../src/lib/healthProblems';
import { formatHealthForTerminal } from '../../src/lib/healthTerminal';
import { buildHub } from '../../src/lib/hub';
import type { HealthProblem } from '../../src/schemas/api';
import { addDays, allEntries, customerCase, day, industry, persona, product, ref, scope, TODAY, valueProp } from './factories';

const SITE = 'https://hub.example/';

/**
 * One product sold to retail and healthcare, targeting two buyers, with one problem of every kind:
 * an expired case cited by two value propositions, a retired case cited by one, healthcare covered
 * only by an internal case, no value proposition for the CIO, and a review due in 10 days.
 */
function sample() {
  return allEntries(
    product('pulse', {
      title: 'Pulse',
      owner: 'Ana Ruiz',
      industries: [ref('industries', 'retail'), ref('industries', 'healthcare')],
      personas: [ref('personas', 'cfo'), ref('personas', 'cio')],
    }),
    industry('retail', { title: 'Retail' }),
    industry('healthcare', { title: 'Healthcare' }),
    persona('cfo', { title: 'CFO' }),
    persona('cio', { title: 'CIO' }),
    customerCase('acme', 'retail', ['pulse'], { title: 'Acme closes faster' }),
    customerCase('stale', 'retail', ['pulse'], { title: 'Stale Freight case', owner: 'Tom Ng', reviewBy: day('2026-08-31') }),
    customerCase('gone', 'retail', ['pulse'], { title: 'Gone Foods case', owner: 'Mei Chen', status: 'retired' }),
    customerCase('county', 'healthcare', ['pulse'], { title: 'County clinic case', customer: 'County Clinic', audience: 'internal' }),
    valueProp('vp1', 'pulse', {
      title: 'One view',
      personas: [ref('personas', 'cfo')],
      proofPoints: [{ claim: 'Faster', case: ref('cases', 'stale') }],
    }),
    valueProp('vp2', 'pulse', {
      title: 'Two views',
      proofPoints: [
        { claim: 'Faster', case: ref('cases', 'stale') },
        { claim: 'Cheaper', case: ref('cases', 'gone') },
      ],
      reviewBy: addDays(TODAY, 10),
      owner: 'Mei Chen',
    }),
  );
}

const summary = (p: HealthProblem) => `${p.rank} ${p.kind} ${p.entry.collection}/${p.entry.id} ${p.owner}`;

describe('rankedProblems', () => {
  it('ranks lapsed citations first (most cited first), then missing customer cases, missing value propositions and reviews due', () => {
    const problems = rankedProblems(buildHub(sample(), scope()), { dueSoonDays: 30 }, SITE);
    expect(problems.map(summary)).toEqual([
      '1 cited-unpublished cases/stale Tom Ng',
      '2 cited-unpublished cases/gone Mei Chen',
      '3 no-customer-case products/pulse Ana Ruiz',
      '4 no-value-proposition products/pulse Ana Ruiz',
      '5 review-due value-props/vp2 Mei Chen',
    ]);
  });

  it('names each row’s entry, owner, date and one action', () => {
    const [stale, gone, noCase, noVp, due] = rankedProblems(buildHub(sample(), scope()), { dueSoonDays: 30 }, SITE);
    expect(stale).toMatchObject({ date: '2026-08-31', entry: { file: 'src/content/cases/stale/index.md' } });
    expect(stale?.problem).toContain('expired on 2026-08-31');
    expect(stale?.problem).toContain('2 approved entries (“One view”, “Two views”)');
    expect(stale?.action).toMatch(/^Re-confirm it and move its review-by date/u);
    expect(gone?.problem).toContain('retired');
    expect(gone?.action).toMatch(/^Replace or remove it/u);
    expect(noCase?.problem).toBe('Pulse × Healthcare: no case a rep may send to a customer; “County clinic case” is internal only.');
    expect(noCase?.action).toContain('County Clinic’s approval');
    expect(noCase?.entry.url).toBe('https://hub.example/products/pulse/');
    expect(noVp?.problem).toContain('CIO');
    expect(due).toMatchObject({
      date: isoDay(addDays(TODAY, 10)),
      entry: { name: 'Two views', url: 'https://hub.example/value-props/vp2/' },
    });
  });

  it('names a gated entry by its id in a published build and links nowhere, and by its title in a preview', () => {
    const published = rankedProblems(buildHub(sample(), scope()), { dueSoonDays: 30 }, SITE)[0];
    expect(published?.entry).toEqual({ collection: 'cases', id: 'stale', name: 'cases/stale', file: 'src/content/cases/stale/index.md' });
    const preview = rankedProblems(buildHub(sample(), scope({ mode: 'preview' })), { dueSoonDays: 30 }, SITE);
    expect(preview[0]?.entry.name).toBe('Stale Freight case');
    // The expired case is reported once, as cited, not again as a review that is overdue.
    expect(preview.filter((p) => p.entry.id === 'stale')).toHaveLength(1);
  });

  it('says a case is missing altogether where the product × industry has none, internal or not', () => {
    const entries = sample();
    entries.cases = entries.cases.filter((c) => c.id !== 'county');
    const noCase = rankedProblems(buildHub(entries, scope()), { dueSoonDays: 30 }, SITE).find((p) => p.kind === 'no-customer-case');
    expect(noCase?.problem).toBe('Pulse × Healthcare: no case at all, so reps selling there have no proof.');
    expect(noCase?.action).toBe('Add a public Healthcare case for Pulse.');
  });

  it('finds nothing in healthy content', () => {
    const hub = buildHub(
      allEntries(
        product('pulse', { industries: [ref('industries', 'retail')], personas: [ref('personas', 'cfo')] }),
        industry('retail'),
        persona('cfo'),
        customerCase('acme', 'retail', ['pulse']),
        valueProp('vp', 'pulse', { personas: [ref('personas', 'cfo')] }),
      ),
      scope(),
    );
    expect(rankedProblems(hub, { dueSoonDays: 30 }, SITE)).toEqual([]);
  });
});

describe('problemsByOwner', () => {
  it('puts the owner of the top problem first and keeps each owner’s problems in rank order', () => {
    const problems = rankedProblems(buildHub(sample(), scope()), { dueSoonDays: 30 }, SITE);
    expect(problemsByOwner(problems).map((g) => `${g.owner}: ${g.problems.map((p) => p.rank).join(',')}`)).toEqual([
      'Tom Ng: 1',
      'Mei Chen: 2,5',
      'Ana Ruiz: 3,4',
    ]);
  });
});

describe('healthDocument', () => {
  it('lists at most rowsPerKind problems of each kind, with the totals counted', () => {
    const document = healthDocument(buildHub(sample(), scope()), { dueSoonDays: 30, rowsPerKind: 1 }, SITE);
    expect(document.counts).toEqual({ 'cited-unpublished': 2, 'no-customer-case': 1, 'no-value-proposition': 1, 'review-due': 1 });
    const listed = document.owners.flatMap((g) => g.problems.map((p) => p.rank));
    expect(listed.sort((a, b) => a - b)).toEqual([1, 3, 4, 5]);
    expect(firstRankOfKind(document)).toEqual({
      'cited-unpublished': 1,
      'no-customer-case': 3,
      'no-value-proposition': 4,
      'review-due': 5,
    });
    expect(document.$schema).toBe('https://hub.example/api/schema/health.v1.json');
  });
});

describe('formatHealthForTerminal', () => {
  const document = healthDocument(buildHub(sample(), scope()), { dueSoonDays: 30, rowsPerKind: 1 }, SITE);
  const text = formatHealthForTerminal(document, 72);

  it('prints the totals, then each owner’s problems in rank order with the file and the action', () => {
    expect(text).toContain('Content health on 2026-11-23 (internal build): 5 problems');
    expect(text).toMatch(/^ +2 {2}Expired or retired, still cited$/mu);
    expect(text).toContain('(at most 1 of each kind are listed below)');
    expect(text.indexOf('Tom Ng (1)')).toBeLessThan(text.indexOf('Ana Ruiz (2)'));
    expect(text).toContain('1. [Still cited, expired 2026-08-31] cases/stale');
    expect(text).toContain('(src/content/cases/stale/index.md)');
    expect(text).toContain('Action: Re-confirm it');
  });

  it('wraps to the width given', () => {
    expect(text.split('\n').filter((line) => line.length > 72)).toEqual([]);
  });

  it('says when there is nothing to fix', () => {
    const empty = healthDocument(buildHub(allEntries(), scope()), { dueSoonDays: 30, rowsPerKind: 5 }, SITE);
    expect(formatHealthForTerminal(empty)).toContain('0 problems');
    expect(formatHealthForTerminal(empty)).toContain('Nothing to fix.');
  });
});

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
