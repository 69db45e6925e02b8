import { defineConfig, devices } from '@playwright/test';
import { distDirs } from './tests/build/support/dist';
import { chromiumLaunchOptions } from './tests/e2e/support/browser';

/**
 * The built internal site (dist/, or GTM_DIST), partner site (dist-partner/, or GTM_DIST_PARTNER)
 * and public site (dist-public/, or GTM_DIST_PUBLIC), each served by `astro preview` on a free port the system picks (port 0), so checkouts side by
 * side never clash: `webServer.wait` reads the port back from the server's
 * "http://127.0.0.1:<port>/" line into GTM_E2E_PORT (GTM_E2E_PARTNER_PORT, GTM_E2E_PUBLIC_PORT), which
 * the workers inherit. Any variable set beforehand pins its port. Tests address the internal site by
 * path (baseURL), the others by their full URL.
 */
const ci = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // A test that passes only on retry is a fault to fix, not a pass: under CI it fails the run.
  failOnFlakyTests: ci,
  workers: 2,
  reporter: 'list',
  // Sized for a 2-core machine at full load: the slowest test, axe over a long toolkit page, takes
  // about 5 s idle and up to 25 s at a load average of 16; a navigation can stall for seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${process.env['GTM_E2E_PORT'] ?? 0}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(csp|no-js)\.spec\.ts$/u,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      // Serves the build itself, with the headers of its _headers file.
      name: 'csp',
      testMatch: /csp\.spec\.ts$/u,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
    {
      name: 'no-js',
      testMatch: /no-js\.spec\.ts$/u,
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions(), javaScriptEnabled: false },
    },
  ],
  webServer: [
    { outDir: distDirs.internal, portVariable: 'GTM_E2E_PORT' },
    { outDir: distDirs.partner, portVariable: 'GTM_E2E_PARTNER_PORT' },
    { outDir: distDirs.public, portVariable: 'GTM_E2E_PUBLIC_PORT' },
  ].map(({ outDir, portVariable }) => ({
    // Serves the last build (`npm test` builds both first). --ignore-lock lets it run next to
    // someone's own `astro preview`.
    command: `astro preview --host 127.0.0.1 --port ${process.env[portVariable] ?? 0} --outDir ${outDir} --ignore-lock`,
    wait: { stdout: new RegExp(`http://127\\.0\\.0\\.1:(?<${portVariable.toLowerCase()}>\\d+)`, 'u') },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
