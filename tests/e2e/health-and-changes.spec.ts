/**
 * A product marketer opens content health on a phone and sees what to fix first: the sample's
 * expired case that approved content still cites, then Kestrel Flow × Public Sector, which only an
 * internal case covers; a counter jumps to its row. A rep opens what changed, narrows it to one
 * product, and follows a change to its page; a customer's library lists public changes only.
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../build/support/content';
import { servedBuilds } from './support/servedBuilds';

const phone = { width: 390, height: 844 };

async function horizontalOverflow(page: import('@playwright/test').Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('content health lists the sample’s real gaps first and fits a phone', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/health/');
  const rows = page.locator('.hub-health__problem');
  await expect(rows.first()).toContainText('cases/thistledown-freight');
  await expect(rows.first()).toContainText('Expired 2026-08-31');
  await expect(rows.first()).toContainText('Action:');
  const publicSector = rows.filter({ hasText: 'Kestrel Flow × Public Sector' });
  await expect(publicSector).toHaveCount(1);
  await expect(publicSector).toContainText('Marston County');
  // The two real gaps come before any other problem on the page.
  const texts = await rows.allTextContents();
  expect(texts.findIndex((t) => t.includes('Kestrel Flow × Public Sector'))).toBeLessThanOrEqual(2);
  // Rows are grouped under their owner.
  await expect(page.getByRole('heading', { level: 3 }).first()).toContainText('Tomás Alvarez');
  expect(await horizontalOverflow(page)).toBe(0);

  await page.getByRole('link', { name: /No customer-facing case/u }).click();
  await expect(page).toHaveURL(/#problem-\d+$/u);
  const target = page.locator('.hub-health__problem:target');
  await expect(target).toContainText('No customer-facing case');
  await expect(target).toBeInViewport();
});

test('what changed lists changes newest first, per product, each linking to its page', async ({ page }) => {
  for (const viewport of [phone, { width: 1280, height: 900 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/whats-new/');
    await expect(page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
  }
  const dates = await page
    .locator('.hub-change time')
    .evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime') ?? '')));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));

  const byProduct = page.getByRole('navigation', { name: 'Changes by product' });
  const firstProduct = byProduct.getByRole('link').first();
  const productName = ((await firstProduct.textContent()) ?? '').replace(/\s*\d+\s*$/u, '').trim();
  await firstProduct.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${productName}: what changed`);

  const change = page
    .locator('.hub-change')
    .filter({ has: page.locator('.hub-change__title a') })
    .first();
  const title = ((await change.locator('.hub-change__title a').textContent()) ?? '').trim();
  await change.locator('.hub-change__title a').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the home page shows the last few changes and the feed', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'What changed' });
  await expect(section.locator('.hub-change')).not.toHaveCount(0);
  expect(await section.locator('.hub-change').count()).toBeLessThanOrEqual(5);
  await expect(section.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/feed.xml');
});

test('the customer library’s what changed names no internal entry', async ({ page }) => {
  const publicBuild = servedBuilds.find((b) => b.audience === 'public');
  const internalTitles = loadContent()
    .filter((e) => e.audience === 'internal')
    .map((e) => e.title);
  await page.goto(publicBuild?.at('/whats-new/') ?? '');
  const titles = await page.locator('.hub-change__title').allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.map((t) => t.trim()).filter((t) => internalTitles.includes(t))).toEqual([]);
  await expect(page.locator('.hub-internal-badge')).toHaveCount(0);
});
