import { describe, expect, it } from 'vitest';
import { coverageGaps, healthReport, orphans, reviewDue } from '../../src/lib/coverage';
import { buildHub } from '../../src/lib/hub';
import {
  addDays,
  allEntries,
  customerCase,
  day,
  industry,
  messaging,
  objection,
  persona,
  product,
  ref,
  scope,
  solution,
  TODAY,
  valueProp,
} from './factories';

const retail = industry('retail');
const health = industry('healthcare');
const cfo = persona('cfo');
const cio = persona('cio');
const pulse = product('pulse', {
  industries: [ref('industries', 'retail'), ref('industries', 'healthcare')],
  personas: [ref('personas', 'cfo'), ref('personas', 'cio')],
});

describe('coverageGaps', () => {
  it('reports each industry a product sells to that has no case, and each target persona without a value proposition', () => {
    const hub = buildHub(
      allEntries(
        pulse,
        retail,
        health,
        cfo,
        cio,
        customerCase('acme', 'retail', ['pulse']),
        valueProp('vp', 'pulse', { personas: [ref('personas', 'cfo')] }),
      ),
      scope(),
    );
    const gaps = coverageGaps(hub).map((g) => `${g.product.id}:${g.missing}:${g.industry?.id ?? g.persona?.id}`);
    expect(gaps).toEqual(['pulse:customer-facing case:healthcare', 'pulse:value proposition:cio']);
  });

  it('does not count a gated case as coverage', () => {
    const hub = buildHub(
      allEntries(pulse, retail, health, cfo, cio, customerCase('acme', 'retail', ['pulse'], { status: 'draft' })),
      scope(),
    );
    expect(
      coverageGaps(hub)
        .filter((g) => g.missing === 'customer-facing case')
        .map((g) => g.industry?.id),
    ).toEqual(['retail', 'healthcare']);
  });
});

describe('orphans', () => {
  it('lists cases nothing cites and value propositions no solution carries', () => {
    const cited = customerCase('cited', 'retail', ['pulse']);
    const inSolution = customerCase('in-solution', 'retail', ['pulse'], { solutions: [ref('solutions', 's1')] });
    const backsObjection = customerCase('backs-objection', 'retail', ['pulse']);
    const lonely = customerCase('lonely', 'retail', ['pulse']);
    const usedVp = valueProp('used', 'pulse', { proofPoints: [{ claim: 'x', case: ref('cases', 'cited') }] });
    const unusedVp = valueProp('unused', 'pulse');
    const hub = buildHub(
      allEntries(
        pulse,
        retail,
        cited,
        inSolution,
        backsObjection,
        lonely,
        usedVp,
        unusedVp,
        solution('s1', ['pulse'], { valueProps: [ref('value-props', 'used')] }),
        objection('o1', ['pulse'], { proof: [ref('cases', 'backs-objection')] }),
      ),
      scope(),
    );
    expect(orphans(hub).map((e) => `${e.collection}/${e.id}`)).toEqual(['cases/lonely', 'value-props/unused']);
  });
});

describe('reviewDue', () => {
  it('lists entries due within the window, soonest first, and leaves later ones out', () => {
    const hub = buildHub(
      allEntries(
        product('soon', { reviewBy: addDays(TODAY, 10) }),
        product('sooner', { reviewBy: addDays(TODAY, 2) }),
        product('later', { reviewBy: addDays(TODAY, 31) }),
        industry('edge', { reviewBy: addDays(TODAY, 30) }),
      ),
      scope(),
    );
    expect(reviewDue(hub, 30).map((r) => [r.entry.id, r.daysLeft])).toEqual([
      ['sooner', 2],
      ['soon', 10],
      ['edge', 30],
    ]);
  });

  it('shows overdue entries in a preview, where they are visible', () => {
    const hub = buildHub(allEntries(product('late', { reviewBy: day('2026-11-01') })), scope({ mode: 'preview' }));
    expect(reviewDue(hub, 30).map((r) => r.daysLeft)).toEqual([-22]);
  });
});

describe('healthReport', () => {
  it('flags products without messaging and value propositions whose only proof is a gated case', () => {
    const hub = buildHub(
      allEntries(
        pulse,
        product('vault'),
        messaging('pulse', 'pulse'),
        customerCase('hidden', 'retail', ['pulse'], { status: 'retired' }),
        valueProp('weak', 'pulse', { proofPoints: [{ claim: 'Saved a lot', case: ref('cases', 'hidden') }] }),
        valueProp('sourced', 'pulse'),
      ),
      scope(),
    );
    const report = healthReport(hub, 30);
    expect(report.productsWithoutMessaging.map((p) => p.id)).toEqual(['vault']);
    expect(report.unprovenValueProps.map((vp) => vp.id)).toEqual(['weak']);
  });
});
