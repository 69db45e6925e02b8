import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser';

/**
 * The built internal site (dist/), served by `astro preview` on a free port the system picks
 * (port 0), so checkouts side by side never clash; `webServer.wait` reads the port back from the
 * server's "Local http://127.0.0.1:<port>/" line into GTM_E2E_PORT, which the workers inherit.
 * GTM_E2E_PORT set beforehand pins the port instead.
 */
const pinnedPort = process.env['GTM_E2E_PORT'];
const ci = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // A test that passes only on retry is a fault to fix, not a pass: under CI it fails the run.
  failOnFlakyTests: ci,
  workers: 2,
  reporter: 'list',
  // Sized for a 2-core machine shared with other work: the slowest test (axe over a toolkit page)
  // took 5 s at a load average of 7, and a navigation or an expectation can stall for seconds.
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
  webServer: {
    // Serves the last `astro build` (dist/); `npm test` builds it first. --ignore-lock lets it run
    // next to someone's own `astro preview`.
    command: `astro preview --host 127.0.0.1 --port ${pinnedPort ?? 0} --ignore-lock`,
    wait: { stdout: /http:\/\/127\.0\.0\.1:(?<gtm_e2e_port>\d+)/u },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
