/**
 * No layout shift while the pages that a script fills in open: the proposal builder and /search/,
 * on a phone and on a desktop screen. Layout-shift entries are gathered from the very start (a
 * PerformanceObserver added before the page's own scripts) until the page is ready, and their sum
 * must stay under 0.05, Lighthouse's cumulative layout shift for "no visible movement".
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const budget = 0.05;

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    layoutShifts: Shift[];
  }
}

async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources: { node: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        window.layoutShifts.push({
          value: entry.value,
          sources: entry.sources.map(({ node }) =>
            node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts so far, once two more frames have been drawn (entries arrive after their frame). */
async function shiftsAfterSettling(page: Page): Promise<Shift[]> {
  return page.evaluate(
    () =>
      new Promise<Shift[]>((done) => {
        requestAnimationFrame(() => requestAnimationFrame(() => done(window.layoutShifts)));
      }),
  );
}

function expectNoShift(shifts: Shift[]): void {
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, `layout shift ${total.toFixed(3)}; moved: ${JSON.stringify(shifts)}`).toBeLessThan(budget);
}

for (const viewport of [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]) {
  test.describe(`on a ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('the proposal builder opens without moving', async ({ page }) => {
      await recordShifts(page);
      await page.goto('/toolkits/kestrel-flow/high-ticket/proposal/');
      // Ready: the catalogue is loaded and the proposal's cover is drawn in the preview.
      await expect(page.getByRole('article', { name: 'Proposal preview' }).getByRole('heading', { level: 2 })).toBeVisible();
      await expect(
        page
          .getByRole('group', { name: /^Solutions/u })
          .getByRole('checkbox')
          .first(),
      ).toBeVisible();
      expectNoShift(await shiftsAfterSettling(page));
    });

    test('the search page opens without moving', async ({ page }) => {
      await recordShifts(page);
      await page.goto('/search/');
      // Ready: the index answered and the filters are drawn.
      await expect(page.getByRole('status').filter({ hasText: 'Type a word or pick a filter' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Type' })).toBeVisible();
      expectNoShift(await shiftsAfterSettling(page));
    });
  });
}
