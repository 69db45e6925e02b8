import { defineConfig } from '@playwright/test';
import suite from './playwright.config';

/** `npm run audit:a11y`: the browser suite's servers and browser, on tests/a11y-audit only. */
export default defineConfig({
  ...suite,
  testDir: 'tests/a11y-audit',
  // Apart from the suite's test-results/, which a browser-test run empties when it starts.
  outputDir: 'test-results-a11y-audit',
  projects: (suite.projects ?? []).filter((project) => project.name === 'chromium'),
});
