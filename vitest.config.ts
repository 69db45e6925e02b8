import { defineConfig } from 'vitest/config';

/**
 * Four projects, run at different stages of `npm test`:
 * - unit: pure domain logic in src/lib, milliseconds;
 * - components: Astro components rendered with the container API (vitest.components.config.ts, under
 *   Astro's Vite config), run with the unit tests;
 * - errors: builds each broken content root in tests/fixtures/errors and checks the build fails
 *   with a message that names the file, the field and the fix (a few seconds per fixture), and
 *   builds content dated relative to today with the machine's date (the one real-date test), and
 *   builds a content root as a pull request's preview and as published (the preview build test), and
 *   runs `npm run validate` on content with warnings (a few seconds each), and builds with another
 *   company's brand (GTM_BRAND_FILE) to read its look back from pages and documents, and rebuilds a
 *   content root after edits to compare the incremental build with a cold one;
 * - build: reads dist/, dist-partner/ and dist-public/ after `astro build` (run `npm run test:sites` first).
 */
export default defineConfig({
  test: {
    projects: [
      './vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'errors',
          include: [
            'tests/build/content-errors.test.ts',
            'tests/build/real-date.test.ts',
            'tests/build/new-entry.test.ts',
            'tests/build/preview-build.test.ts',
            'tests/build/validate.test.ts',
            'tests/build/brand-theme.test.ts',
            'tests/build/incremental-build.test.ts',
          ],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Each fixture builds in its own scratch project and caches; two at a time fits 2 cores.
          maxConcurrency: 2,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          exclude: [
            'tests/build/content-errors.test.ts',
            'tests/build/real-date.test.ts',
            'tests/build/new-entry.test.ts',
            'tests/build/preview-build.test.ts',
            'tests/build/validate.test.ts',
            'tests/build/brand-theme.test.ts',
            'tests/build/incremental-build.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
