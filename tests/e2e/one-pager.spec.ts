/**
 * The one-pager a rep attaches: the toolkit's download follows the industry picked in its filters
 * and serves a PDF file.
 */
import { expect, test } from '@playwright/test';

test('the quick-sale toolkit downloads the one-pager for the industry picked', async ({ page }) => {
  await page.goto('/toolkits/kestrel-flow/quick-sale/');
  const download = page.getByRole('link', { name: 'Download one-pager (PDF)' }).first();
  await expect(download).toHaveAttribute('href', '/toolkits/kestrel-flow/one-pager.pdf');

  await page.getByLabel('Industry').selectOption({ label: 'Healthcare' });
  await expect(download).toHaveAttribute('href', '/toolkits/kestrel-flow/healthcare/one-pager.pdf');
  await expect(page.getByRole('link', { name: 'One-pager on US Letter paper (PDF)' }).first()).toHaveAttribute(
    'href',
    '/toolkits/kestrel-flow/healthcare/one-pager-letter.pdf',
  );

  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  expect(file.suggestedFilename()).toBe('kestrel-flow-healthcare-one-pager.pdf');
  const response = await page.request.get('/toolkits/kestrel-flow/healthcare/one-pager.pdf');
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('an industry’s toolkit page downloads that industry’s one-pager', async ({ page }) => {
  await page.goto('/toolkits/kestrel-pulse/quick-sale/retail/');
  await expect(page.getByRole('link', { name: 'Download one-pager (PDF)' }).first()).toHaveAttribute(
    'href',
    '/toolkits/kestrel-pulse/retail/one-pager.pdf',
  );
});
