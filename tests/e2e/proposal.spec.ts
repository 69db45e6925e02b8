/**
 * A proposal that fits the customer, read back from every file the rep can send: the bank
 * proposal in English, opened from the Financial Services toolkit, printed to PDF and exported to
 * Word and Markdown, holds no Chinese-language module, no answer twice and none of the builder.
 */
import { expect, test } from '@playwright/test';
import type { ProposalCatalogue } from '../../src/lib/toolkits/proposal';
import { docxText, download, pdfText } from './support/documents';

const doraQuestion = 'How does the solution help us meet GDPR, HIPAA, DORA or similar regulations?';
const chinese = /[\u3400-\u9fff]/u;
/** Words of the builder's own interface, which a customer document must never carry. */
const chrome = [
  'Proposal builder',
  'Download Markdown',
  'Download Word',
  'Find a module',
  'Your proposal',
  'Modules (',
  'Sales toolkits',
  'Report a problem',
  'Copy link',
];

function expectCustomerGrade(text: string, format: string): void {
  expect(text, `${format} holds Chinese text`).not.toMatch(chinese);
  for (const word of chrome) expect(text, `${format} holds “${word}”`).not.toContain(word);
  for (const foreign of ['Business Associate Agreement', 'StateRAMP']) expect(text, `${format} holds “${foreign}”`).not.toContain(foreign);
  expect(text.split(doraQuestion).length - 1, `${format} repeats the DORA answer`).toBe(1);
  for (const typed of ['Northwind Bank', 'Dana Reyes', 'dana.reyes@kestrel-data.example'])
    expect(text, `${format} lacks “${typed}”`).toContain(typed);
}

test('the bank proposal in English: no Chinese module, no answer twice, no builder chrome', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/toolkits/kestrel-vault/high-ticket/financial-services/');
  await page.getByRole('link', { name: 'Build a Financial Services proposal' }).click();
  await page.getByRole('textbox', { name: 'Customer' }).fill('Northwind Bank');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
  await page.getByRole('textbox', { name: 'Your e-mail or phone' }).fill('dana.reyes@kestrel-data.example');
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  await expect(page.getByLabel('Industry', { exact: true })).toHaveValue('financial-services');

  const outline = page.getByRole('list', { name: /Your proposal/u });
  await expect(outline.getByRole('listitem').first()).toContainText('Executive summary');
  await expect(outline.locator('.pb-outline__position').first()).toHaveText('1');
  // No Chinese module is ticked, nor listed for an English proposal.
  const chineseRows = await page.locator('[data-module-row][lang="zh-CN"]').all();
  expect(chineseRows.length).toBeGreaterThan(0);
  for (const row of chineseRows) {
    await expect(row.locator('input[type="checkbox"]')).not.toBeChecked();
    await expect(row).toBeHidden();
  }

  // The finder reads answers, not only titles.
  const finder = page.getByRole('searchbox', { name: 'Find a module' });
  await finder.fill('data residency');
  await expect(page.locator('[data-module-row="rfp.vault-data-residency"]')).toBeVisible();

  // Adding the DORA answer, already inside Compliance, is refused with a word.
  await finder.fill('DORA');
  await page.locator('[data-module-row="rfp.vault-regulatory-mapping"]').getByRole('checkbox').check();
  await expect(page.locator('[data-proposal-status]')).toContainText(/already in section \d+ \(Compliance\); it is not repeated/u);
  await expect(outline.locator('li[data-module="rfp.vault-regulatory-mapping"]')).toContainText('Already in section');
  await finder.fill('');

  const preview = page.getByRole('article', { name: 'Proposal preview' });
  await expect(preview.getByRole('heading', { name: doraQuestion })).toHaveCount(1);
  await expect(preview.getByRole('heading', { level: 3 }).first()).toHaveText('1. Executive summary');

  await page.emulateMedia({ media: 'print' });
  expectCustomerGrade(await pdfText(await page.pdf({ format: 'A4' })), 'the printed PDF');
  await page.emulateMedia({ media: 'screen' });

  expectCustomerGrade(docxText(await download(page, 'Download Word')), 'the Word document');
  const markdown = (await download(page, 'Download Markdown')).toString('utf8');
  expectCustomerGrade(markdown, 'the Markdown');
  // Word and Markdown carry the sections the builder shows, in its order.
  const headings = await preview.getByRole('heading', { level: 3 }).allTextContents();
  const positions = headings.map((heading) => markdown.indexOf(`\n## ${heading}\n`));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test('what a rep types before the module catalogue arrives stays in the form and the link', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/proposal/catalogue.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/toolkits/kestrel-vault/high-ticket/proposal/');
  await page.getByRole('textbox', { name: 'Customer' }).fill('Northwind Bank');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
  release();
  await expect(page).toHaveURL(/[?&]customer=Northwind(\+|%20)Bank(&|$)/u);
  await expect(page).toHaveURL(/[?&]rep=Dana(\+|%20)Reyes(&|$)/u);
  await expect(page.getByRole('textbox', { name: 'Customer' })).toHaveValue('Northwind Bank');
});

test('a long group shows its first modules, and listing every module draws the rest from the catalogue', async ({ page }) => {
  const builder = '/toolkits/kestrel-vault/high-ticket/proposal/';
  const catalogue = (await (await page.request.get(`${builder}catalogue.json`)).json()) as ProposalCatalogue;
  // The sample's groups are shorter than the page's cap: the page is served with one row per group
  // and the note a capped group carries, as a hub with hundreds of modules would be.
  await page.route(`**${builder}`, async (route) => {
    const html = (await (await route.fetch()).text()).replace(
      /(<ul class="pb-modules" data-module-list="[^"]+"[^>]*>)([\s\S]*?)(<\/ul>)/gu,
      (_, open: string, rows: string, close: string) =>
        `${open}${/<li data-module-row="[^"]+"[\s\S]*?<\/li>/u.exec(rows)?.[0] ?? ''}${close}<p class="pb-none" data-picker-more>The first 1.</p>`,
    );
    await route.fulfill({ body: html, contentType: 'text/html' });
  });
  await page.goto(builder);
  const rows = page.locator('[data-module-row]');
  const groups = await page.locator('[data-module-list]').count();
  expect(catalogue.modules.length).toBeGreaterThan(groups);
  await expect(rows).toHaveCount(groups);

  // Every module but the first of its group is drawn by the builder.
  const drawnByBuilder = catalogue.modules.filter((m, i, all) => all.findIndex((o) => o.kind === m.kind) !== i);
  await page.getByRole('checkbox', { name: 'Also list modules written for other industries, regions or languages' }).check();
  await expect(rows).toHaveCount(catalogue.modules.length);
  await expect(page.locator('[data-picker-more]').first()).toBeHidden();
  for (const module of drawnByBuilder) {
    const row = page.locator(`[data-module-row="${module.id}"]`);
    await expect(row.locator('[data-module-title]')).toHaveText(module.title);
    await expect(row.locator('[data-module-detail]')).toHaveText(module.detail);
    if (module.fit.lang) await expect(row).toHaveAttribute('lang', module.fit.lang);
  }
  expect(drawnByBuilder.some((m) => m.fit.lang === 'zh-CN')).toBe(true);

  // A drawn row works as a drawn one: ticked, it joins the proposal.
  const english = drawnByBuilder.findLast((m) => m.fit.lang !== 'zh-CN')!;
  await page.locator(`[data-module-row="${english.id}"]`).getByRole('checkbox').check();
  await expect(page.getByRole('list', { name: /Your proposal/u }).locator(`li[data-module="${english.id}"]`)).toBeVisible();
});
