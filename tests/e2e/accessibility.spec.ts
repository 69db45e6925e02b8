/**
 * Axe on one page of every route: home, library, health, search, every collection index, one entity
 * page of each collection, toolkits, proposal builder, messaging, kits, whitepaper and slides.
 * Serious and critical violations fail; lesser ones are printed for the record.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { collections, loadContent, published } from '../build/support/content';
import { distDirs, pageExists } from '../build/support/dist';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const shown = published(loadContent(), 'internal');
const firstOf = (collection: string) => shown.find((e) => e.collection === collection)?.id;
const solution = firstOf('solutions');
const pages = [...new Set([
  '/',
  '/library/',
  '/health/',
  '/search/',
  '/toolkits/',
  '/messaging/',
  '/kits/',
  `/kits/${solution}/`,
  `/kits/${solution}/whitepaper/`,
  `/kits/${solution}/slides/`,
  ...collections.filter((c) => c !== 'messaging').map((c) => `/${c}/`),
  ...collections.flatMap((c) => shown.find((e) => e.collection === c)?.url ?? []),
])];
const built = pages.filter((url) => pageExists(distDirs.internal, url));

test('axe is wired up: it reports a serious violation on a page built to have one', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>');
  const results = await new AxeBuilder({ page }).analyze();
  const ids = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
});

test('every page on the list is built', () => {
  expect(pages.filter((url) => !built.includes(url))).toEqual([]);
});

for (const url of built) {
  test(`no serious or critical accessibility violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    const minor = results.violations.filter((v) => !blocking.includes(v));
    if (minor.length > 0) {
      console.log(`${url}: ${minor.map((v) => `${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length})`).join(', ')}`);
    }
    expect(
      blocking.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, where: v.nodes.slice(0, 5).map((n) => n.target.join(' ')), why: v.nodes[0]?.failureSummary })),
    ).toEqual([]);
  });
}
