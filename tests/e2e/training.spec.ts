/**
 * A rep's training journey in the browser: a drill answered once right and once wrong, a module
 * marked done, progress kept across a reload, exported, cleared and imported again; a module whose
 * content changed since it was done says so; the certificate names the content version it was
 * earned against and goes out of date with it. Without JavaScript, every answer is still reachable.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { TrainingProgress } from '../../src/lib/training/progress';
import { parseProgress } from '../../src/lib/training/progress';

const storageKey = 'gtm-hub-training-progress';
const objections = '/training/kestrel-pulse/objections/';

async function answer(page: Page, question: number, right: boolean): Promise<void> {
  const form = page.locator('form[data-question]').nth(question);
  const correct = await form.getAttribute('data-answer');
  const values = await form.locator('input[type=radio]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const pick = right ? correct : values.find((v) => v !== correct);
  await form.locator(`input[value="${pick}"]`).check();
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('[data-result]')).toHaveText(right ? 'Right.' : /Not this one/u);
  await expect(form.locator('details[data-reveal]')).toHaveAttribute('open', '');
}

async function stored(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), storageKey);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/training/');
  await page.evaluate((key) => localStorage.removeItem(key), storageKey);
});

test('a drill scored, a module done, progress kept, exported, cleared and imported', async ({ page }) => {
  await page.goto(objections);
  const summary = page.locator('[data-progress-summary]');
  await expect(summary).toContainText('0 of 6 modules done');

  await answer(page, 0, true);
  await answer(page, 1, false);
  await page.getByRole('button', { name: 'Mark this module done' }).click();
  const status = page.locator('.tr-facts [data-module-status="objections"]');
  await expect(status).toHaveText('Done');

  await page.reload();
  await expect(status).toHaveText('Done');
  await expect(summary).toContainText('1 of 6 modules done · 1 of');
  await expect(summary).toContainText('(2 answered)');

  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress (JSON)' }).click()]);
  expect(file.suggestedFilename()).toBe('training-progress.json');
  const exported = parseProgress(await readFile(await file.path(), 'utf8'));
  const version = await page.locator('.tr-facts code').textContent();
  expect(exported.format).toBe('gtm-hub-training-progress');
  expect(exported.paths['kestrel-pulse']?.modules['objections']?.version).toBe(version);
  expect(Object.values(exported.paths['kestrel-pulse']?.answers ?? {}).map((a) => a.correct)).toEqual([true, false]);

  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(summary).toContainText('0 of 6 modules done · 0 of');
  await expect(status).toHaveText('Not started');
  expect(await stored(page)).toBeNull();

  await page.locator('input[data-progress-import]').setInputFiles(await file.path());
  await expect(page.locator('[data-progress-message]')).toContainText('Imported');
  await expect(status).toHaveText('Done');
  await expect(summary).toContainText('1 of 6 modules done');
});

test('a module done against older content says it was updated, and what changed', async ({ page }) => {
  await page.goto(objections);
  await page.getByRole('button', { name: 'Mark this module done' }).click();
  const notice = page.locator('[data-module-updated]');
  await expect(notice).toBeHidden();
  // What a content change looks like to stored progress: the module and one entry at another version.
  const changed = await page.evaluate((key) => {
    const progress = JSON.parse(localStorage.getItem(key) ?? '{}') as TrainingProgress;
    const module = progress.paths['kestrel-pulse']?.modules['objections'];
    if (!module) throw new Error('the module is not stored as done');
    const first = Object.keys(module.sources)[0] as string;
    module.version = '000000000000';
    module.sources[first] = '000000000000';
    localStorage.setItem(key, JSON.stringify(progress));
    return first;
  }, storageKey);
  await page.reload();
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Updated since you completed it');
  const title = await page.locator(`.tr-sources a[href="/objections/${changed.split(':')[1]}/"]`).textContent();
  await expect(notice.locator('li')).toHaveText([`Changed: ${title?.replace(/ · internal$/u, '')}`]);
  await page.goto('/training/kestrel-pulse/');
  await expect(page.locator('[data-module-status="objections"]')).toHaveText('Updated since you completed it');
});

test('the certificate names the content version it was earned against, and goes out of date', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/training/kestrel-pulse/');
  const pathVersion = await page.locator('.tr-facts code').textContent();
  const modules = await page.locator('.tr-module__title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(modules).toHaveLength(6);
  for (const module of modules) {
    await page.goto(module);
    const count = await page.locator('form[data-question]').count();
    for (let i = 0; i < count; i++) await answer(page, i, true);
    await page.getByRole('button', { name: 'Mark this module done' }).click();
  }
  await expect(page.locator('.tr-done [data-certificate-status]')).toHaveText('Certificate earned');

  await page.goto('/training/kestrel-pulse/');
  await page.getByLabel('Your name, for the certificate').fill('Dana Reyes');
  await page.goto('/training/kestrel-pulse/certificate/');
  await expect(page.locator('[data-certificate-learner]')).toHaveText('Dana Reyes');
  await expect(page.locator('[data-certificate-version]')).toHaveText(pathVersion ?? '');
  await expect(page.locator('[data-certificate-score]')).toHaveText('100%');
  await expect(page.locator('[data-certificate-state]')).toContainText('Valid');

  await page.evaluate((key) => {
    const progress = JSON.parse(localStorage.getItem(key) ?? '{}') as TrainingProgress;
    const certificate = progress.paths['kestrel-pulse']?.certificate;
    if (!certificate) throw new Error('no certificate stored');
    certificate.version = '000000000000';
    localStorage.setItem(key, JSON.stringify(progress));
  }, storageKey);
  await page.reload();
  await expect(page.locator('[data-certificate-state]')).toContainText('Out of date');
  await expect(page.locator('[data-certificate-version]')).toHaveText('000000000000');
});

test("a manager reads a team's exported files in the browser", async ({ page }) => {
  await page.goto('/training/');
  const file = {
    name: 'training-progress-ana.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'gtm-hub-training-progress', learner: 'Ana', paths: { 'kestrel-vault': { modules: {}, answers: {} } } }),
    ),
  };
  const bad = { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') };
  await page.locator('input[data-team-import]').setInputFiles([file, bad]);
  await expect(page.locator('[data-team-message]')).toContainText('1 of 2 files read. notes.json: Not a training progress file');
  await expect(page.locator('[data-team-results] tbody tr')).toHaveCount(1);
  await expect(page.locator('[data-team-results] tbody td').first()).toHaveText('Ana');
});

test('module pages fit a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const module of ['objections', 'how-it-is-sold', 'competitors', 'buyers']) {
    await page.goto(`/training/kestrel-vault/${module}/`);
    const width = await page.locator('main').evaluate((main) => main.scrollWidth);
    expect(width, module).toBeLessThanOrEqual(390);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question shows its answer and source, and no control that needs a script', async ({ page }) => {
    await page.goto(objections);
    const first = page.locator('form[data-question]').first();
    await expect(first.getByRole('button', { name: 'Check' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Mark this module done' })).toBeHidden();
    await first.locator('summary').click();
    await expect(first.locator('.tr-question__answer')).toContainText('Answer');
    await expect(first.locator('.tr-question__source a')).toHaveAttribute('href', /^\/objections\//u);
  });
});
