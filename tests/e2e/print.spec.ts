/**
 * Paper leaves the building: whatever the browser's own print makes of a page (not only the print
 * buttons), it carries no internal-only material (internal entries, pricing notes) and no
 * governance metadata (owners, review dates, status). Read back from the printed PDF.
 */
import { expect, test } from '@playwright/test';
import { loadContent, published } from '../build/support/content';
import { distDirs } from '../build/support/dist';
import { pdfText } from './support/documents';
import { builtPages } from './support/pageTypes';

const entries = loadContent();
const shown = published(entries, 'internal');
const internal = shown.filter((e) => e.audience === 'internal');
const owners = [...new Set(entries.map((e) => String(e.data['owner'])))];
const pricingNotes = entries.flatMap((e) => (typeof e.data['pricingNotes'] === 'string' ? [e.data['pricingNotes'].slice(0, 50)] : []));

/** What no printout may hold, with why. */
const forbidden = [
  ...internal.flatMap((e) => [
    { text: e.title, why: `internal ${e.collection}/${e.id}` },
    ...(e.collection === 'cases' ? [{ text: String(e.data['customer']), why: `internal case ${e.id}` }] : []),
  ]),
  ...pricingNotes.map((text) => ({ text, why: 'pricing notes' })),
  ...owners.map((text) => ({ text, why: 'an owner' })),
  { text: 'Review by', why: 'a review date' },
  { text: 'Internal, do not send', why: 'an internal item' },
];

const internalCase = internal.find((e) => e.collection === 'cases');
const pages = [
  ...builtPages(distDirs.internal).filter((url) => /^\/toolkits\/[^/]+\/(quick-sale|high-ticket)\/$/u.test(url)),
  ...shown.filter((e) => e.collection === 'products').map((e) => e.url),
  ...(internalCase ? [internalCase.url] : []),
];

test('the sample has internal material and pricing notes that a printout could leak', () => {
  expect(internalCase).toBeDefined();
  expect(pricingNotes.length).toBeGreaterThan(0);
  expect(pages.length).toBeGreaterThan(0);
});

test.describe.configure({ mode: 'parallel' });

for (const url of pages) {
  test(`printing ${url} leaves out internal material and governance`, async ({ page }) => {
    await page.goto(url);
    // The screen shows what the printout must not: the test can see a leak.
    const screen = (await page.locator('body').innerText()).replace(/\s+/gu, ' ');
    expect(
      forbidden.some(({ text }) => screen.includes(text)),
      'the page on screen shows internal material',
    ).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await pdfText(await page.pdf({ format: 'A4' }));
    expect(printed.length).toBeGreaterThan(20);
    expect(forbidden.filter(({ text }) => printed.includes(text)).map(({ text, why }) => `"${text}" (${why})`)).toEqual([]);
  });
}
