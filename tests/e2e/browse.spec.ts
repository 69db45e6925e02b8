/**
 * A sales rep's first journey, through the links a person clicks: home → customer cases → a case →
 * one of its solutions. The case is picked from the content, so the test follows the sample.
 */
import { expect, test } from '@playwright/test';
import type { ContentEntry } from '../build/support/content';
import { loadContent, published } from '../build/support/content';

const entries = loadContent();
const shown = published(entries, 'internal');
const shownKeys = new Set(shown.map((e) => `${e.collection}/${e.id}`));
const byKey = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e]));

function solutionsOf(entry: ContentEntry): ContentEntry[] {
  const ids = Array.isArray(entry.data['solutions']) ? (entry.data['solutions'] as unknown[]).map(String) : [];
  return ids.flatMap((id) => byKey.get(`solutions/${id}`) ?? []);
}

const theCase = shown.find((e) => e.collection === 'cases' && solutionsOf(e).some((s) => shownKeys.has(`solutions/${s.id}`)));

test('home → customer cases → a case → its solution', async ({ page }) => {
  // The sample must keep a published case that cites a published solution, or this journey proves nothing.
  if (!theCase) throw new Error('the sample needs a published case that cites a published solution');
  const solutions = solutionsOf(theCase);
  const shownSolutions = solutions.filter((s) => shownKeys.has(`solutions/${s.id}`));
  const [firstSolution] = shownSolutions;
  if (!firstSolution) throw new Error(`${theCase.url} cites no published solution`);

  await page.goto('/');
  await page.getByRole('link', { name: 'Customer cases', exact: true }).first().click();
  await expect(page).toHaveURL(/\/cases\/$/u);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer cases');

  await page.getByRole('main').getByRole('link', { name: theCase.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${theCase.url}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(theCase.title);

  const main = page.getByRole('main');
  for (const solution of shownSolutions) {
    await expect(main.getByRole('link', { name: solution.title, exact: true }).first()).toBeVisible();
  }
  for (const hidden of solutions.filter((s) => !shownKeys.has(`solutions/${s.id}`))) {
    await expect(page.getByRole('link', { name: hidden.title })).toHaveCount(0);
  }

  await main.getByRole('link', { name: firstSolution.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${firstSolution.url}$`, 'u'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstSolution.title);
});
