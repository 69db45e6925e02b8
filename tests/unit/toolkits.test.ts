import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildScope } from '../../src/lib/gating';
import type { Hub } from '../../src/lib/hub';
import { buildHub } from '../../src/lib/hub';
import { productsWithVariant, toolkitCatalog, toolkitPath } from '../../src/lib/toolkits/catalog';
import { emptyHighTicketModules, highTicketToolkit } from '../../src/lib/toolkits/highTicket';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import { productContent } from '../../src/lib/toolkits/productContent';
import { emptyQuickSaleSections, quickSaleSectionOrder, quickSaleToolkit } from '../../src/lib/toolkits/quickSale';
import { arrange, filterFromQuery, filterToQuery, withRanks } from '../../src/lib/toolkits/relevance';
import {
  TODAY,
  addDays,
  allEntries,
  competitor,
  customerCase,
  governance,
  industry,
  messaging,
  objection,
  persona,
  product,
  ref,
  rfp,
  scope,
  solution,
  valueProp,
} from './factories';

/**
 * A small catalogue: Pulse sells quick, Vault through tenders, Flow both ways. Each collection
 * holds entries a published build must leave out (draft, expired, internal) next to approved ones.
 */
const sample = allEntries(
  industry('retail'),
  industry('healthcare', { regulations: ['HIPAA'] }),
  industry('manufacturing', { regulations: ['ISO 9001'] }),
  persona('cfo', { level: 'executive', discoveryQuestions: ['How many days does your close take?'] }),
  persona('analyst', { level: 'execution', discoveryQuestions: ['Which spreadsheet breaks most often?'] }),
  persona('ciso', { level: 'executive' }),
  product('pulse', {
    industries: [ref('industries', 'retail'), ref('industries', 'healthcare')],
    personas: [ref('personas', 'analyst'), ref('personas', 'cfo')],
    packages: [{ name: 'Team', price: '$990 / month', includes: ['25 users'] }],
    pricingNotes: 'Floor is $840 per month.',
    emailTemplates: [{ name: 'After the first call', subject: 'Your pipeline', body: 'Hi {first name}' }],
  }),
  product('vault', {
    deal: { contractValue: 280_000, currency: 'USD', cycleDays: 150, tenders: true },
    industries: [ref('industries', 'healthcare'), ref('industries', 'manufacturing')],
    personas: [ref('personas', 'ciso'), ref('personas', 'analyst')],
  }),
  product('flow', {
    deal: { contractValue: 36_000, currency: 'USD', cycleDays: 40, tenders: false },
    toolkitVariants: ['quick-sale', 'high-ticket'],
  }),
  product('yuan', { deal: { contractValue: 200_000, currency: 'CNY', cycleDays: 20, tenders: false } }),
  messaging('pulse-messaging', 'pulse', {
    industryVariants: [{ industry: ref('industries', 'healthcare'), message: 'For clinics.' }],
    personaVariants: [{ persona: ref('personas', 'cfo'), message: 'For the CFO.' }],
  }),
  valueProp('vp-general', 'pulse', { priority: 2 }),
  valueProp('vp-retail-cfo', 'pulse', {
    priority: 3,
    industries: [ref('industries', 'retail')],
    personas: [ref('personas', 'cfo')],
    proofPoints: [{ claim: 'Retail Co closed two days faster.', case: ref('cases', 'retail-case') }],
  }),
  valueProp('vp-draft', 'pulse', { ...governance({ status: 'draft' }), priority: 1 }),
  valueProp('vp-unproven', 'pulse', {
    proofPoints: [{ claim: 'Draft Co loves it.', case: ref('cases', 'draft-case') }],
  }),
  solution('retail-solution', ['pulse'], { industries: [ref('industries', 'retail')], personas: [ref('personas', 'cfo')] }),
  solution('health-solution', ['vault'], { industries: [ref('industries', 'healthcare')] }),
  solution('factory-solution', ['vault'], { industries: [ref('industries', 'manufacturing')] }),
  solution('audit-scenario', ['vault'], { kind: 'scenario' }),
  customerCase('retail-case', 'retail', ['pulse'], { solutions: [ref('solutions', 'retail-solution')] }),
  customerCase('health-case', 'healthcare', ['pulse', 'vault']),
  customerCase('factory-case', 'manufacturing', ['vault']),
  customerCase('secret-case', 'retail', ['pulse', 'vault'], governance({ audience: 'internal' })),
  customerCase('draft-case', 'retail', ['pulse', 'vault'], governance({ status: 'draft' })),
  customerCase('stale-case', 'healthcare', ['pulse', 'vault'], governance({ reviewBy: addDays(TODAY, -1) })),
  objection('price', ['pulse'], { personas: [ref('personas', 'cfo')], proof: [ref('cases', 'retail-case')] }),
  objection('timing', ['pulse'], { category: 'timing' }),
  objection('retired-objection', ['pulse'], governance({ status: 'retired' })),
  competitor('dashly', ['vault'], governance({ audience: 'internal' })),
  rfp('encryption', ['vault']),
  rfp('residency', ['vault'], { category: 'privacy' }),
  rfp('onboarding', ['vault'], { category: 'implementation' }),
  rfp('old-answer', ['vault'], governance({ reviewBy: addDays(TODAY, -30) })),
);

function context(buildScope: BuildScope = scope()): ToolkitContext {
  return { hub: buildHub(sample, buildScope), settings: hubConfig, site: 'https://hub.example' };
}

function productNamed(hub: Hub, id: string) {
  const found = hub.get(ref('products', id));
  if (!found) throw new Error(`sample has no product ${id}`);
  return found;
}

function quickSale(id: string, buildScope?: BuildScope) {
  const ctx = context(buildScope);
  return quickSaleToolkit(ctx, productContent(ctx.hub, productNamed(ctx.hub, id)));
}

function highTicket(id: string, focus?: string) {
  const ctx = context();
  const industryEntry = focus ? ctx.hub.get(ref('industries', focus)) : undefined;
  return highTicketToolkit(ctx, productContent(ctx.hub, productNamed(ctx.hub, id)), industryEntry);
}

const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe('variant choice', () => {
  const ctx = context();
  const { hub } = ctx;

  it('gives each product the toolkits its deal profile calls for, and no others', () => {
    const ids = (variant: 'quick-sale' | 'high-ticket') => productsWithVariant(hub, hubConfig, variant).map((p) => p.id);
    expect(ids('quick-sale')).toEqual(['flow', 'pulse', 'yuan']);
    expect(ids('high-ticket')).toEqual(['flow', 'vault']);
  });

  it('lists every toolkit with the reason and the deal profile behind it', () => {
    const catalog = toolkitCatalog(ctx);
    const vault = catalog.find((entry) => entry.product.id === 'vault');
    expect(vault?.toolkits.map((t) => t.href)).toEqual([toolkitPath('vault', 'high-ticket')]);
    expect(vault?.decision.reason).toMatch(/tender/);
    expect(vault?.deal).toBe('$280,000 typical contract · 150-day cycle · usually tendered');
    const flow = catalog.find((entry) => entry.product.id === 'flow');
    expect(flow?.toolkits.map((t) => t.variant)).toEqual(['quick-sale', 'high-ticket']);
    // 200,000 CNY is about 28,000 USD: under the threshold once converted.
    expect(catalog.find((entry) => entry.product.id === 'yuan')?.decision.variants).toEqual(['quick-sale']);
  });

  it('counts the material each toolkit draws on from the gated hub', () => {
    const pulse = toolkitCatalog(ctx).find((entry) => entry.product.id === 'pulse');
    expect(pulse?.coverage.find((c) => c.label === 'value propositions')?.count).toBe(3);
    expect(pulse?.toolkits.map((t) => t.missing)).toEqual([['Competitor quick-hits']]);
  });
});

describe('ranking by industry and buyer', () => {
  const items = withRanks([
    { key: 'general', targeting: { industries: [], personas: [] } },
    { key: 'retail', targeting: { industries: ['retail'], personas: [] } },
    { key: 'retail-cfo', targeting: { industries: ['retail'], personas: ['cfo'] } },
    { key: 'health', targeting: { industries: ['healthcare'], personas: [] } },
  ]);

  it('keeps the given order when nothing is chosen', () => {
    expect(keys(arrange(items, {}).shown)).toEqual(['general', 'retail', 'retail-cfo', 'health']);
  });

  it('puts items written for the chosen audience first and drops the ones for another', () => {
    const result = arrange(items, { industry: 'retail', persona: 'cfo' });
    expect(keys(result.shown)).toEqual(['retail-cfo', 'retail', 'general']);
    expect(keys(result.hidden)).toEqual(['health']);
    expect(result.fitting).toBe(3);
  });

  it('keeps the closest proof, ranked last, when asked to', () => {
    const result = arrange(items, { industry: 'healthcare' }, { keepOthers: true, limit: 3 });
    expect(keys(result.shown)).toEqual(['health', 'general', 'retail']);
    expect(keys(result.hidden)).toEqual(['retail-cfo']);
  });

  it('reports that nothing fits when no item is written for the audience', () => {
    const cases = withRanks([{ key: 'retail', targeting: { industries: ['retail'], personas: [] } }]);
    const result = arrange(cases, { industry: 'manufacturing' }, { keepOthers: true });
    expect(result.fitting).toBe(0);
    expect(keys(result.shown)).toEqual(['retail']);
  });

  it('reads and writes the filter in the query string, ignoring what the toolkit does not offer', () => {
    const offered = { industries: ['retail'], personas: ['cfo'] };
    expect(filterFromQuery('?industry=retail&persona=cto', offered)).toEqual({ industry: 'retail', persona: undefined });
    expect(filterToQuery({ industry: 'retail', persona: 'cfo' }, '?utm=mail')).toBe('?utm=mail&industry=retail&persona=cfo');
    expect(filterToQuery({}, '?industry=retail')).toBe('');
  });
});

describe('quick-sale toolkit', () => {
  const toolkit = quickSale('pulse');
  const allKeys = quickSaleSectionOrder.flatMap((id) => keys(toolkit.sections[id].items));

  it('never shows a draft, retired or expired entry', () => {
    for (const gated of ['vp-draft', 'draft-case', 'stale-case', 'retired-objection']) {
      expect(allKeys.some((key) => key.endsWith(`:${gated}`))).toBe(false);
    }
  });

  it('drops a value proposition whose only proof is left out of the build', () => {
    expect(keys(toolkit.sections.valueProps.items)).toEqual(['value-props:vp-general', 'value-props:vp-retail-cfo']);
  });

  it('leads with the tagline and pitch, then the variants for an industry or buyer', () => {
    expect(toolkit.sections.pitch.items.map((item) => item.label)).toEqual([
      'Tagline',
      'Elevator pitch',
      'For Industry healthcare',
      'For the Persona cfo',
    ]);
    const forHealthcare = arrange(toolkit.sections.pitch.items, { industry: 'healthcare' });
    expect(forHealthcare.shown.map((item) => item.text)).toEqual(['For clinics.', 'One number.', 'One revenue number for everyone.', 'For the CFO.']);
  });

  it('ranks a case from the chosen industry first', () => {
    const { cases } = toolkit.sections;
    expect(keys(arrange(cases.items, { industry: 'healthcare' }, cases.arrange).shown)[0]).toBe('cases:health-case');
    expect(keys(arrange(cases.items, { industry: 'retail' }, cases.arrange).shown)[0]).toBe('cases:retail-case');
  });

  it('ranks a case for the chosen buyer first, through the solutions it cites', () => {
    const { cases } = toolkit.sections;
    expect(keys(arrange(cases.items, { persona: 'cfo' }, cases.arrange).shown)[0]).toBe('cases:retail-case');
  });

  it('marks internal cases, gives them no customer link and keeps them out of what is sent', () => {
    const secret = toolkit.sections.cases.items.find((item) => item.key === 'cases:secret-case');
    expect(secret?.audience).toBe('internal');
    expect(secret?.customerUrl).toBeUndefined();
    const retail = toolkit.sections.cases.items.find((item) => item.key === 'cases:retail-case');
    expect(retail?.customerUrl).toBe('https://hub.example/cases/retail-case/');
    expect(retail?.copyText).toContain('https://hub.example/cases/retail-case/');
    const sent = toolkit.sections.send.items;
    expect(sent.filter((item) => item.kind === 'case-link').map((item) => item.customerUrl)).toEqual([
      'https://hub.example/cases/health-case/',
      'https://hub.example/cases/retail-case/',
    ]);
    expect(sent.filter((item) => item.kind === 'email').map((item) => item.copyText)).toEqual(['Subject: Your pipeline\n\nHi {first name}']);
  });

  it('leaves internal entries and pricing notes out of a public build', () => {
    const publicToolkit = quickSale('pulse', scope({ audience: 'public' }));
    expect(publicToolkit.pricingNotes).toBeUndefined();
    expect(keys(publicToolkit.sections.cases.items)).not.toContain('cases:secret-case');
    expect(toolkit.pricingNotes).toBe('Floor is $840 per month.');
  });

  it('asks discovery questions of the buyers the product sells to, executive first', () => {
    expect(toolkit.sections.discovery.items.map((item) => item.persona)).toEqual(['Persona cfo', 'Persona analyst']);
    expect(toolkit.sections.discovery.items[0]?.targeting.personas).toEqual(['cfo']);
  });

  it('reports sections with nothing to show instead of hiding them', () => {
    expect(emptyQuickSaleSections(toolkit)).toEqual(['competitors']);
    expect(toolkit.sections.competitors.emptyText).toBe('No approved competitor notes for Product pulse yet.');
    const flow = quickSale('flow');
    expect(emptyQuickSaleSections(flow)).toEqual(['pitch', 'packaging', 'valueProps', 'cases', 'discovery', 'objections', 'competitors', 'send']);
  });
});

describe('high-ticket toolkit', () => {
  const toolkit = highTicket('vault');

  it('groups solutions by industry, scenario and job function', () => {
    const groups = toolkit.solutions.modules.map((m) => ({ kind: m.kind, groups: m.groups.map((g) => [g.title, keys(g.items)]) }));
    expect(groups).toEqual([
      {
        kind: 'industry',
        groups: [
          ['Industry healthcare', ['solutions:health-solution']],
          ['Industry manufacturing', ['solutions:factory-solution']],
        ],
      },
      { kind: 'scenario', groups: [['By scenario', ['solutions:audit-scenario']]] },
      { kind: 'function', groups: [['By job function', []]] },
    ]);
  });

  it('packs security, privacy and compliance answers with the regulations of the industries sold to', () => {
    expect(toolkit.securityPack.categories.map((c) => [c.category, keys(c.items)])).toEqual([
      ['security', ['rfp:encryption']],
      ['privacy', ['rfp:residency']],
      ['compliance', []],
    ]);
    expect(toolkit.securityPack.regulations.map((r) => r.regulations)).toEqual([['HIPAA'], ['ISO 9001']]);
  });

  it('files every current RFP answer by category', () => {
    expect(toolkit.rfpLibrary.categories).toEqual([
      { category: 'security', label: 'Security', count: 1 },
      { category: 'privacy', label: 'Privacy', count: 1 },
      { category: 'implementation', label: 'Implementation', count: 1 },
    ]);
    expect(keys(toolkit.rfpLibrary.items)).not.toContain('rfp:old-answer');
  });

  it('maps stakeholders by discovery level', () => {
    expect(toolkit.stakeholders.levels.map((l) => [l.level, l.items.map((i) => i.persona)])).toEqual([
      ['executive', ['Persona ciso']],
      ['business-line', []],
      ['execution', ['Persona analyst']],
    ]);
  });

  it('pre-selects what fits an industry on its entry page', () => {
    const healthcare = highTicket('vault', 'healthcare');
    expect(healthcare.focus?.id).toBe('healthcare');
    expect(keys(healthcare.solutions.items)).toEqual(['solutions:health-solution', 'solutions:audit-scenario']);
    expect(keys(healthcare.cases.items)[0]).toBe('cases:health-case');
    expect(healthcare.securityPack.regulations.map((r) => r.industry.id)).toEqual(['healthcare']);
  });

  it('shows internal battlecards in an internal build and reports empty modules', () => {
    expect(keys(toolkit.battlecards.items)).toEqual(['competitors:dashly']);
    expect(emptyHighTicketModules(toolkit)).toEqual([]);
    expect(emptyHighTicketModules(highTicket('flow'))).toEqual(['solutions', 'securityPack', 'rfpLibrary', 'cases', 'battlecards', 'stakeholders']);
  });
});
