/**
 * The clipboard and download audit: on every toolkit page, every case page and search results of
 * the internal build, press every copy button and read back what it wrote (plain text and HTML);
 * in every proposal builder, add every module and read back the Word, Markdown and printed PDF.
 * Nothing a customer may receive names an internal entry: no internal case's customer, title,
 * quoted person or address, no internal entry's title or address. Copies meant for staff say so on
 * the button. (One-pager PDFs are read in tests/build/one-pagers.test.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { hubConfig } from '../../src/config/hub.config';
import { loadContent, published } from '../build/support/content';
import { distDirs, encodings } from '../build/support/dist';
import { docxText, download, pdfText } from './support/documents';
import { builtPages } from './support/pageTypes';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const internal = published(loadContent(), 'internal').filter((e) => e.audience === 'internal');
const quoteAuthor = (data: Record<string, unknown>) => (data['quote'] as { author?: string } | undefined)?.author;

/** What must never be in a customer copy, with the entry it gives away. */
const forbidden = internal.flatMap((e) =>
  [
    e.title,
    e.url,
    new URL(e.url, hubConfig.publicSiteUrl).href,
    ...(e.collection === 'cases' ? [String(e.data['customer']), quoteAuthor(e.data)] : []),
  ]
    .filter((text): text is string => Boolean(text))
    .flatMap((text) => encodings(text).map((needle) => ({ needle, entry: `${e.collection}/${e.id}` }))),
);

interface Copy {
  button: string;
  for: string;
  text: string;
  html: string;
}

/** Presses every copy button on the page, visible or not, and reads back each write. */
async function pressEveryCopyButton(page: Page): Promise<Copy[]> {
  return page.evaluate(async () => {
    const copies: { button: string; for: string; text: string; html: string }[] = [];
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const label = button.textContent?.trim() ?? '';
      await navigator.clipboard.writeText('');
      delete button.dataset['copied'];
      button.click();
      for (let i = 0; i < 100 && button.dataset['copied'] === undefined; i++) await new Promise((r) => setTimeout(r, 10));
      let text = '';
      let html = '';
      for (const item of await navigator.clipboard.read()) {
        if (item.types.includes('text/plain')) text = await (await item.getType('text/plain')).text();
        if (item.types.includes('text/html')) html = await (await item.getType('text/html')).text();
      }
      copies.push({ button: label, for: button.dataset['copyFor'] ?? 'customer', text, html });
    }
    return copies;
  });
}

function leaks(copies: readonly Copy[], where: string): string[] {
  return copies
    .filter((copy) => copy.for === 'customer')
    .flatMap((copy) =>
      forbidden
        .filter(({ needle }) => copy.text.includes(needle) || copy.html.includes(needle))
        .map(({ needle, entry }) => `${where} "${copy.button}" copies "${needle}" (${entry})`),
    );
}

const pages = builtPages(distDirs.internal).filter((url) => /^\/(toolkits\/.+|cases\/[^/]+\/)$/u.test(url));

test.describe.configure({ mode: 'parallel' });

test('the sample has internal entries to guard, anonymised cases among them', () => {
  expect(internal.filter((e) => e.collection === 'cases' && e.data['anonymised']).length).toBeGreaterThan(0);
  expect(pages.filter((url) => url.startsWith('/toolkits/')).length).toBeGreaterThan(0);
  expect(pages.filter((url) => url.startsWith('/cases/')).length).toBeGreaterThan(0);
});

for (const url of pages) {
  test(`no customer copy on ${url} gives an internal entry away`, async ({ page }) => {
    await page.goto(url);
    const copies = await pressEveryCopyButton(page);
    if (url.startsWith('/toolkits/')) expect(copies.length, 'a toolkit page has copy buttons').toBeGreaterThan(0);
    expect(
      copies.every((copy) => copy.text.length > 0),
      'every copy button wrote something',
    ).toBe(true);
    expect(leaks(copies, url)).toEqual([]);
    // A copy for staff only is marked on its button.
    expect(copies.filter((c) => c.for === 'staff' && !/\(internal\)/u.test(c.button)).map((c) => c.button)).toEqual([]);
  });
}

for (const query of ['county', 'bank', 'permit', 'revenue', 'pricing']) {
  test(`no customer copy in search results for "${query}" gives an internal entry away`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.getByRole('main').getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results.first()).toBeVisible();
    // Every result says whom it is for.
    const cards = page.getByRole('main').locator('.hub-search-hit');
    const count = await cards.count();
    for (let i = 0; i < count; i++) await expect(cards.nth(i).locator('[data-audience-badge]')).toHaveCount(1);
    const copies = await pressEveryCopyButton(page);
    expect(leaks(copies, `search "${query}"`)).toEqual([]);
    // The internal permit case is found, and copies for email in its anonymised form only.
    if (query === 'permit') expect(copies.map((c) => c.button)).toContain('Copy for email (anonymised)');
  });
}

const proposalPages = builtPages(distDirs.internal).filter((url) => /^\/toolkits\/[^/]+\/high-ticket\/proposal\/$/u.test(url));

for (const url of proposalPages) {
  test(`a proposal of every module from ${url}, downloaded and printed, gives no internal entry away and repeats no section`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(url);
    const rows = page.locator('[data-module-row]:visible');
    await expect(rows.first()).toBeVisible();
    const boxes = await rows.locator('input[type="checkbox"]').all();
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) await box.check();

    const markdown = (await download(page, 'Download Markdown')).toString('utf8');
    const word = docxText(await download(page, 'Download Word'));
    await page.emulateMedia({ media: 'print' });
    const documents = { Markdown: markdown, Word: word, 'printed PDF': await pdfText(await page.pdf({ format: 'A4' })) };
    const found = Object.entries(documents).flatMap(([format, text]) =>
      forbidden.filter(({ needle }) => text.includes(needle)).map(({ needle, entry }) => `${format} holds "${needle}" (${entry})`),
    );
    expect(found).toEqual([]);
    const headings = markdown.split('\n').filter((line) => /^#{2,4} /u.test(line));
    expect(headings.length).toBeGreaterThan(1);
    expect(
      headings.filter((h, i) => headings.indexOf(h) !== i),
      'a section appears twice',
    ).toEqual([]);
  });
}

test('the sample has proposal builders to audit', () => {
  expect(proposalPages.length).toBeGreaterThan(0);
});
