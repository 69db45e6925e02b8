import { describe, expect, it } from 'vitest';
import { buildHub } from '../../src/lib/hub';
import { allEntries, customerCase, day, industry, objection, product, ref, scope, solution, valueProp } from './factories';

/** A small hub: one of each lifecycle state, references across collections. */
function sample() {
  const pulse = product('pulse', { title: 'Kestrel Pulse' });
  const vault = product('vault', { title: 'Kestrel Vault', status: 'draft' });
  const flow = product('flow', { title: 'Kestrel Flow', audience: 'internal' });
  const retail = industry('retail', { title: 'Retail' });
  const health = industry('health', { title: 'Healthcare', reviewBy: day('2026-11-01') });
  const visibility = solution('visibility', ['pulse', 'vault', 'flow'], { title: 'Revenue visibility' });
  const security = solution('security', ['vault'], { title: 'Security pack', status: 'review' });
  const harbor = customerCase('harbor', 'retail', ['pulse'], {
    title: 'Harbor closes two days faster',
    solutions: [ref('solutions', 'visibility'), ref('solutions', 'security')],
  });
  const orrin = customerCase('orrin', 'health', ['pulse'], {
    title: 'Orrin cuts prep time',
    solutions: [ref('solutions', 'visibility')],
  });
  const oldCase = customerCase('old', 'retail', ['pulse'], {
    title: 'An old case',
    status: 'retired',
    solutions: [ref('solutions', 'visibility')],
  });
  const oneView = valueProp('one-view', 'pulse', {
    title: 'One number',
    proofPoints: [
      { claim: 'Harbor cut prep time.', case: ref('cases', 'harbor') },
      { claim: 'The old case.', case: ref('cases', 'old') },
      { claim: 'Harbor again.', case: ref('cases', 'harbor') },
    ],
  });
  const tooExpensive = objection('too-expensive', ['pulse'], { title: 'Too expensive', proof: [ref('cases', 'old')] });
  return allEntries(pulse, vault, flow, retail, health, visibility, security, harbor, orrin, oldCase, oneView, tooExpensive);
}

describe('buildHub: visible lists', () => {
  it('keeps only approved, current entries in a published internal build, sorted by title', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.entries.products.map((e) => e.id)).toEqual(['flow', 'pulse']);
    expect(hub.entries.industries.map((e) => e.id)).toEqual(['retail']);
    expect(hub.entries.solutions.map((e) => e.id)).toEqual(['visibility']);
    expect(hub.entries.cases.map((e) => e.id)).toEqual(['harbor', 'orrin']);
  });

  it('gates each entry on its own review-by date', () => {
    // Healthcare's review-by day is 2026-11-01: shown that day, gone the next.
    expect(buildHub(sample(), scope({ today: day('2026-11-01') })).entries.industries.map((e) => e.id)).toEqual(['health', 'retail']);
    expect(buildHub(sample(), scope({ today: day('2026-11-02') })).entries.industries.map((e) => e.id)).toEqual(['retail']);
    // A case citing the expired industry stays: the case itself is approved and current.
    expect(buildHub(sample(), scope({ today: day('2026-11-02') })).entries.cases.map((e) => e.id)).toEqual(['harbor', 'orrin']);
  });

  it('leaves internal entries out of a public build', () => {
    const hub = buildHub(sample(), scope({ audience: 'public' }));
    expect(hub.entries.products.map((e) => e.id)).toEqual(['pulse']);
  });

  it('shows everything in preview mode', () => {
    const hub = buildHub(sample(), scope({ mode: 'preview', audience: 'public' }));
    expect(hub.entries.products.map((e) => e.id)).toEqual(['flow', 'pulse', 'vault']);
    expect(hub.entries.cases).toHaveLength(3);
    expect(hub.gatedReferences).toEqual([]);
  });

  it('get finds visible entries only', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.get(ref('products', 'pulse'))?.data.title).toBe('Kestrel Pulse');
    expect(hub.get(ref('products', 'vault'))).toBeUndefined();
    expect(hub.get(ref('products', 'nope'))).toBeUndefined();
  });
});

describe('buildHub: resolve', () => {
  it('resolves references in the order given and drops gated and unknown ones', () => {
    const hub = buildHub(sample(), scope());
    const refs = [ref('products', 'flow'), ref('products', 'vault'), ref('products', 'missing'), ref('products', 'pulse')];
    expect(hub.resolve(refs).map((e) => e.id)).toEqual(['flow', 'pulse']);
  });

  it('resolves nothing from undefined or an empty list', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.resolve(undefined)).toEqual([]);
    expect(hub.resolve([])).toEqual([]);
  });

  it('drops internal entries in a public build', () => {
    const hub = buildHub(sample(), scope({ audience: 'public' }));
    expect(hub.resolve([ref('products', 'flow'), ref('products', 'pulse')]).map((e) => e.id)).toEqual(['pulse']);
  });
});

describe('buildHub: gatedReferences', () => {
  it('reports each reference from a visible entry to a gated one, with file, field path and reasons', () => {
    const hub = buildHub(sample(), scope());
    const reported = hub.gatedReferences.map((g) => ({
      from: `${g.from.collection}/${g.from.id}`,
      file: g.filePath,
      field: g.field,
      to: `${g.to.collection}/${g.to.id}`,
      reasons: g.reasons,
    }));
    expect(reported).toEqual(
      expect.arrayContaining([
        {
          from: 'solutions/visibility',
          file: 'src/content/solutions/visibility.md',
          field: 'products[1]',
          to: 'products/vault',
          reasons: ['draft'],
        },
        {
          from: 'cases/harbor',
          file: 'src/content/cases/harbor/index.md',
          field: 'solutions[1]',
          to: 'solutions/security',
          reasons: ['in review'],
        },
        {
          from: 'value-props/one-view',
          file: 'src/content/value-props/one-view.md',
          field: 'proofPoints[1].case',
          to: 'cases/old',
          reasons: ['retired'],
        },
        {
          from: 'objections/too-expensive',
          file: 'src/content/objections/too-expensive.md',
          field: 'proof[0]',
          to: 'cases/old',
          reasons: ['retired'],
        },
        {
          from: 'cases/orrin',
          file: 'src/content/cases/orrin/index.md',
          field: 'industry',
          to: 'industries/health',
          reasons: ['past review-by'],
        },
      ]),
    );
    expect(reported).toHaveLength(5);
  });

  it('reports an expired target only once it has expired', () => {
    const onTheDay = buildHub(sample(), scope({ today: day('2026-11-01') }));
    expect(onTheDay.gatedReferences.filter((g) => g.to.id === 'health')).toEqual([]);
  });

  it('adds "internal only" in a public build', () => {
    const hub = buildHub(sample(), scope({ audience: 'public' }));
    expect(hub.gatedReferences).toContainEqual(
      expect.objectContaining({
        from: ref('solutions', 'visibility'),
        field: 'products[2]',
        to: ref('products', 'flow'),
        reasons: ['internal only'],
      }),
    );
  });

  it('ignores references from gated entries, and to entries that do not exist', () => {
    const entries = sample();
    entries.solutions.push(solution('ghost', ['nowhere'], { title: 'Ghost' }));
    const hub = buildHub(entries, scope());
    expect(hub.gatedReferences.some((g) => g.from.id === 'security')).toBe(false);
    expect(hub.gatedReferences.some((g) => g.to.id === 'nowhere')).toBe(false);
  });
});

describe('buildHub: referrers', () => {
  it('finds visible entries whose field cites the target', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.referrers('cases', 'solutions', 'visibility').map((e) => e.id)).toEqual(['harbor', 'orrin']);
  });

  it('leaves out gated referrers', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.referrers('cases', 'solutions', 'visibility').map((e) => e.id)).not.toContain('old');
    expect(buildHub(sample(), scope({ mode: 'preview' })).referrers('cases', 'solutions', 'visibility')).toHaveLength(3);
  });

  it('finds references nested in objects, listing each referrer once', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.referrers('value-props', 'proofPoints', 'harbor').map((e) => e.id)).toEqual(['one-view']);
  });

  it('is empty for an id nobody cites and for another field', () => {
    const hub = buildHub(sample(), scope());
    expect(hub.referrers('cases', 'solutions', 'nobody')).toEqual([]);
    expect(hub.referrers('cases', 'products', 'visibility')).toEqual([]);
  });

  it('answers the same after the index is built', () => {
    const hub = buildHub(sample(), scope());
    const first = hub.referrers('cases', 'products', 'pulse').map((e) => e.id);
    expect(hub.referrers('cases', 'products', 'pulse').map((e) => e.id)).toEqual(first);
    expect(first).toEqual(['harbor', 'orrin']);
  });
});

describe('buildHub: reasons', () => {
  it('gives the reasons an entry is left out of this build', () => {
    const entries = sample();
    const hub = buildHub(entries, scope({ audience: 'public' }));
    const flow = entries.products.find((p) => p.id === 'flow');
    const vault = entries.products.find((p) => p.id === 'vault');
    expect(flow && hub.reasons(flow)).toEqual(['internal only']);
    expect(vault && hub.reasons(vault)).toEqual(['draft']);
  });
});
