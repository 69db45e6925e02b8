/**
 * The sales toolkits in both builds: every published product has exactly the toolkits its deal
 * profile gives it, high-ticket toolkits have an entry page per industry and a proposal builder,
 * a proposal can only be made of approved, current, customer-facing content, long lists show
 * their first items and link to the rest, and a partner build's toolkits hold nothing internal.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { ToolkitVariant } from '../../src/lib/toolkitVariant';
import { toolkitVariantsFor } from '../../src/lib/toolkitVariant';
import type { Audience, ContentEntry } from './support/content';
import { loadContent, published } from './support/content';
import { distDirs, encodings, pageExists, readDist, readPage } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner'];
const variants: ToolkitVariant[] = ['quick-sale', 'high-ticket'];

function decisionFor(product: ContentEntry) {
  const data = product.data as {
    deal: { contractValue: number; currency: string; cycleDays: number; tenders: boolean };
    toolkitVariants?: ToolkitVariant[];
  };
  return toolkitVariantsFor({ deal: data.deal, toolkitVariants: data.toolkitVariants }, hubConfig);
}

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The module catalogue the proposal builder fetches. */
function catalogueOf(dir: string, productId: string): { modules: { id: string; kind: string }[] } {
  const file = join(dir, 'toolkits', productId, 'high-ticket', 'proposal', 'catalogue.json');
  if (!existsSync(file)) throw new Error(`no module catalogue at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as { modules: { id: string; kind: string }[] };
}

/** A page's markup without its style and script elements: what a reader sees and what is indexed. */
function markup(html: string): string {
  return html.replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/gu, '');
}

/** How many elements carry the attribute with the value, e.g. toolkit items of one collection. */
function countOf(html: string, pattern: RegExp): number {
  return [...html.matchAll(pattern)].length;
}

describe.each(audiences)('%s build', (audience) => {
  const dir = distDirs[audience];
  const shown = published(entries, audience);
  const products = shown.filter((e) => e.collection === 'products');
  const shownIds = new Set(shown.map((e) => `${e.collection}/${e.id}`));

  it('gives every product the toolkits its deal profile calls for, and no others', () => {
    expect(products.length).toBeGreaterThan(0);
    const wrong = products.flatMap((product) => {
      const chosen = decisionFor(product).variants;
      return variants
        .filter((variant) => pageExists(dir, `/toolkits/${product.id}/${variant}/`) !== chosen.includes(variant))
        .map((variant) => `${product.id}: ${variant} ${chosen.includes(variant) ? 'missing' : 'should not exist'}`);
    });
    expect(wrong).toEqual([]);
  });

  it('covers both variants and a product sold both ways', () => {
    const chosen = products.map((p) => decisionFor(p).variants);
    expect(chosen.some((v) => v.length === 1 && v[0] === 'quick-sale')).toBe(true);
    expect(chosen.some((v) => v.length === 1 && v[0] === 'high-ticket')).toBe(true);
    expect(chosen.some((v) => v.length === 2)).toBe(true);
  });

  it('lists every toolkit on /toolkits/ with the reason for its variant', () => {
    const index = readPage(dir, '/toolkits/');
    for (const product of products) {
      const decision = decisionFor(product);
      for (const variant of decision.variants) expect(index).toContain(`href="/toolkits/${product.id}/${variant}/"`);
      expect(
        encodings(decision.reason).some((text) => index.includes(text)),
        `reason for ${product.id}: ${decision.reason}`,
      ).toBe(true);
    }
  });

  it('gives each high-ticket toolkit an entry page per published industry and a proposal builder', () => {
    const highTicket = products.filter((p) => decisionFor(p).variants.includes('high-ticket'));
    expect(highTicket.length).toBeGreaterThan(0);
    const missing = highTicket.flatMap((product) =>
      [
        ...idsOf(product.data['industries'])
          .filter((id) => shownIds.has(`industries/${id}`))
          .map((id) => `/toolkits/${product.id}/high-ticket/${id}/`),
        `/toolkits/${product.id}/high-ticket/proposal/`,
      ].filter((url) => !pageExists(dir, url)),
    );
    expect(missing).toEqual([]);
  });

  it('indexes toolkits for search as "Sales toolkit" with their variant', () => {
    for (const product of products) {
      for (const variant of decisionFor(product).variants) {
        const html = readPage(dir, `/toolkits/${product.id}/${variant}/`);
        expect(html).toContain('data-pagefind-filter="type">Sales toolkit<');
        expect(html).toContain(`data-pagefind-filter="variant">${variant === 'quick-sale' ? 'Quick-sale' : 'High-ticket'}<`);
      }
    }
  });

  it('offers only approved, current, customer-facing modules to a proposal', () => {
    const customerReady = new Set(published(entries, 'public').map((e) => `${e.collection}/${e.id}`));
    const collectionOf: Record<string, string> = { solution: 'solutions', case: 'cases', rfp: 'rfp' };
    const highTicket = products.filter((p) => decisionFor(p).variants.includes('high-ticket'));
    const offenders = highTicket.flatMap((product) =>
      catalogueOf(dir, product.id)
        .modules.filter((m) => m.kind in collectionOf)
        .map((m) => `${collectionOf[m.kind] ?? m.kind}/${m.id.slice(m.kind.length + 1)}`)
        .filter((key) => !customerReady.has(key)),
    );
    expect(offenders).toEqual([]);
  });
  it('serves the proposal catalogue as a file the builder fetches, not inside the page', () => {
    const highTicket = products.filter((p) => decisionFor(p).variants.includes('high-ticket'));
    for (const product of highTicket) {
      const page = readPage(dir, `/toolkits/${product.id}/high-ticket/proposal/`);
      expect(page).not.toContain('id="proposal-catalogue"');
      expect(page).toContain(`data-catalogue-url="/toolkits/${product.id}/high-ticket/proposal/catalogue.json"`);
      expect(catalogueOf(dir, product.id).modules.length).toBeGreaterThan(0);
    }
  });

  it('shows the first items of a long list and links to the rest in search', () => {
    // The sample's Vault has more cases than the overview shows; Pulse more customer-facing cases than it lists to send.
    const vault = readPage(dir, '/toolkits/kestrel-vault/high-ticket/');
    const vaultCases = shown.filter((e) => e.collection === 'cases' && idsOf(e.data['products']).includes('kestrel-vault'));
    expect(vaultCases.length).toBeGreaterThan(6);
    const casesSection = /<div id="cases" class="tk-section__body"[\s\S]*?<\/section>/u.exec(vault)?.[0] ?? '';
    expect(countOf(casesSection, /data-toolkit-item="cases:/gu)).toBe(6);
    expect(casesSection).toMatch(
      new RegExp(
        `Showing <span>6</span> of <span>${vaultCases.length}</span> customer cases — <a href="/search/\\?type=Customer\\+case&amp;product=Kestrel\\+Vault">see all</a>`,
        'u',
      ),
    );

    const pulse = readPage(dir, '/toolkits/kestrel-pulse/quick-sale/');
    expect(pulse).toContain('<a href="/search/?type=Customer+case&amp;product=Kestrel+Pulse&amp;audience=Customer-facing">see all</a>');
  });

  it('states governance once per toolkit page: a card adds only the internal mark or a review coming due', () => {
    const pages = readDist(dir).filter(
      (f) => f.path.startsWith('toolkits/') && f.path.endsWith('.html') && f.text.includes('class="tk-governance-note'),
    );
    expect(pages.length).toBeGreaterThan(0);
    const problems = pages.flatMap((page) =>
      [...markup(page.text).matchAll(/<p class="tk-meta"[^>]*>([\s\S]*?)<\/p>/gu)].flatMap(([, meta = '']) => [
        ...(/Customer-facing/u.test(meta) ? [`${page.path}: a card repeats "Customer-facing"`] : []),
        ...(/tk-meta__fresh--current/u.test(meta) ? [`${page.path}: a card repeats a current review date`] : []),
        ...(!/Internal, do not send|tk-meta__fresh--(due-soon|expired)|tk-meta__status/u.test(meta)
          ? [`${page.path}: an empty card notice`]
          : []),
      ]),
    );
    expect(problems).toEqual([]);
    // The page's governance bar, under its title: once on a staff build's page, never for partners.
    const bars = pages.map((page) => ({ path: page.path, bars: markup(page.text).split('class="hub-governance').length - 1 }));
    expect(bars.filter((page) => page.bars !== (audience === 'internal' ? 1 : 0))).toEqual([]);
  });

  it('files each toolkit under the audience of the build in search', () => {
    const label = audience === 'partner' ? 'Customer-facing' : 'Internal only';
    for (const product of products) {
      for (const variant of decisionFor(product).variants) {
        expect(readPage(dir, `/toolkits/${product.id}/${variant}/`)).toContain(`data-pagefind-filter="audience">${label}<`);
      }
    }
  });

  if (audience === 'partner') {
    it('puts no internal label, item or link on a partner build’s toolkit pages', () => {
      const internalOnly = published(entries, 'internal').filter((e) => e.audience === 'internal');
      expect(internalOnly.length).toBeGreaterThan(0);
      const pages = readDist(dir).filter((f) => f.path.startsWith('toolkits/') && (f.path.endsWith('.html') || f.path.endsWith('.json')));
      expect(pages.length).toBeGreaterThan(0);
      // How an entry shows up: its page linked, its toolkit item key, its proposal module id.
      const moduleKind: Partial<Record<string, string>> = { cases: 'case', solutions: 'solution', rfp: 'rfp' };
      const traces = (e: ContentEntry) => [
        `"${e.url}"`,
        `"${e.collection}:${e.id}"`,
        ...(moduleKind[e.collection] ? [`"${moduleKind[e.collection]}.${e.id}"`] : []),
      ];
      const problems = pages.flatMap((page) => {
        const text = markup(page.text);
        return [
          ...(/Internal only|Internal, do not send/u.test(text) ? ['carries an internal label'] : []),
          ...(/data-audience="internal"/u.test(text) ? ['holds an item marked internal'] : []),
          ...internalOnly
            .filter((e) => traces(e).some((trace) => text.includes(trace)))
            .map((e) => `shows internal ${e.collection}/${e.id}`),
        ].map((problem) => `${page.path} ${problem}`);
      });
      expect(problems).toEqual([]);
    });
  }
});
