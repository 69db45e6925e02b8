import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/browser';

/** The built internal site (dist/), served by `astro preview` on a port no dev server uses. */
const port = Number(process.env['GTM_E2E_PORT'] ?? 4329);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    // Serves the last `astro build` (dist/); `npm test` builds it first. --ignore-lock lets it run
    // next to someone's own `astro preview`.
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
