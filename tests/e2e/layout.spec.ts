/**
 * The hub on a phone and on a desktop screen: the header's menu (with and without JavaScript), and
 * on one page of every type of the internal build at 360 px: nothing wider than the screen, tap
 * targets of at least 24 × 24 px (axe's target-size), a sticky header under 15% of the screen.
 * `npm run audit:a11y` checks every page of the three builds at that width.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { distDirs } from '../build/support/dist';
import { horizontalOverflow, narrowest } from './support/overflow';
import { onePagePerRoute } from './support/pageTypes';

test.describe.configure({ mode: 'parallel' });

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };
const sections = ['Sales toolkits', 'Messaging', 'Marketing kits', 'Training', 'Library', 'Content health'];

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test.describe('the header on a phone', () => {
  test.use({ viewport: phone });

  test('a Menu button names the current section and opens the full list; the sticky header stays under 15% of the screen', async ({
    page,
  }) => {
    await page.goto('/toolkits/');
    const menu = mainNavigation(page).getByRole('button', { name: 'Menu, current section: Sales toolkits' });
    await expect(menu).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(mainNavigation(page).getByRole('link')).toHaveCount(0);

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    const links = mainNavigation(page).getByRole('link');
    await expect(links).toHaveText(sections);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();

    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.y).toBe(0);
    expect(header?.height).toBeLessThan(phone.height * 0.15);
  });

  test('a page outside the sections shows "Menu"', async ({ page }) => {
    await page.goto('/');
    await expect(mainNavigation(page).getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
  });
});

test.describe('the header with JavaScript off at 360 px', () => {
  test.use({ viewport: narrowest, javaScriptEnabled: false });

  test('shows every section, wrapped, none cut off, and no Menu button', async ({ page }) => {
    await page.goto('/toolkits/');
    await expect(mainNavigation(page).getByRole('button')).toHaveCount(0);
    const links = mainNavigation(page).getByRole('link');
    await expect(links).toHaveText(sections);
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
  });
});

test.describe('the header at 1280 px', () => {
  test.use({ viewport: desktop });

  test('brand, every section and the search share one row', async ({ page }) => {
    await page.goto('/toolkits/');
    const header = page.getByRole('banner');
    await expect(mainNavigation(page).getByRole('button')).toBeHidden();
    const parts = [
      header.getByRole('link', { name: /GTM Hub/u }),
      ...sections.map((name) => mainNavigation(page).getByRole('link', { name, exact: true })),
      header.getByRole('link', { name: 'Search' }),
    ];
    const middles = await Promise.all(parts.map(async (part) => ((b) => (b ? b.y + b.height / 2 : NaN))(await part.boundingBox())));
    const first = middles[0] ?? NaN;
    for (const middle of middles) expect(Math.abs(middle - first)).toBeLessThan(4);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: narrowest });

  test('the reflow check is wired up: it names what sticks out of a page built to be too wide, also after a resize', async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><div class="terms" style="width: 500px">x</div></main></html>',
    );
    expect(await horizontalOverflow(page)).toBeUndefined();
    await page.setViewportSize(narrowest);
    expect(await horizontalOverflow(page)).toEqual({ scrollWidth: expect.any(Number), culprits: ['div.terms (508 px)'] });
  });

  for (const [route, url] of onePagePerRoute(distDirs.internal)) {
    test(`no wider than the screen, tap targets at least 24 × 24 px, and what sticks to the top under 15% of the screen on ${route} (${url})`, async ({
      page,
    }) => {
      await page.goto(url);
      expect(await horizontalOverflow(page)).toBeUndefined();
      const results = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const stuck = await page.evaluate(() =>
        [...document.body.querySelectorAll('*')]
          .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
          .map((el) => el.getBoundingClientRect())
          .filter((box) => box.height > 0 && box.top < window.innerHeight / 3)
          .reduce((bottom, box) => Math.max(bottom, box.bottom), 0),
      );
      expect(stuck).toBeLessThan(narrowest.height * 0.15);
    });
  }
});

test.describe('the home page on a phone', () => {
  test.use({ viewport: phone });

  test("the first screen opens on the rep's way in: the toolkit picker, its buyer and a first product's industries", async ({ page }) => {
    await page.goto('/');
    const picker = page.getByRole('form', { name: 'Before a call: what to send' });
    const top = (await picker.boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(phone.height / 3);
    await expect(picker.getByRole('combobox', { name: 'Buyer' })).toBeInViewport({ ratio: 1 });
    await expect(picker.getByRole('group').first().getByRole('button').first()).toBeInViewport({ ratio: 1 });
  });
});

test.describe('the theme switch', () => {
  test.use({ viewport: phone, colorScheme: 'light' });

  test('follows the system until pressed, then remembers the choice and applies it before the page is drawn; print stays light', async ({
    page,
  }) => {
    // Where the theme stands when the <body> is parsed, before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.dataset['themeAtBody'] = document.documentElement.dataset['theme'] ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const bodyText = () => page.evaluate(() => getComputedStyle(document.body).color);
    await page.goto('/toolkits/');
    const toggle = page.getByRole('banner').getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const light = await bodyBackground();
    const lightText = await bodyText();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const dark = await bodyBackground();
    expect(dark).not.toBe(light);

    await page.goto('/library/');
    await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'dark');
    expect(await bodyBackground()).toBe(dark);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.emulateMedia({ media: 'print' });
    expect(await bodyBackground()).not.toBe(dark);
    expect(await bodyText()).toBe(lightText);
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('banner').getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme-at-body', 'light');
    expect(await bodyBackground()).toBe(light);
  });
});
