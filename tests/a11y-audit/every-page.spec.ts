/**
 * `npm run audit:a11y`: the accessibility suite's axe scan (every rule) over every page of all three
 * builds. Too long for `npm test`, which scans one page of each type and a sample; CI runs both.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../e2e/support/axe';
import { builtPages } from '../e2e/support/pageTypes';
import { servedBuilds } from '../e2e/support/servedBuilds';

test.describe.configure({ mode: 'parallel' });

for (const build of servedBuilds) {
  for (const url of builtPages(build.dir)) {
    test(`${build.audience} build: no accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(build.at(url));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
