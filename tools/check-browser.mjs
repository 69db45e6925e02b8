// Preflight for `npm test`: stop at once, with the one command that fixes it, when no Chromium exists.
// Same lookup as tests/e2e/support/browser.ts: GTM_CHROMIUM or /usr/bin/chromium, then Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.GTM_CHROMIUM ?? '/usr/bin/chromium';
let bundled;
try {
  bundled = chromium.executablePath();
} catch {
  bundled = '';
}
if (existsSync(system)) {
  console.log(`browser: ${system}`);
} else if (bundled && existsSync(bundled)) {
  console.log(`browser: Playwright's Chromium at ${bundled}`);
} else {
  console.error(`No Chromium for the browser tests (looked for ${system} and Playwright's own).`);
  console.error('Install it with:\n\n  npx playwright install chromium\n');
  process.exit(1);
}
