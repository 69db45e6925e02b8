/**
 * Axe, with every rule (support/axe.ts), over one page of every page type plus a sample of the
 * other pages, and over the states a page only reaches by use: the search dialog and the search
 * page showing results. Any violation fails. The only axe scans of the browser tests; every page
 * of both builds is `npm run audit:a11y`'s.
 */
import { expect, test } from '@playwright/test';
import { loadContent, published } from '../build/support/content';
import { distDirs } from '../build/support/dist';
import { axeViolations, colourRules } from './support/axe';
import { builtPages, routeOf } from './support/pageTypes';
import { servedBuilds } from './support/servedBuilds';

// One file, many independent scans: spread them over the workers instead of running them in turn.
test.describe.configure({ mode: 'parallel' });

/**
 * The internal build: every page type, and a few more pages evenly spaced over the rest. The
 * partner build: the page types that leave internal parts out; the customer's library: its own home
 * page and the entry pages that leave the rep's sections out (its other pages are the internal ones
 * with another header).
 */
const coverage = {
  internal: { routes: undefined, extra: 2 },
  partner: { routes: ['/toolkits/*/quick-sale/', '/toolkits/*/high-ticket/', '/kits/*/'], extra: 0 },
  public: { routes: ['/', '/products/*/', '/solutions/*/', '/cases/*/'], extra: 0 },
};

const entryIds = new Set(loadContent().map((e) => e.id));

/** A page's type: its route, or for a route support/pageTypes.ts does not list yet, its URL with entry ids as `*`. */
function pageType(url: string): string {
  return (
    routeOf(url) ??
    url
      .split('/')
      .map((segment) => (entryIds.has(segment) ? '*' : segment))
      .join('/')
  );
}

function pagesToScan(dir: string, routes: string[] | undefined, extra: number): string[] {
  const all = builtPages(dir);
  const firstOfType = new Map<string, string>();
  for (const url of all) if (!firstOfType.has(pageType(url))) firstOfType.set(pageType(url), url);
  const chosen = new Set([...firstOfType].filter(([type]) => !routes || routes.includes(type)).map(([, url]) => url));
  const rest = all.filter((url) => !chosen.has(url));
  const count = Math.min(extra, rest.length);
  for (let i = 0; i < count; i++) chosen.add(rest[Math.floor((i * rest.length) / count)] ?? '');
  return [...chosen].sort();
}

test('axe is wired up: it reports violations on a page built to have them', async ({ page }) => {
  await page.setContent(
    '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><button aria-label="Send">Copy</button><p style="color: #777; background: #888">Faint</p></main></html>',
  );
  const rules = (await axeViolations(page)).map((v) => v.rule);
  expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label-content-name-mismatch', 'color-contrast']));
  expect((await axeViolations(page, undefined, colourRules)).map((v) => v.rule)).toEqual(['color-contrast']);
});

for (const build of servedBuilds) {
  const { routes, extra } = coverage[build.audience];
  for (const url of pagesToScan(build.dir, routes, extra)) {
    test(`${build.audience} build: no accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(build.at(url));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// The dark theme, on one page of each type of the internal build: its colours, with the rules that
// read colours. The light scans above cover the rest, which a colour scheme does not change.
test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  for (const url of pagesToScan(distDirs.internal, undefined, 0)) {
    test(`internal build in the dark theme: no accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      // Painted on a canvas, any colour syntax (rgb(), oklab() from a color-mix) reads back as sRGB.
      const [background, channels] = await page.evaluate(() => {
        const css = getComputedStyle(document.body).backgroundColor;
        const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
        // A colour the canvas cannot read leaves the previous fill in place: a sentinel no page uses.
        pixel.fillStyle = 'rgb(1, 2, 3)';
        pixel.fillStyle = css;
        if (pixel.fillStyle === '#010203') return [css, [255, 255, 255]] as const;
        pixel.fillRect(0, 0, 1, 1);
        return [css, [...pixel.getImageData(0, 0, 1, 1).data.slice(0, 3)]] as const;
      });
      expect(Math.max(...channels), `a dark page, not ${background}`).toBeLessThan(60);
      expect(await axeViolations(page, undefined, colourRules)).toEqual([]);
    });
  }
});

const englishCase = published(loadContent(), 'internal').find((e) => e.collection === 'cases' && e.data['lang'] !== 'zh-CN');
const customer = String(englishCase?.data['customer']);

test('no accessibility violations in the search dialog showing results', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the hub' });
  await dialog.getByRole('combobox', { name: 'Search approved content' }).fill(customer);
  await expect(dialog.getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page, '#hub-search-dialog')).toEqual([]);
});

test('no accessibility violations on the search page showing filtered results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(customer)}&type=${encodeURIComponent('Customer case')}`);
  await expect(page.getByRole('main').getByRole('option').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
