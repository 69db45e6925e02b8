/**
 * The internal build served with the headers of its own `_headers` file, as a static host sends
 * them: the Content-Security-Policy holds on every page type (no violation, no script error), and
 * what needs a script still works under it: search, copy, print, toolkit filters, the RFP filter,
 * the slide keys and the proposal builder. Without its engine, search says so in the dialog.
 */
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { distDirs } from '../build/support/dist';
import { parseCsp } from '../build/support/headersFile';
import type { HeadersSite } from './support/headersPreview';
import { headersOf, serveWithHeaders } from './support/headersPreview';
import { builtPages, onePagePerRoute, routeOf } from './support/pageTypes';

const missingPage = '/no-such-page/';

interface Problems {
  /** CSP violations, console errors and uncaught exceptions seen so far on this page. */
  seen: string[];
}

const test = base.extend<{ problems: Problems }, { site: HeadersSite }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await serveWithHeaders(distDirs.internal);
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.url),
  problems: async ({ page }, use) => {
    const problems: Problems = { seen: [] };
    page.on('console', (message) => {
      // The not-found page's own 404 status is reported as a failed load, and is what it should be.
      if (message.type() === 'error' && !message.location().url.endsWith(missingPage)) problems.seen.push(message.text());
    });
    page.on('pageerror', (error) => problems.seen.push(`uncaught: ${error.message}`));
    // Print dialogs would block the run; the stub records that the button asked for one.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(
          `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
        );
      });
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await use(problems);
  },
});

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const pages = onePagePerRoute(distDirs.internal);

test('every built page belongs to a route the browser suites cover', () => {
  expect(builtPages(distDirs.internal).filter((url) => routeOf(url) === undefined)).toEqual([]);
});

test('pages, modules and the search engine are sent with exactly the headers of _headers', async ({ request }) => {
  const declared = headersOf(distDirs.internal);
  const policy = parseCsp(declared['Content-Security-Policy'] ?? '');
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  const home = await request.get('/');
  const html = await home.text();
  const script = /<script type="module" src="([^"]+)"/u.exec(html)?.[1];
  expect(script).toBeDefined();
  for (const path of ['/', script ?? '', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const sent = response.headers();
    for (const [name, value] of Object.entries(declared)) expect(sent[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});

async function searchFromHeader(page: Page, query: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the hub' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox').fill(query);
  return dialog;
}

for (const [route, url] of pages) {
  test(`no policy violation on ${route} (${url}), and its search and copy buttons work`, async ({ page, problems }) => {
    // The not-found page is what a host sends for any unknown path.
    const response = await page.goto(route === '/404.html' ? missingPage : url);
    expect(response?.status()).toBe(route === '/404.html' ? 404 : 200);
    await page.waitForLoadState('load');

    const copy = page.locator('button[data-copy]').filter({ visible: true }).first();
    if ((await copy.count()) > 0) {
      const text = await copy.getAttribute('data-copy');
      await copy.click();
      await expect(copy).toContainText('Copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    }

    // Slide decks use the keys to present and have no header search.
    if (route !== '/kits/*/slides/' && route !== '/search/') {
      const dialog = await searchFromHeader(page, 'Kestrel');
      await expect(dialog.getByRole('option').first()).toBeVisible();
    }
    expect(problems.seen).toEqual([]);
  });
}

test.describe('scripts under the policy', () => {
  test('the search page finds, filters and counts', async ({ page, problems }) => {
    await page.goto('/search/?q=audit');
    const results = page.getByRole('main').getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results.first()).toBeVisible();
    await page.getByRole('group', { name: 'Type' }).getByRole('button').first().click();
    await expect(page).toHaveURL(/[?&]type=/u);
    await expect(results.first()).toBeVisible();
    expect(problems.seen).toEqual([]);
  });

  test('toolkit filters narrow the quick-sale toolkit and the one-pager download follows them', async ({ page, problems }) => {
    const url = pages.get('/toolkits/*/quick-sale/') ?? '';
    await page.goto(url);
    await page.getByLabel('Industry').selectOption({ index: 1 });
    await expect(page).toHaveURL(/\/quick-sale\/[a-z0-9-]+\/$/u);
    await expect(page.getByRole('status').filter({ hasText: /^Showing \d+ items for / })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download one-pager (PDF)' }).first()).toHaveAttribute(
      'href',
      /^\/toolkits\/[a-z0-9-]+\/[a-z0-9-]+\/one-pager\.pdf$/u,
    );
    expect(problems.seen).toEqual([]);
  });

  test('the RFP library filters by category', async ({ page, problems }) => {
    // The library's section opens from a link to it.
    await page.goto(`${pages.get('/toolkits/*/high-ticket/') ?? ''}#rfp-library`);
    const library = page.locator('[data-rfp-library]');
    await library.locator('button[data-rfp-filter]').nth(1).click();
    await expect(page).toHaveURL(/\?category=/u);
    await expect(library.locator('button[data-rfp-filter]').nth(1)).toHaveAttribute('aria-pressed', 'true');
    expect(problems.seen).toEqual([]);
  });

  test('the proposal builder lists modules, previews a choice and prints', async ({ page, problems }) => {
    await page.goto(pages.get('/toolkits/*/high-ticket/proposal/') ?? '');
    const box = page.locator('input[data-module-toggle]').first();
    await box.check();
    await expect(page.getByRole('article', { name: 'Proposal preview' }).locator('section')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('html[data-printed]')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.md$/u);
    expect(problems.seen).toEqual([]);
  });

  test('slide keys move the deck and its print button prints', async ({ page, problems }) => {
    await page.goto(pages.get('/kits/*/slides/') ?? '');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#slide-2$/u);
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.locator('html[data-printed]')).toHaveCount(1);
    expect(problems.seen).toEqual([]);
  });

  test('the whitepaper prints from its button', async ({ page, problems }) => {
    await page.goto(pages.get('/kits/*/whitepaper/') ?? '');
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.locator('html[data-printed]')).toHaveCount(1);
    expect(problems.seen).toEqual([]);
  });
});

test.describe('search says so in the dialog when its engine cannot load', () => {
  test('its script cannot be fetched', async ({ page }) => {
    await page.route('**/pagefind/pagefind.js', (route) => route.abort());
    await page.goto('/');
    const dialog = await searchFromHeader(page, 'Kestrel');
    await expect(dialog.getByRole('status')).toHaveText(/^Search is unavailable/u);
  });

  test("a policy without 'wasm-unsafe-eval' stops its WebAssembly", async ({ page }) => {
    const declared = headersOf(distDirs.internal);
    const policy = (declared['Content-Security-Policy'] ?? '').replace(" 'wasm-unsafe-eval'", '');
    const strict = await serveWithHeaders(distDirs.internal, { ...declared, 'Content-Security-Policy': policy });
    try {
      await page.goto(`${strict.url}/`);
      const dialog = await searchFromHeader(page, 'Kestrel');
      await expect(dialog.getByRole('status')).toHaveText(/^Search is unavailable/u);
      await expect(dialog.getByRole('option')).toHaveCount(0);
    } finally {
      await strict.stop();
    }
  });
});

test.describe('the partner and customer builds under their own headers', () => {
  for (const audience of ['partner', 'public'] as const) {
    test(`${audience} build: home, search and copy work with no policy violation`, async ({ page, problems }) => {
      const served = await serveWithHeaders(distDirs[audience]);
      try {
        // Its home page, one case (copy for email) and, for partners, one toolkit.
        const urls = ['/', builtPages(distDirs[audience]).find((url) => /^\/cases\/[^/]+\/$/u.test(url)) ?? ''];
        if (audience === 'partner') urls.push(onePagePerRoute(distDirs.partner).get('/toolkits/*/quick-sale/') ?? '');
        for (const url of urls) {
          await page.goto(`${served.url}${url}`);
          await page.waitForLoadState('load');
          const copy = page.locator('button[data-copy]').filter({ visible: true }).first();
          if ((await copy.count()) > 0) {
            await copy.click();
            await expect(copy).toContainText('Copied');
          }
        }
        const dialog = await searchFromHeader(page, 'Kestrel');
        await expect(dialog.getByRole('option').first()).toBeVisible();
        expect(problems.seen).toEqual([]);
      } finally {
        await served.stop();
      }
    });
  }
});
