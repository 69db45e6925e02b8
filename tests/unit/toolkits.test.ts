import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildScope } from '../../src/lib/gating';
import type { Hub } from '../../src/lib/hub';
import { buildHub } from '../../src/lib/hub';
import {
  dealSummary,
  highTicketToolkitFor,
  productsWithVariant,
  quickSaleToolkitFor,
  toolkitCatalog,
  toolkitSearchRecord,
  toolkitPagePath,
  variantRules,
} from '../../src/lib/toolkits/catalog';
import { emptyHighTicketModules, highTicketLimits, highTicketToolkit } from '../../src/lib/toolkits/highTicket';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import { productContent } from '../../src/lib/toolkits/productContent';
import {
  emptyQuickSaleSections,
  quickSaleLimits,
  quickSaleSectionOrder,
  quickSaleToolkit,
  quickSaleToolkitPage,
} from '../../src/lib/toolkits/quickSale';
import type { ArrangeOptions, Rankable, Targeting } from '../../src/lib/toolkits/relevance';
import {
  arrange,
  audienceChoices,
  filterFromQuery,
  filterToQuery,
  initialArrangement,
  itemsForIndustryPage,
  itemsSomeChoiceShows,
  withRanks,
} from '../../src/lib/toolkits/relevance';
import { seeAllFor } from '../../src/lib/toolkits/seeAll';
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
  return { hub: buildHub(sample, buildScope, { publicSiteUrl: 'https://hub.example' }), settings: hubConfig };
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
    expect(vault?.toolkits.map((t) => t.href)).toEqual([toolkitPagePath('vault', 'high-ticket')]);
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
    expect(forHealthcare.shown.map((item) => item.text)).toEqual([
      'For clinics.',
      'One number.',
      'One revenue number for everyone.',
      'For the CFO.',
    ]);
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
    const { send } = toolkit.sections;
    expect(send.items.map((item) => item.customerUrl)).toEqual([
      'https://hub.example/cases/health-case/',
      'https://hub.example/cases/retail-case/',
    ]);
    expect(send.emails.map((item) => item.copyText)).toEqual(['Subject: Your pipeline\n\nHi {first name}']);
    // Email templates are for every customer: outside the filtered list, counted in the section.
    expect(send.fixed).toBe(1);
    expect(send.total).toBe(3);
  });

  it('leaves internal entries and pricing notes out of a partner build', () => {
    const publicToolkit = quickSale('pulse', scope({ audience: 'partner' }));
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
    // A product with no approved content of its own: every section says so, none is hidden.
    expect(emptyQuickSaleSections(flow)).toEqual([...quickSaleSectionOrder]);
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
      { category: 'security', label: 'Security', count: 1, shown: 1 },
      { category: 'privacy', label: 'Privacy', count: 1, shown: 1 },
      { category: 'implementation', label: 'Implementation', count: 1, shown: 1 },
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
    // Only the industry's own cases: the overview holds the others.
    expect(keys(healthcare.cases.items)).toEqual(['cases:health-case']);
    expect(keys(highTicket('vault').cases.items)).toEqual(['cases:factory-case', 'cases:health-case', 'cases:secret-case']);
    expect(healthcare.securityPack.regulations.map((r) => r.industry.id)).toEqual(['healthcare']);
  });

  it('shows internal battlecards in an internal build and reports empty modules', () => {
    expect(keys(toolkit.battlecards.items)).toEqual(['competitors:dashly']);
    expect(emptyHighTicketModules(toolkit)).toEqual([]);
    expect(emptyHighTicketModules(highTicket('flow'))).toEqual([
      'solutions',
      'securityPack',
      'rfpLibrary',
      'cases',
      'battlecards',
      'stakeholders',
    ]);
  });
});

describe('toolkit catalogue helpers', () => {
  it('compiles each product toolkit once per hub and shares it with the toolkit index', () => {
    const ctx = context();
    const pulse = productNamed(ctx.hub, 'pulse');
    const vault = productNamed(ctx.hub, 'vault');
    expect(quickSaleToolkitFor(ctx, pulse)).toBe(quickSaleToolkitFor({ ...ctx }, pulse));
    expect(highTicketToolkitFor(ctx, vault)).toBe(highTicketToolkitFor(ctx, vault));
    expect(highTicketToolkitFor(ctx, vault)).not.toBe(highTicketToolkitFor(ctx, vault, ctx.hub.get(ref('industries', 'healthcare'))));
    // Another build (another hub) compiles its own.
    expect(quickSaleToolkitFor(context(), productNamed(context().hub, 'pulse'))).not.toBe(quickSaleToolkitFor(ctx, pulse));
  });

  it('files toolkit pages under the audience of the build, with status and review date for staff only', () => {
    const staff = context().hub;
    const partners = context(scope({ audience: 'partner' })).hub;
    const product = staff.entries.products[0];
    if (!product) throw new Error('the sample has no product');
    const forStaff = toolkitSearchRecord(staff, product, 'quick-sale', { industries: ['Retail'], personas: ['CFO'] });
    expect(forStaff.filters).toMatchObject({
      type: ['Sales toolkit'],
      variant: ['Quick-sale'],
      audience: ['Internal only'],
      industry: ['Retail'],
      persona: ['CFO'],
    });
    expect(forStaff.meta).toMatchObject({ status: 'Approved' });
    const forPartners = toolkitSearchRecord(partners, product, 'high-ticket', { industries: [] });
    expect(forPartners.filters['audience']).toEqual(['Customer-facing']);
    expect(Object.keys(forPartners.meta)).not.toContain('status');
    expect(Object.keys(forPartners.meta)).not.toContain('reviewBy');
  });

  it('words the variant rules with the deal summary’s money format', () => {
    expect(variantRules(hubConfig)[0]?.rule).toBe('Typical contract under $40,000, cycle of 30 days or less, no tenders.');
    expect(dealSummary({ contractValue: 14_000, currency: 'USD', cycleDays: 21, tenders: false })).toBe(
      '$14,000 typical contract · 21-day cycle · no tenders',
    );
  });

  it('links a long list to the search page, filtered to its type and product', () => {
    expect(seeAllFor('value-props', { product: 'Kestrel Pulse' })).toEqual({
      href: '/search/?type=Value+proposition&product=Kestrel+Pulse',
      what: 'value propositions',
    });
    expect(seeAllFor('cases', { product: 'Kestrel Pulse', customerFacing: true })).toEqual({
      href: '/search/?type=Customer+case&product=Kestrel+Pulse&audience=Customer-facing',
      what: 'customer-facing cases',
    });
    expect(seeAllFor('solutions', { product: 'Kestrel Vault', industry: 'Healthcare', solutionKind: 'industry' }).href).toBe(
      '/search/?type=Solution&product=Kestrel+Vault&industry=Healthcare&kind=By+industry',
    );
  });
});

describe('bounded rendering', () => {
  /** A deterministic mix of items written for one, both or neither of the dimensions. */
  function mixedItems(count: number) {
    const industries = ['retail', 'healthcare', 'manufacturing'];
    const personas = ['cfo', 'analyst', 'ciso', 'coo'];
    return withRanks(
      Array.from({ length: count }, (_, i) => {
        const targeting: Targeting = {
          industries: i % 4 === 0 ? [] : [industries[(i * 7) % 3] as string, ...(i % 5 === 0 ? [industries[(i + 1) % 3] as string] : [])],
          personas: i % 3 === 0 ? [] : [personas[(i * 5) % 4] as string],
        };
        return { key: `item-${i}`, targeting };
      }),
    );
  }
  const offered = { industries: ['retail', 'healthcare', 'manufacturing'], personas: ['cfo', 'analyst', 'ciso', 'coo'] };

  it.each<[string, ArrangeOptions]>([
    ['a limited list', { limit: 5 }],
    ['a limited list that keeps the closest matches', { limit: 3, keepOthers: true }],
  ])('keeps, of %s, what some filter shows, and every filter shows the same as with all items', (_, options) => {
    const all = mixedItems(400);
    const kept = itemsSomeChoiceShows(all, offered, options);
    const choices = audienceChoices(offered);
    expect(choices).toHaveLength(4 * 5);
    expect(kept.length).toBeLessThanOrEqual(choices.length * (options.limit ?? 0));
    expect(kept.length).toBeLessThan(all.length);
    for (const filter of choices) {
      const whole = arrange(all, filter, options);
      const part = arrange(kept, filter, options);
      expect(keys(part.shown), JSON.stringify(filter)).toEqual(keys(whole.shown));
      expect(part.fitting > 0).toBe(whole.fitting > 0);
    }
  });

  it.each<[string, ArrangeOptions]>([
    ['a limited list', { limit: 5 }],
    ['a limited list that keeps the closest matches', { limit: 3, keepOthers: true }],
    ['a list without a limit', {}],
  ])('keeps, of %s on one industry’s page, what some buyer shows there, and each buyer sees the same as with all items', (_, options) => {
    const all = mixedItems(400);
    for (const industry of [undefined, ...offered.industries]) {
      const page = itemsForIndustryPage(all, industry, offered.personas, options);
      if (options.limit !== undefined) expect(page.length).toBeLessThanOrEqual((offered.personas.length + 1) * options.limit);
      for (const persona of [undefined, ...offered.personas]) {
        const filter = { industry, persona };
        expect(keys(arrange(page, filter, options).shown), JSON.stringify(filter)).toEqual(keys(arrange(all, filter, options).shown));
      }
    }
    // A page holds fewer than the union every industry needs: what only other industries show stays on their pages.
    if (options.limit !== undefined) {
      expect(itemsForIndustryPage(all, 'retail', offered.personas, options).length).toBeLessThan(
        itemsSomeChoiceShows(all, offered, options).length,
      );
    }
  });

  it('keeps every item of a list without a limit', () => {
    const all = mixedItems(40);
    expect(itemsSomeChoiceShows(all, offered, {})).toEqual(all);
  });

  it('starts with the unfiltered arrangement: the first items up to the limit', () => {
    const all = mixedItems(9);
    const initial = initialArrangement(all, { limit: 4 });
    expect(initial.count).toBe(4);
    expect(all.filter((item) => initial.isHidden(item)).map((item) => item.key)).toEqual([
      'item-4',
      'item-5',
      'item-6',
      'item-7',
      'item-8',
    ]);
  });
});

describe('toolkits at scale', () => {
  const count = 60;
  const many = <T>(make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
  const cycle = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;
  const industries = ['retail', 'healthcare', 'manufacturing'];
  const scaled = allEntries(
    ...industries.map((id) => industry(id)),
    persona('cfo', { discoveryQuestions: ['How long is your close?'] }),
    persona('analyst', { level: 'execution', discoveryQuestions: ['Which report breaks?'] }),
    product('big', {
      deal: { contractValue: 20_000, currency: 'USD', cycleDays: 20, tenders: false },
      toolkitVariants: ['quick-sale', 'high-ticket'],
      industries: industries.map((id) => ref('industries', id)),
      personas: [ref('personas', 'cfo'), ref('personas', 'analyst')],
      emailTemplates: [{ name: 'Follow-up', subject: 'Next steps', body: 'Hi' }],
    }),
    // Ten for retail and ten for the CFO rank first; the one for both ranks last of all.
    ...Array.from({ length: 10 }, (_, i) => valueProp(`retail-${i}`, 'big', { priority: 1, industries: [ref('industries', 'retail')] })),
    ...Array.from({ length: 10 }, (_, i) => valueProp(`cfo-${i}`, 'big', { priority: 2, personas: [ref('personas', 'cfo')] })),
    ...many((i) => valueProp(`general-${i}`, 'big', { priority: 3 })),
    valueProp('zz-retail-cfo', 'big', { priority: 5, industries: [ref('industries', 'retail')], personas: [ref('personas', 'cfo')] }),
    ...many((i) => customerCase(`case-${i}`, cycle(industries, i), ['big'])),
    ...many((i) => objection(`objection-${i}`, ['big'], { personas: i % 2 ? [ref('personas', 'cfo')] : [] })),
    ...many((i) => competitor(`rival-${i}`, ['big'])),
    ...many((i) => rfp(`answer-${i}`, ['big'], { category: cycle(['security', 'privacy', 'support', 'commercial'] as const, i) })),
    ...many((i) =>
      solution(`solution-${i}`, ['big'], {
        kind: cycle(['industry', 'scenario', 'function'] as const, i),
        industries: [ref('industries', cycle(industries, i))],
      }),
    ),
  );
  const ctx: ToolkitContext = { hub: buildHub(scaled, scope(), { publicSiteUrl: 'https://hub.example' }), settings: hubConfig };
  const big = productNamed(ctx.hub, 'big');
  const quick = quickSaleToolkit(ctx, productContent(ctx.hub, big));
  const choices = audienceChoices({ industries, personas: ['cfo', 'analyst'] }).length;

  it('renders a bounded set of each growing quick-sale section, however much is written', () => {
    const { valueProps, cases, objections, competitors, send } = quick.sections;
    expect(valueProps.total).toBe(81);
    expect(valueProps.items.length).toBeLessThanOrEqual(quickSaleLimits.valueProps * choices);
    expect(cases.total).toBe(count);
    expect(cases.items.length).toBeLessThanOrEqual(quickSaleLimits.cases * choices);
    expect(objections.items.length).toBeLessThanOrEqual(quickSaleLimits.objections * choices);
    // Competitors are written for everyone: the same few lead every view.
    expect(competitors.items).toHaveLength(quickSaleLimits.competitors);
    expect(send.items.length).toBeLessThanOrEqual(quickSaleLimits.caseLinks * choices);
    expect(send.total).toBe(count + 1);
  });

  it('gives each industry’s page only that industry’s items, “Ready to send” block and email fillings', () => {
    const page = quickSaleToolkitPage(quick, 'retail');
    expect(page.ready.map((ready) => ready.industry.id)).toEqual(['retail']);
    expect(quickSaleToolkitPage(quick, undefined).ready).toEqual([]);
    for (const email of page.sections.send.emails) expect(email.variants).toHaveLength(1);
    const buyers = [undefined, 'cfo', 'analyst'];
    for (const id of quickSaleSectionOrder) {
      // Every section's items are rankable toolkit items; the union of their types is too wide for `arrange`.
      const whole: { items: readonly (Rankable & { key: string })[]; arrange: ArrangeOptions; total: number } = quick.sections[id];
      const narrowed: typeof whole = page.sections[id];
      expect(narrowed.total, id).toBe(whole.total);
      if (whole.arrange.limit !== undefined) expect(narrowed.items.length, id).toBeLessThanOrEqual(whole.arrange.limit * buyers.length);
      for (const persona of buyers) {
        const filter = { industry: 'retail', persona };
        expect(keys(arrange(narrowed.items, filter, narrowed.arrange).shown), `${id} ${String(persona)}`).toEqual(
          keys(arrange(whole.items, filter, whole.arrange).shown),
        );
      }
    }
    expect(page.sections.cases.items.length).toBeLessThan(quick.sections.cases.items.length);
  });

  it('keeps the best item for an industry and buyer together, though it ranks last for each alone', () => {
    const { valueProps } = quick.sections;
    const forBoth = arrange(valueProps.items, { industry: 'retail', persona: 'cfo' }, valueProps.arrange).shown;
    expect(keys(forBoth)[0]).toBe('value-props:zz-retail-cfo');
    expect(keys(arrange(valueProps.items, {}, valueProps.arrange).shown)).toEqual(
      Array.from({ length: quickSaleLimits.valueProps }, (_, i) => `value-props:retail-${i}`),
    );
  });

  it('says how many there are and links to all of them where a section shows only some', () => {
    expect(quick.sections.valueProps.seeAll?.href).toBe('/search/?type=Value+proposition&product=Product+big');
    expect(quick.sections.cases.seeAll?.href).toBe('/search/?type=Customer+case&product=Product+big');
    expect(quick.sections.objections.seeAll?.href).toBe('/search/?type=Objection&product=Product+big');
    expect(quick.sections.send.seeAll?.href).toBe('/search/?type=Customer+case&product=Product+big&audience=Customer-facing');
    expect(quick.sections.discovery.seeAll).toBeUndefined();
    expect(quickSale('pulse').sections.valueProps.seeAll).toBeUndefined();
  });

  it('caps the high-ticket overview: first cases, first answers of each category, first solutions of each group', () => {
    const overview = highTicketToolkit(ctx, productContent(ctx.hub, big));
    expect(overview.cases.items).toHaveLength(highTicketLimits.cases);
    expect(overview.cases.total).toBe(count);
    expect(overview.cases.seeAll?.href).toBe('/search/?type=Customer+case&product=Product+big');
    expect(overview.rfpLibrary.total).toBe(count);
    expect(overview.rfpLibrary.items).toHaveLength(4 * highTicketLimits.answersPerCategory);
    expect(overview.rfpLibrary.categories.map((c) => [c.category, c.count, c.shown])).toEqual([
      ['security', 15, 5],
      ['privacy', 15, 5],
      ['support', 15, 5],
      ['commercial', 15, 5],
    ]);
    expect(overview.rfpLibrary.seeAll?.href).toBe('/search/?type=RFP+answer&product=Product+big');
    expect(overview.securityPack.categories.map((g) => [g.category, g.items.length, g.total])).toEqual([
      ['security', 5, 15],
      ['privacy', 5, 15],
      ['compliance', 0, 0],
    ]);
    for (const group of overview.solutions.modules.flatMap((m) => m.groups)) {
      expect(group.items.length).toBeLessThanOrEqual(highTicketLimits.solutionsPerGroup);
    }
    expect(overview.solutions.modules[0]?.groups[0]?.seeAll?.href).toBe(
      '/search/?type=Solution&product=Product+big&industry=Industry+retail&kind=By+industry',
    );
    expect(overview.battlecards.items).toHaveLength(highTicketLimits.battlecards);
  });

  it('shows on an industry page only that industry’s cases, capped and linked to the rest', () => {
    const healthcare = highTicketToolkit(ctx, productContent(ctx.hub, big), ctx.hub.get(ref('industries', 'healthcare')));
    expect(healthcare.cases.items.every((item) => item.industry.id === 'healthcare')).toBe(true);
    expect(healthcare.cases.items).toHaveLength(highTicketLimits.cases);
    expect(healthcare.cases.total).toBe(count / 3);
    expect(healthcare.cases.seeAll?.href).toBe('/search/?type=Customer+case&product=Product+big&industry=Industry+healthcare');
  });
});

describe('value proposition copy', () => {
  const withInternalProof = allEntries(
    industry('retail'),
    product('pulse'),
    customerCase('open-case', 'retail', ['pulse'], { customer: 'Open Co' }),
    customerCase('secret-case', 'retail', ['pulse'], { ...governance({ audience: 'internal' }), customer: 'Secret Co' }),
    valueProp('vp', 'pulse', {
      proofPoints: [
        { claim: 'Open Co closed two days faster.', case: ref('cases', 'open-case') },
        { claim: 'Secret Co halved its audit prep.', case: ref('cases', 'secret-case') },
        { claim: '71% run it without an analyst.', source: 'Customer survey 2026' },
      ],
    }),
    valueProp('vp-secret-only', 'pulse', { proofPoints: [{ claim: 'Secret Co loves it.', case: ref('cases', 'secret-case') }] }),
  );

  function valueProps(buildScope = scope()) {
    const c: ToolkitContext = {
      hub: buildHub(withInternalProof, buildScope, { publicSiteUrl: 'https://hub.example' }),
      settings: hubConfig,
    };
    return quickSaleToolkit(c, productContent(c.hub, productNamed(c.hub, 'pulse'))).sections.valueProps.items;
  }

  it('copies for the customer only proof from customer-facing cases or sources', () => {
    const vp = valueProps().find((item) => item.key === 'value-props:vp');
    expect(vp?.copyText).toContain('Open Co closed two days faster. (https://hub.example/cases/open-case/)');
    expect(vp?.copyText).toContain('71% run it without an analyst. (Customer survey 2026)');
    expect(vp?.copyText).not.toContain('Secret Co');
    const secretOnly = valueProps().find((item) => item.key === 'value-props:vp-secret-only');
    expect(secretOnly?.copyText).not.toContain('Secret Co');
  });

  it('keeps internal-case proof in the rep’s view, marked internal', () => {
    const vp = valueProps().find((item) => item.key === 'value-props:vp');
    expect(vp?.proof.map((p) => [p.claim, p.case?.audience])).toEqual([
      ['Open Co closed two days faster.', 'public'],
      ['Secret Co halved its audit prep.', 'internal'],
      ['71% run it without an analyst.', undefined],
    ]);
    // A public build has no internal case to cite: the proof point and a value proposition resting on it are gone.
    const inPublic = valueProps(scope({ audience: 'public' }));
    expect(inPublic.map((item) => item.key)).toEqual(['value-props:vp']);
    expect(inPublic[0]?.proof.map((p) => p.claim)).not.toContain('Secret Co halved its audit prep.');
  });
});
