import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { buildHub } from '../../src/lib/hub';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import { caseItem } from '../../src/lib/toolkits/items';
import { toolkitPicker } from '../../src/lib/toolkits/picker';
import { productContent } from '../../src/lib/toolkits/productContent';
import { quickSaleToolkit } from '../../src/lib/toolkits/quickSale';
import { pitchFor, readyCase, readyLimits } from '../../src/lib/toolkits/readyToSend';
import { withRanks } from '../../src/lib/toolkits/relevance';
import { callVariant, toolkitPath } from '../../src/lib/toolkits/toolkitPaths';
import { TODAY, addDays, allEntries, customerCase, governance, industry, messaging, persona, product, ref, scope } from './factories';

const quote = { text: 'It just works.', author: 'Ana Ruiz', role: 'CFO' };

/**
 * Pulse sells to retail, healthcare and the public sector; its only public-sector case is internal.
 * Vault and Flow have public-sector cases of their own.
 */
const sample = allEntries(
  industry('retail', { title: 'Retail' }),
  industry('healthcare', { title: 'Healthcare' }),
  industry('public-sector', { title: 'Public Sector' }),
  persona('cfo', { title: 'CFO', level: 'executive' }),
  persona('analyst', { title: 'Analyst', level: 'execution' }),
  persona('ciso', { title: 'CISO', level: 'executive' }),
  product('pulse', {
    title: 'Pulse',
    industries: [ref('industries', 'retail'), ref('industries', 'healthcare'), ref('industries', 'public-sector')],
    personas: [ref('personas', 'analyst'), ref('personas', 'cfo')],
    emailTemplates: [
      { name: 'Trial kickoff', subject: 'Your trial', body: 'Hi {first name}, your workspace is ready.' },
      { name: 'After the call', subject: 'One dashboard', body: 'Hi {first name}, here is how {similar customer} did it: {case link}.' },
    ],
  }),
  product('vault', {
    title: 'Vault',
    deal: { contractValue: 280_000, currency: 'USD', cycleDays: 150, tenders: true },
    industries: [ref('industries', 'public-sector')],
    personas: [ref('personas', 'ciso')],
  }),
  product('flow', { title: 'Flow', toolkitVariants: ['quick-sale', 'high-ticket'], industries: [ref('industries', 'healthcare')] }),
  messaging('pulse-messaging', 'pulse', {
    elevatorPitch: 'One revenue number for everyone.',
    industryVariants: [{ industry: ref('industries', 'retail'), message: 'Store margins by morning.' }],
    personaVariants: [{ persona: ref('personas', 'cfo'), message: 'Close two days sooner.' }],
  }),
  customerCase('retail-plain', 'retail', ['pulse']),
  customerCase('retail-quoted', 'retail', ['pulse'], { quote }),
  customerCase('retail-chinese', 'retail', ['pulse'], {
    lang: 'zh-CN',
    quote,
    metrics: [
      { label: 'a', value: '1' },
      { label: 'b', value: '2' },
    ],
  }),
  customerCase('retail-secret', 'retail', ['pulse'], { ...governance({ audience: 'internal' }), quote }),
  customerCase('health-expired', 'healthcare', ['pulse'], governance({ reviewBy: addDays(TODAY, -1) })),
  customerCase('county', 'public-sector', ['pulse'], {
    ...governance({ audience: 'internal' }),
    customer: 'Marsh County',
    title: 'Marsh County closes permits in a week',
    anonymised: { description: 'a US county of 180,000 residents', summary: 'Permits in a week instead of three.' },
  }),
  customerCase('city', 'public-sector', ['vault']),
  customerCase('state-secret', 'public-sector', ['vault'], governance({ audience: 'internal' })),
);

function context(): ToolkitContext {
  return { hub: buildHub(sample, scope(), { publicSiteUrl: 'https://hub.example' }), settings: hubConfig };
}

function pulseToolkit() {
  const ctx = context();
  const pulse = ctx.hub.get(ref('products', 'pulse'));
  if (!pulse) throw new Error('sample has no pulse');
  return quickSaleToolkit(ctx, productContent(ctx.hub, pulse));
}

const readyFor = (industryId: string) => {
  const ready = pulseToolkit().ready.find((r) => r.industry.id === industryId);
  if (!ready) throw new Error(`no ready block for ${industryId}`);
  return ready;
};

describe('pitch for a buyer', () => {
  const source = {
    elevatorPitch: 'General.',
    industryVariants: [{ industry: ref('industries', 'retail'), message: 'Retail line.' }],
    personaVariants: [{ persona: ref('personas', 'cfo'), message: 'CFO line.' }],
  };

  it('takes the buyer’s own line over the industry’s, and the industry’s over the elevator pitch', () => {
    expect(pitchFor(source, { industry: 'retail', persona: 'cfo' })).toEqual({ basis: 'buyer', text: 'CFO line.' });
    expect(pitchFor(source, { industry: 'retail', persona: 'analyst' })).toEqual({ basis: 'industry', text: 'Retail line.' });
    expect(pitchFor(source, { industry: 'healthcare' })).toEqual({ basis: 'general', text: 'General.' });
  });

  it('lists the no-buyer line first, then only the buyers whose line differs from it', () => {
    const { pitches } = readyFor('retail');
    expect(pitches.map((p) => [p.persona, p.label, p.text])).toEqual([
      [undefined, 'For Retail', 'Store margins by morning.'],
      ['cfo', 'For the CFO', 'Close two days sooner.'],
    ]);
  });
});

describe('best customer-facing case for a product and industry', () => {
  it('prefers the toolkit’s language, then a quote, and never sends an internal case', () => {
    expect(readyFor('retail').case?.key).toBe('cases:retail-quoted');
  });

  it('keeps to the industry, and falls back to more metrics, then the toolkit’s order', () => {
    const ctx = context();
    const items = withRanks(
      ['retail-plain', 'retail-chinese', 'city'].map((id) => {
        const entry = ctx.hub.get(ref('cases', id));
        if (!entry) throw new Error(id);
        return caseItem(ctx, entry);
      }),
    );
    expect(readyCase(items, 'retail', 'zh-CN')?.key).toBe('cases:retail-chinese');
    expect(readyCase(items, 'retail', 'en')?.key).toBe('cases:retail-plain');
    expect(readyCase(items, 'healthcare', 'en')).toBeUndefined();
  });

  it('has no case where the only one is expired, and asks for one', () => {
    const ready = readyFor('healthcare');
    expect(ready.case).toBeUndefined();
    expect(ready.otherProducts).toEqual([]);
    expect(ready.requestSubject).toBe('Content request: a customer-facing Healthcare case for Pulse');
  });

  it('offers another product’s customer-facing case in the same industry, and its own internal case anonymised', () => {
    const ready = readyFor('public-sector');
    expect(ready.case).toBeUndefined();
    expect(ready.email).toBeUndefined();
    expect(ready.otherProducts.map((o) => [o.product.id, o.case.key, o.toolkitHref])).toEqual([
      ['vault', 'cases:city', '/toolkits/vault/high-ticket/public-sector/'],
    ]);
    expect(ready.otherProducts.length).toBeLessThanOrEqual(readyLimits.otherProducts);
    // Vault's internal case has no anonymised form: it is never offered, not even to Vault.
    expect(ready.anonymised.map((c) => c.key)).toEqual(['cases:county']);
    const email = ready.anonymised[0]?.email;
    expect(email?.text).toContain('A US county of 180,000 residents');
    expect(`${email?.text} ${email?.html}`).not.toContain('Marsh');
  });

  it('fills the first template that cites a case with the block’s case, and leaves the rep’s placeholders', () => {
    const ready = readyFor('retail');
    expect(ready.email?.name).toBe('After the call');
    expect(ready.email?.email.text).toBe(
      'Subject: One dashboard\n\nHi {first name}, here is how Customer retail-quoted did it: https://hub.example/cases/retail-quoted/.',
    );
    expect(ready.email?.email.repPlaceholders).toEqual(['first name']);
  });

  it('gives every industry of the toolkit a block, in the filters’ order', () => {
    expect(pulseToolkit().ready.map((r) => r.industry.id)).toEqual(['retail', 'healthcare', 'public-sector']);
  });
});

describe('toolkit paths and the picker', () => {
  it('opens a product’s quick-sale toolkit before a call where it has one', () => {
    expect(callVariant(['quick-sale', 'high-ticket'])).toBe('quick-sale');
    expect(callVariant(['high-ticket'])).toBe('high-ticket');
  });

  it('lands each product and industry on that pair’s own page, the buyer in the query', () => {
    const pulse = product('pulse', { industries: [ref('industries', 'retail')] });
    expect(toolkitPath(pulse, 'quick-sale', { industry: 'retail', persona: 'cfo' })).toBe('/toolkits/pulse/quick-sale/retail/?persona=cfo');
    expect(toolkitPath(pulse, 'high-ticket', { industry: 'retail' })).toBe('/toolkits/pulse/high-ticket/retail/');
  });

  it('offers every product × industry pair and every buyer once, executives first', () => {
    const picker = toolkitPicker(context().hub, hubConfig);
    expect(picker.products.map((p) => [p.id, p.variant, p.industries.map((i) => i.href)])).toEqual([
      ['flow', 'quick-sale', ['/toolkits/flow/quick-sale/healthcare/']],
      [
        'pulse',
        'quick-sale',
        ['/toolkits/pulse/quick-sale/retail/', '/toolkits/pulse/quick-sale/healthcare/', '/toolkits/pulse/quick-sale/public-sector/'],
      ],
      ['vault', 'high-ticket', ['/toolkits/vault/high-ticket/public-sector/']],
    ]);
    expect(picker.personas.map((p) => p.id)).toEqual(['cfo', 'ciso', 'analyst']);
  });
});
