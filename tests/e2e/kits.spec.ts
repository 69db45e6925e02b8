/**
 * A marketer running a campaign from its kit: presents the slide deck with the keyboard, downloads
 * the whole kit as a ZIP and finds in it what the page showed, and takes each document on its own.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { loadContent, published } from '../build/support/content';
import { docxText, pdfText } from './support/documents';

const shown = published(loadContent(), 'internal');
const kit = shown.find((e) => e.collection === 'campaigns') ?? shown.find((e) => e.collection === 'solutions');

test('step through the slide deck with the keyboard, notes on demand', async ({ page }) => {
  expect(kit, 'the sample content has a published campaign or solution').toBeDefined();
  await page.goto(`/kits/${kit?.id}/slides/`);
  const slide = (n: number) => page.getByRole('region', { name: new RegExp(`^${n} of \\d+: `, 'u') });
  const total = await page.locator('[data-slide]').count();
  expect(total).toBeGreaterThanOrEqual(4);

  await expect(slide(1)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(slide(2)).toBeVisible();
  await expect(slide(1)).toBeHidden();
  await expect(page).toHaveURL(/#slide-2$/u);
  await page.keyboard.press(' ');
  await expect(slide(3)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(slide(2)).toBeVisible();
  await page.keyboard.press('End');
  await expect(slide(total)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeDisabled();
  await page.keyboard.press('Home');
  await expect(slide(1)).toBeVisible();

  const notes = page.getByRole('complementary', { name: 'Speaker notes for slide 1' });
  await expect(notes).toBeHidden();
  await page.keyboard.press('n');
  await expect(notes).toBeVisible();
  await expect(page.getByRole('button', { name: /Speaker notes/u })).toHaveAttribute('aria-pressed', 'true');

  // A shared link opens the same slide.
  await page.goto(`/kits/${kit?.id}/slides/#slide-3`);
  await expect(slide(3)).toBeVisible();
});

test('download the kit as one ZIP that holds what the page shows', async ({ page }) => {
  expect(kit, 'the sample content has a published campaign or solution').toBeDefined();
  await page.goto('/kits/');
  await page
    .getByRole('main')
    .getByRole('link', { name: kit?.title ?? '', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kit?.title ?? '');

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Download kit/u }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${kit?.id}-kit.zip`);
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  const folder = `${kit?.id}-kit/`;

  expect(strFromU8(files[`${folder}README.md`] ?? new Uint8Array())).toContain(`# ${kit?.title}`);
  // The kit opens on its summary: the event section opens from its heading row.
  await page.locator('details[data-section-details]:has(> #event) > summary').click();
  const talkTitle = await page.getByRole('region', { name: 'Talk title' }).locator('p').last().textContent();
  expect(strFromU8(files[`${folder}event.md`] ?? new Uint8Array())).toContain(talkTitle?.trim());
  // Each image the page offers is in the ZIP once, as its widest PNG; the page has the other files.
  const assetLinks = await page
    .locator('#brand-assets a[download]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('download') ?? ''));
  const widestPng = new Map<string, string>();
  for (const name of assetLinks) {
    const [, image = '', width = ''] = /^(.+)-(\d+)w\.png$/u.exec(name) ?? [];
    const known = widestPng.get(image);
    if (image && (!known || Number(/-(\d+)w\.png$/u.exec(known)?.[1]) < Number(width))) widestPng.set(image, name);
  }
  expect(widestPng.size).toBeGreaterThan(0);
  expect([...widestPng.values()].filter((name) => !files[`${folder}assets/${name}`])).toEqual([]);
  expect(Object.keys(files).filter((name) => name.startsWith(`${folder}assets/`))).toHaveLength(widestPng.size);
});

test('download the talk, the whitepaper and the kit summary from the kit page, each on its own', async ({ page }) => {
  // A link to the event section opens it.
  await page.goto(`/kits/${kit?.id}/#event`);
  const fetchDocument = async (name: RegExp, fileName: string) => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${kit?.id}-${fileName}`);
    return new Uint8Array(await readFile(await download.path()));
  };
  const talkTitle = (await page.getByRole('region', { name: 'Talk title' }).locator('p').last().textContent())?.trim() ?? '';
  const deck = unzipSync(await fetchDocument(/^Talk PowerPoint/u, 'talk.pptx'));
  expect(strFromU8(deck['ppt/slides/slide1.xml'] ?? new Uint8Array())).toContain(
    talkTitle.replace(/'/gu, '&apos;').replace(/&(?!apos;)/gu, '&amp;'),
  );
  const docx = docxText(await fetchDocument(/^Whitepaper Word/u, 'whitepaper.docx'));
  expect(docx).toContain(kit?.title);
  expect(await pdfText(await fetchDocument(/^Whitepaper PDF ·/u, 'whitepaper.pdf'))).toContain(kit?.title);
  expect(await pdfText(await fetchDocument(/^Kit summary PDF, one page/u, 'summary.pdf'))).toContain(kit?.title);
});
