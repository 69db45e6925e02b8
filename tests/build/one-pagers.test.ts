/**
 * The one-pager PDFs, read back from both builds: one page for every product and every product ×
 * industry of the sample, on A4 and on US Letter, each carrying the company and its contact, and
 * none carrying anything a customer may not read (internal or unpublished customers and titles,
 * pricing notes, owners).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { onePagerPath, paperSizes } from '../../src/lib/toolkits/onePager';
import type { Audience } from './support/content';
import { loadContent, notForCustomers, published } from './support/content';
import { assertBuilt, distDirs } from './support/dist';

const entries = loadContent();
// The builds that carry toolkits, messaging and kits; the customer's library has none (public-build.test.ts).
const audiences: Audience[] = ['internal', 'partner'];

/** Every text on every page of a PDF, with line breaks and runs of spaces read as one space. */
async function readPdf(file: string): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: pdf.numPages, text: texts.join(' ').replace(/\s+/gu, ' ') };
}

for (const audience of audiences) {
  describe(`one-pagers in the ${audience} build`, () => {
    const dir = distDirs[audience];
    const products = published(entries, audience).filter((e) => e.collection === 'products');
    const industries = new Set(
      published(entries, audience)
        .filter((e) => e.collection === 'industries')
        .map((e) => e.id),
    );
    const pagers = products.flatMap((p) =>
      [undefined, ...(p.data['industries'] as string[]).filter((i) => industries.has(i))].map((industry) => ({ product: p.id, industry })),
    );
    const forbidden = notForCustomers(entries, audience);

    it('covers every product and every industry it is sold to', () => {
      assertBuilt(dir);
      expect(pagers.length).toBeGreaterThan(products.length);
    });

    for (const { product, industry } of pagers) {
      it(`${product}${industry ? ` × ${industry}` : ''}: one page on A4 and on US Letter, customer-safe`, { timeout: 30_000 }, async () => {
        for (const paper of paperSizes) {
          const file = join(dir, onePagerPath(product, industry, paper));
          expect(existsSync(file), `${file} was not built`).toBe(true);
          const { pages, text } = await readPdf(file);
          expect(pages, `${file} has ${pages} pages`).toBe(1);
          for (const expected of [hubConfig.brand.company, hubConfig.customerContact.callToAction, hubConfig.customerContact.email]) {
            expect(text, `${file} lacks “${expected}”`).toContain(expected);
          }
          for (const { text: leak, why } of forbidden) expect(text, `${file} holds “${leak}”: ${why}`).not.toContain(leak);
        }
      });
    }
  });
}
