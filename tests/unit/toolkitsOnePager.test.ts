import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { documentTheme } from '../../src/lib/brand/brandTheme';
import { buildHub } from '../../src/lib/hub';
import type { ToolkitContext } from '../../src/lib/toolkits/items';
import type { OnePager } from '../../src/lib/toolkits/onePager';
import { onePager, onePagerFileName, onePagerLimits, onePagerPath } from '../../src/lib/toolkits/onePager';
import type { OnePagerAssets } from '../../src/lib/toolkits/onePagerPdf';
import { onePagerPdf } from '../../src/lib/toolkits/onePagerPdf';
import { productContent } from '../../src/lib/toolkits/productContent';
import { TODAY, allEntries, customerCase, governance, industry, messaging, product, ref, scope, valueProp } from './factories';

const contact = { callToAction: 'Book a demo', url: 'https://example.com/contact/', email: 'sales@example.com' };

const sample = allEntries(
  industry('healthcare', { title: 'Healthcare' }),
  industry('retail', { title: 'Retail' }),
  product('pulse', {
    title: 'Pulse',
    industries: [ref('industries', 'healthcare'), ref('industries', 'retail')],
    packages: [{ name: 'Team', price: '$990 / month', includes: ['a', 'b', 'c', 'd', 'e'] }],
  }),
  messaging('pulse-messaging', 'pulse', {
    tagline: 'One revenue number, everyone.',
    boilerplates: { short: 'Short.', medium: 'Pulse gives teams one revenue view.', long: 'Long.' },
    industryVariants: [{ industry: ref('industries', 'retail'), message: 'Store margins by morning.' }],
  }),
  valueProp('vp-general', 'pulse', { title: 'One number', priority: 1 }),
  valueProp('vp-retail', 'pulse', {
    title: 'Store margins',
    priority: 3,
    industries: [ref('industries', 'retail')],
    proofPoints: [{ claim: 'Shop Co sees margins daily.', case: ref('cases', 'retail-case') }],
  }),
  valueProp('vp-health', 'pulse', { title: 'Clinic revenue', priority: 2, industries: [ref('industries', 'healthcare')] }),
  valueProp('vp-secret-proof', 'pulse', {
    title: 'Secret proof only',
    priority: 1,
    proofPoints: [{ claim: 'Secret Co halved its close.', case: ref('cases', 'secret-case') }],
  }),
  valueProp('vp-draft', 'pulse', { ...governance({ status: 'draft' }), title: 'Draft claim', priority: 1 }),
  customerCase('retail-case', 'retail', ['pulse'], {
    customer: 'Shop Co',
    title: 'Shop Co sees margins daily',
    quote: { text: 'Finally.', author: 'Ana Ruiz', role: 'CFO' },
  }),
  customerCase('health-case', 'healthcare', ['pulse'], { customer: 'Clinic Co', title: 'Clinic Co closes faster' }),
  customerCase('secret-case', 'retail', ['pulse'], {
    ...governance({ audience: 'internal' }),
    customer: 'Secret Co',
    title: 'Secret Co halves its close',
  }),
  customerCase('county-case', 'healthcare', ['pulse'], {
    ...governance({ audience: 'internal' }),
    customer: 'Marsh County',
    title: 'Marsh County halves its close',
    quote: { text: 'We love it.', author: 'Vic Hale', role: 'CIO' },
    anonymised: { description: 'a US county of 180,000 residents', summary: 'Closed in half the time.' },
  }),
  customerCase('chinese-case', 'retail', ['pulse'], { lang: 'zh-CN', customer: '京海证券', title: '京海证券三个月完成分类分级' }),
);

const ctx: ToolkitContext = { hub: buildHub(sample, scope(), { publicSiteUrl: 'https://library.example' }), settings: hubConfig };
const pulse = ctx.hub.get(ref('products', 'pulse'));
if (!pulse) throw new Error('sample has no pulse');
const content = productContent(ctx.hub, pulse);
const pagerFor = (industryId?: string) =>
  onePager(ctx, content, contact, 'Kestrel Data', industryId ? ctx.hub.get(ref('industries', industryId)) : undefined);

describe('one-pager content', () => {
  it('holds only approved, customer-facing content in the product’s language', () => {
    const text = JSON.stringify(pagerFor());
    for (const leak of ['Secret Co', 'Secret proof only', 'Draft claim', '京海证券']) expect(text).not.toContain(leak);
    expect(pagerFor().customers.items.map((c) => c.customer)).toEqual(['Clinic Co', 'Shop Co']);
  });

  it('sends an internal case only in its approved anonymised form, after the named ones', () => {
    const health = pagerFor('healthcare');
    expect(health.customers.items.map((c) => c.customer)).toEqual(['Clinic Co', 'a US county of 180,000 residents']);
    expect(health.customers.items[1]).toMatchObject({ title: 'A US county of 180,000 residents halves its close', quote: undefined });
    expect(JSON.stringify(health)).not.toMatch(/Marsh County|Vic Hale/u);
  });

  it('uses approved messaging and closes with the configured contact', () => {
    const pager = pagerFor();
    expect(pager).toMatchObject({
      title: 'Pulse',
      headline: 'One revenue number, everyone.',
      lead: 'Pulse gives teams one revenue view.',
      industryLine: undefined,
      contact,
    });
    expect(pager.benefits.heading).toBe('What changes for you');
    expect(pager.benefits.items.map((b) => b.title)).toEqual(['One number', 'Clinic revenue', 'Store margins']);
  });

  it('written for an industry, leads with its line, its benefits and its customers', () => {
    const retail = pagerFor('retail');
    expect(retail.title).toBe('Pulse for Retail');
    expect(retail.industryLine).toBe('Store margins by morning.');
    expect(retail.benefits.items.map((b) => b.title)).toEqual(['Store margins', 'One number', 'Clinic revenue']);
    expect(retail.benefits.items[0]?.proof).toBe('Shop Co sees margins daily.');
    expect(retail.customers.items[0]?.customer).toBe('Shop Co');
    // The second customer comes from another industry, so the heading does not promise "like you".
    expect(retail.customers.heading).toBe('Results our customers see');
  });

  it('is bounded however much is written', () => {
    const pager = pagerFor();
    expect(pager.plans.items[0]?.includes).toHaveLength(onePagerLimits.includesPerPlan);
    expect(pager.customers.items.length).toBeLessThanOrEqual(onePagerLimits.customers);
  });

  it('has a stable address and file name per product, industry and paper', () => {
    expect(onePagerPath('pulse', undefined, 'a4')).toBe('/toolkits/pulse/one-pager.pdf');
    expect(onePagerPath('pulse', 'retail', 'letter')).toBe('/toolkits/pulse/retail/one-pager-letter.pdf');
    expect(onePagerFileName('pulse', 'retail', 'a4')).toBe('pulse-retail-one-pager.pdf');
  });
});

const require = createRequire(import.meta.url);
const font = (file: string) => readFileSync(require.resolve(`@expo-google-fonts/inter/${file}`));
const theme = documentTheme(hubConfig.brand);
const assets: OnePagerAssets = {
  fonts: {
    regular: font('400Regular/Inter_400Regular.ttf'),
    semibold: font('600SemiBold/Inter_600SemiBold.ttf'),
    bold: font('700Bold/Inter_700Bold.ttf'),
    italic: font('400Regular_Italic/Inter_400Regular_Italic.ttf'),
  },
  // The smallest valid PNG: one transparent pixel.
  logo: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
};

async function pdfPages(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: pdf.numPages, text: parts.join('\n') };
}

// Laying out and reading real PDFs takes seconds on a busy machine.
describe('one-pager PDF', { timeout: 30_000 }, () => {
  it('keeps an over-long one-pager on one page, on A4 and on US Letter', async () => {
    const long = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
    const base = pagerFor();
    const customer = {
      customer: 'Shop Co',
      industry: 'Retail',
      title: long(40),
      metrics: [1, 2, 3].map((n) => ({ label: long(20), value: `${n}00%` })),
      quote: { text: long(80), attribution: 'Ana Ruiz, CFO' },
    };
    const pager: OnePager = {
      ...base,
      headline: long(40),
      industryLine: long(40),
      lead: long(200),
      benefits: { heading: 'What changes', items: [1, 2, 3].map(() => ({ title: long(30), outcome: long(80), proof: long(60) })) },
      customers: { heading: 'Results', items: [customer, customer] },
      plans: {
        heading: 'Plans',
        items: [1, 2, 3].map(() => ({ name: 'Team', price: long(20), includes: [long(30), long(30), long(30)] })),
      },
    };
    for (const paper of ['a4', 'letter'] as const) {
      const { pages, text } = await pdfPages(await onePagerPdf(pager, theme, assets, paper, TODAY));
      expect(pages).toBe(1);
      expect(text).toContain('Book a demo');
    }
  });

  it('writes the text it was given, readable from the file', async () => {
    const { text } = await pdfPages(await onePagerPdf(pagerFor('retail'), theme, assets, 'a4', TODAY));
    for (const expected of ['Kestrel Data', 'One revenue number, everyone.', 'Store margins by morning.', 'Shop Co', 'sales@example.com']) {
      expect(text).toContain(expected);
    }
  });

  it('writes the same bytes whatever the build wrote before with the same fonts', async () => {
    // Fonts are parsed once per build and shared; a fresh copy of the bytes is a fresh parse.
    const freshAssets = (): OnePagerAssets => ({
      fonts: { ...assets.fonts, regular: new Uint8Array(assets.fonts.regular), bold: new Uint8Array(assets.fonts.bold) },
      logo: assets.logo,
    });
    const alone = await onePagerPdf(pagerFor('retail'), theme, freshAssets(), 'a4', TODAY);
    const shared = freshAssets();
    // Clamped text ends in "…", a glyph made of "." glyphs: embedding it reaches "." without its character.
    const cut = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    await onePagerPdf({ ...pagerFor(), title: cut, headline: cut, lead: cut }, theme, shared, 'letter', TODAY);
    const afterOthers = await onePagerPdf(pagerFor('retail'), theme, shared, 'a4', TODAY);
    expect(Buffer.from(afterOthers).equals(Buffer.from(alone))).toBe(true);
  });

  it('refuses text its font cannot print, instead of printing empty boxes', async () => {
    await expect(onePagerPdf({ ...pagerFor(), headline: '一个收入数字' }, theme, assets, 'a4', TODAY)).rejects.toThrow(
      /cannot print \(一 个 收 入 数 字\)/u,
    );
  });
});
