/**
 * The site with JavaScript off (the 'no-js' project): every page type still shows its content and
 * a working way on, and no control that needs a script is on screen doing nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { distDirs } from '../build/support/dist';
import { onePagePerRoute } from './support/pageTypes';
import { servedBuilds } from './support/servedBuilds';

const pages = onePagePerRoute(distDirs.internal);
const page404 = '/no-such-page/';

async function expectWorksWithoutScript(page: Page, route: string, url: string): Promise<void> {
  const response = await page.goto(route === '/404.html' ? url.replace(/\/404\.html$/u, page404) : url);
  expect(response?.status()).toBe(route === '/404.html' ? 404 : 200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main')).not.toBeEmpty();
  // A button, field or menu must not be shown without JavaScript unless it works without it: a
  // control of a form that submits to a page (the toolkit picker) does.
  const controls = page.locator('button, input, select, textarea').filter({ visible: true });
  const dead = await controls.evaluateAll((found) => found.filter((c) => !c.closest('form[action]')).map((c) => c.outerHTML.slice(0, 120)));
  expect(dead).toEqual([]);
  await expect(page.getByText(/Loading/u).filter({ visible: true })).toHaveCount(0);
  // The header's search is a link to the search page, which says what to do instead.
  if (route !== '/kits/*/slides/') {
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
  }
}

for (const [route, url] of pages) {
  test(`${route} (${url}) shows its content and no control that needs a script`, async ({ page }) => {
    await expectWorksWithoutScript(page, route, url);
  });
}

// The partner and customer builds have their own home pages and leave sections out; each page type once.
for (const build of servedBuilds.filter((b) => b.audience !== 'internal')) {
  for (const [route, url] of onePagePerRoute(build.dir)) {
    test(`${build.audience} build: ${route} (${url}) shows its content and no control that needs a script`, async ({ page }) => {
      await expectWorksWithoutScript(page, route, build.at(url));
    });
  }
}

test('the search page says search needs JavaScript and leads to the library and the listings', async ({ page }) => {
  await page.goto('/search/?q=audit');
  const main = page.getByRole('main');
  await expect(main.getByText(/Search runs in your browser and needs JavaScript/u)).toBeVisible();
  await main.getByRole('link', { name: 'library' }).click();
  await expect(page).toHaveURL(/\/library\/$/u);
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
});

test('the proposal builder page leads to the toolkit that holds every module', async ({ page }) => {
  await page.goto(pages.get('/toolkits/*/high-ticket/proposal/') ?? '');
  const main = page.getByRole('main');
  await expect(main.getByText(/needs JavaScript/u)).toBeVisible();
  await main
    .getByRole('link', { name: /high-ticket toolkit/u })
    .last()
    .click();
  await expect(page).toHaveURL(/\/high-ticket\/$/u);
  // Its sections open without a script, from their heading row.
  const library = page.getByRole('region', { name: /RFP answer library/u });
  await library.locator('details[data-section-details] > summary').click();
  await expect(library.locator('[data-rfp-library] details').first()).toBeVisible();
});

test('a slide deck shows every slide, one after another', async ({ page }) => {
  await page.goto(pages.get('/kits/*/slides/') ?? '');
  const slides = page.locator('[data-slide]');
  expect(await slides.count()).toBeGreaterThan(1);
  await expect(slides.filter({ visible: true })).toHaveCount(await slides.count());
});
