import { test, expect } from '@playwright/test';
import { distDirs } from '../build/support/dist';
import { headersOf, serveWithHeaders } from './support/headersPreview';

test('explore', async ({ page }) => {
  const site = await serveWithHeaders(distDirs.internal, headersOf(distDirs.internal, '/admin/'));
  const seen: string[] = [];
  page.on('console', (m) => seen.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`uncaught: ${e.message}`));
  await page.goto(`${site.url}/admin/`);
  await page.waitForTimeout(5000);
  await page.screenshot({ path: '/tmp/admin1.png' });
  console.log(seen.join('\n'));
  console.log(await page.locator('body').innerText());
  await site.stop();
});
