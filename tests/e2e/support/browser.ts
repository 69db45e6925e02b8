/**
 * Which Chromium the browser tests drive. Debian's /usr/bin/chromium when present (CI and the dev
 * containers, where Playwright cannot download browsers); otherwise Playwright's own build. The
 * preflight (tools/check-browser.mjs) stops `npm test` early when neither exists.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';
import { chromium } from '@playwright/test';

export const systemChromium = process.env['GTM_CHROMIUM'] ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, headless run of a system Chromium inside a container. */
export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const installCommand = 'npx playwright install chromium';

export function findChromium(): { kind: 'system' | 'playwright'; path: string } | undefined {
  if (existsSync(systemChromium)) return { kind: 'system', path: systemChromium };
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { kind: 'playwright', path: bundled };
  return undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  const found = findChromium();
  if (!found) {
    throw new Error(`No Chromium found (looked for ${systemChromium} and Playwright's own). Install it: ${installCommand}`);
  }
  return found.kind === 'system' ? { executablePath: found.path, args: systemChromiumArgs } : {};
}
