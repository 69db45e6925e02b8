/**
 * `npm run audit:a11y`: over every page of all three builds, the accessibility suite's axe scan
 * (every rule), then reflow: at 360 px the page is no wider than the screen. Too long for `npm test`,
 * which checks one page of each type and a sample; CI runs both.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../e2e/support/axe';
import { horizontalOverflow, narrowest } from '../e2e/support/overflow';
import { builtPages } from '../e2e/support/pageTypes';
import { servedBuilds } from '../e2e/support/servedBuilds';

test.describe.configure({ mode: 'parallel' });

for (const build of servedBuilds) {
  for (const url of builtPages(build.dir)) {
    test(`${build.audience} build: no accessibility violations on ${url}, and no wider than a 360 px screen`, async ({ page }) => {
      await page.goto(build.at(url));
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize(narrowest);
      expect(await horizontalOverflow(page)).toBeUndefined();
    });
  }
}
