/**
 * Long pages open on their summary. A toolkit's first screen answers "what do I send" (its Ready to
 * send block); a kit's, what to download. Every section is one tap away, collapsed under its heading
 * row, opened by a link to its #id with JavaScript or without, operable from the keyboard, and
 * printed open. The page heights measured are reported as annotations of each test.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const quickSale = '/toolkits/kestrel-flow/quick-sale/retail/';
const highTicket = '/toolkits/kestrel-vault/high-ticket/healthcare/';
const kit = '/kits/audit-ready-2027/';
const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The `<details>` of the section whose body carries the id. */
const sectionOf = (page: Page, id: string) => page.locator(`details[data-section-details]:has(> #${id})`);

async function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

for (const viewport of viewports) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a quick-sale toolkit opens on Ready to send, every section collapsed under its heading row', async ({ page }) => {
      await page.goto(quickSale);
      const ready = page.getByRole('region', { name: 'Ready to send: Kestrel Flow for Retail' });
      const heading = ready.getByRole('heading', { name: /^Ready to send/u });
      await expect(heading).toBeInViewport();
      if (viewport.width > 1000) {
        // On a desktop the whole answer is on the first screen: the pitch and the case to send.
        await expect(ready.getByRole('button', { name: /^Copy pitch/u })).toBeInViewport();
        await expect(ready.getByRole('button', { name: /^Copy for email/u })).toBeInViewport();
      }
      const sections = page.locator('details[data-section-details]');
      await expect(sections).toHaveCount(8);
      await expect(page.locator('details[data-section-details][open]')).toHaveCount(0);
      // Each heading row is on the page, its content one tap away.
      await expect(page.getByRole('heading', { level: 2, name: /Objection answers/u })).toBeVisible();
      await expect(sectionOf(page, 'objections').getByRole('article').first()).toBeHidden();

      const height = await pageHeight(page);
      test.info().annotations.push({ type: 'page height', description: `${quickSale} at ${viewport.width} px: ${height} px` });
      // Before sections collapsed this page was 7,939 px tall at 1280 px and 14,380 px at 390 px.
      expect(height).toBeLessThan(viewport.height * 5);
    });

    test('a high-ticket toolkit and a kit open on their summary too', async ({ page }) => {
      await page.goto(highTicket);
      await expect(page.getByRole('heading', { name: /^Ready to send/u })).toBeInViewport();
      await expect(page.locator('details[data-section-details][open]')).toHaveCount(0);
      const toolkitHeight = await pageHeight(page);

      await page.goto(kit);
      await expect(page.getByRole('link', { name: /^Download kit/u })).toBeInViewport();
      await expect(page.locator('details[data-section-details]')).toHaveCount(6);
      await expect(page.locator('details[data-section-details][open]')).toHaveCount(0);
      const kitHeight = await pageHeight(page);
      test.info().annotations.push({
        type: 'page height',
        description: `${highTicket}: ${toolkitHeight} px; ${kit}: ${kitHeight} px (at ${viewport.width} px)`,
      });
      expect(toolkitHeight).toBeLessThan(viewport.height * 5);
      expect(kitHeight).toBeLessThan(viewport.height * 5);
    });
  });
}

test.describe('a link to a section opens it', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`from another page, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled, ...(baseURL ? { baseURL } : {}) });
      const page = await context.newPage();

      await page.goto(`${quickSale}#objections`);
      await expect(sectionOf(page, 'objections')).toHaveAttribute('open', '');
      await expect(sectionOf(page, 'objections').getByRole('article').first()).toBeInViewport();
      await expect(page.locator('details[data-section-details][open]')).toHaveCount(1);

      await page.goto(`${highTicket}#rfp-library`);
      await expect(sectionOf(page, 'rfp-library')).toHaveAttribute('open', '');

      await page.goto(`${kit}#event`);
      await expect(sectionOf(page, 'event')).toHaveAttribute('open', '');
      await expect(page.getByRole('region', { name: 'Talk title' })).toBeVisible();

      // The page's own list of sections opens the one it links to.
      await page.getByRole('navigation', { name: 'In this kit' }).getByRole('link', { name: 'Brand assets' }).click();
      await expect(sectionOf(page, 'brand-assets')).toHaveAttribute('open', '');
      await expect(sectionOf(page, 'brand-assets').getByRole('article').first()).toBeInViewport();
      await context.close();
    });
  }

  test('opening a section names it in the address, so the link can be shared', async ({ page }) => {
    await page.goto(quickSale);
    await sectionOf(page, 'cases').locator('summary').click();
    await expect(page).toHaveURL(new RegExp(`${quickSale}#cases$`, 'u'));
    // "Copy link to this view" shares the open section too.
    await expect(page.locator('[data-share-view] button[data-copy]')).toHaveAttribute('data-copy', new RegExp(`${quickSale}#cases$`, 'u'));
    await sectionOf(page, 'cases').locator('summary').click();
    await expect(page).toHaveURL(new RegExp(`${quickSale}$`, 'u'));
    // Followed again, a link to the section the address names opens it again.
    await page.goto(`${quickSale}#cases`);
    await sectionOf(page, 'cases').locator('summary').click();
    await expect(sectionOf(page, 'cases')).not.toHaveAttribute('open');
    await page.getByRole('navigation', { name: 'Toolkit sections' }).getByRole('link', { name: /Cases/u }).click();
    await expect(sectionOf(page, 'cases')).toHaveAttribute('open', '');
  });
});

test('sections open and close from the keyboard, one Tab apart', async ({ page }) => {
  await page.goto(quickSale);
  const pitch = sectionOf(page, 'pitch').locator('summary');
  const packaging = sectionOf(page, 'packaging').locator('summary');
  await pitch.focus();
  await page.keyboard.press('Tab');
  await expect(packaging).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sectionOf(page, 'packaging')).toHaveAttribute('open', '');
  await expect(sectionOf(page, 'packaging').getByRole('article').first()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(sectionOf(page, 'packaging')).not.toHaveAttribute('open');
});

for (const url of [quickSale, highTicket, kit]) {
  test(`printing ${url} prints every section open`, async ({ page }) => {
    await page.goto(url);
    const bodies = page.locator('details[data-section-details] > [id]');
    const count = await bodies.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await expect(bodies.nth(i)).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (let i = 0; i < count; i++) await expect(bodies.nth(i)).toBeVisible();
    // The content itself, not only its box: the last section's headings are laid out.
    await expect(
      bodies
        .nth(count - 1)
        .locator('h3')
        .first(),
    ).toBeVisible();
  });
}
