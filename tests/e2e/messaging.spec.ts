/**
 * A marketer takes approved messaging: from the messaging index to a product's house, one click
 * copies the 25-word boilerplate, exactly as approved, with its word count against the limit.
 */
import { expect, test } from '@playwright/test';
import { countWords } from '../../src/lib/text/wordCount';
import { loadContent, published } from '../build/support/content';

const shown = published(loadContent(), 'internal');
const productIds = new Set(shown.filter((e) => e.collection === 'products').map((e) => e.id));
const house = shown.find((e) => e.collection === 'messaging' && productIds.has(String(e.data['product'])));
const boilerplates = (house?.data['boilerplates'] ?? {}) as Record<string, string>;
const tagline = String(house?.data['tagline'] ?? '');

test('copy the 25-word boilerplate in one click and read it back from the clipboard', async ({ page, context }) => {
  expect(house, 'the sample content has published messaging').toBeDefined();
  const short = boilerplates['short'] ?? '';
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto('/messaging/');
  await page.getByRole('main').getByRole('link', { name: tagline, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/messaging/${String(house?.data['product'])}/$`, 'u'));

  const card = page.getByRole('region', { name: '25-word boilerplate' });
  await expect(card.getByText(`${countWords(short)} / 25 words`)).toBeVisible();
  // Every block says whose it is and until when it is current.
  await expect(card.getByText('Owner', { exact: true })).toBeVisible();
  await expect(card.getByText('Review by', { exact: true })).toBeVisible();
  await expect(card.getByText('Approved', { exact: true })).toBeVisible();
  const copy = card.getByRole('button', { name: 'Copy 25-word boilerplate' });
  await copy.click();
  await expect(copy).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(short);
});
