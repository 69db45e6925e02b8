/**
 * The sales toolkits in both builds: every published product has exactly the toolkits its deal
 * profile gives it, high-ticket toolkits have an entry page per industry and a proposal builder,
 * and a proposal can only be made of approved, current, customer-facing content.
 */
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { ToolkitVariant } from '../../src/lib/toolkitVariant';
import { toolkitVariantsFor } from '../../src/lib/toolkitVariant';
import type { Audience, ContentEntry } from './support/content';
import { loadContent, published } from './support/content';
import { distDirs, encodings, pageExists, readPage } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'public'];
const variants: ToolkitVariant[] = ['quick-sale', 'high-ticket'];

function decisionFor(product: ContentEntry) {
  const data = product.data as { deal: { contractValue: number; currency: string; cycleDays: number; tenders: boolean }; toolkitVariants?: ToolkitVariant[] };
  return toolkitVariantsFor({ deal: data.deal, toolkitVariants: data.toolkitVariants }, hubConfig);
}

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** The module catalogue the proposal builder embeds. */
function catalogueOf(html: string): { modules: { id: string; kind: string }[] } {
  const json = /<script type="application\/json" id="proposal-catalogue">([\s\S]*?)<\/script>/u.exec(html)?.[1];
  if (!json) throw new Error('the proposal builder embeds no module catalogue');
  return JSON.parse(json) as { modules: { id: string; kind: string }[] };
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
      expect(encodings(decision.reason).some((text) => index.includes(text)), `reason for ${product.id}: ${decision.reason}`).toBe(true);
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
      catalogueOf(readPage(dir, `/toolkits/${product.id}/high-ticket/proposal/`))
        .modules.filter((m) => m.kind !== 'security')
        .map((m) => `${collectionOf[m.kind] ?? m.kind}/${m.id.slice(m.kind.length + 1)}`)
        .filter((key) => !customerReady.has(key)),
    );
    expect(offenders).toEqual([]);
  });
});
