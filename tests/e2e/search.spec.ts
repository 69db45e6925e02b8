/**
 * Search as a rep or marketer uses it, on the built site: the header dialog (`/`, Ctrl/Cmd-K,
 * results as you type, arrow keys and Enter, Escape) and the /search/ page (filter chips with
 * counts, state in a shareable URL). Queries come from the content, so the tests follow the sample.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { ContentEntry } from '../build/support/content';
import { loadContent, published } from '../build/support/content';

const entries = loadContent();
const shown = published(entries, 'internal');
const isChinese = (e: ContentEntry) => e.data['lang'] === 'zh-CN';
const titleOf = (collection: string, id: unknown) => entries.find((e) => e.collection === collection && e.id === String(id))?.title;

function pick(description: string, test: (e: ContentEntry) => boolean): ContentEntry {
  const found = shown.find(test);
  if (!found) throw new Error(`The sample content has no published ${description}.`);
  return found;
}

const englishCase = pick('English case', (e) => e.collection === 'cases' && !isChinese(e));
const customer = String(englishCase.data['customer']);
const caseIndustry = titleOf('industries', englishCase.data['industry']) ?? '';
const valueProp = pick('English value proposition', (e) => e.collection === 'value-props' && !isChinese(e));
/** Six words from the middle of its outcome: a phrase a marketer half-remembers. */
const valuePropPhrase = String(valueProp.data['outcome']).split(/\s+/u).slice(1, 7).join(' ');
const internalCase = pick('internal case', (e) => e.collection === 'cases' && e.audience === 'internal' && !isChinese(e));
const chineseCase = pick('Chinese case', (e) => e.collection === 'cases' && isChinese(e));
const chineseTerm = String(chineseCase.data['customer']);

async function openDialog(page: Page, key = '/'): Promise<{ dialog: Locator; box: Locator }> {
  await page.keyboard.press(key);
  const dialog = page.getByRole('dialog', { name: 'Search the hub' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('combobox', { name: 'Search approved content' });
  await expect(box).toBeFocused();
  return { dialog, box };
}

test.describe('search dialog', () => {
  test('finds a case by its customer name and opens it with the keyboard', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openDialog(page);
    await box.pressSequentially(customer);
    const options = dialog.getByRole('option');
    await expect(options.first()).toContainText(englishCase.title);
    await expect(options.first()).toContainText('Customer case');
    await expect(options.first().locator('mark').first()).toBeVisible();
    // The best match is active at once; arrows move through the list and back.
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    if ((await options.count()) > 1) {
      await box.press('ArrowDown');
      await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
      await box.press('ArrowUp');
    }
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${englishCase.url}$`, 'u'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishCase.title);
  });

  test('marks an internal case "Internal, do not send" and a public one customer-facing', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openDialog(page);
    await box.fill(String(internalCase.data['customer']));
    const hit = dialog.getByRole('option').and(page.locator(`[href="${internalCase.url}"]`));
    await expect(hit.locator('[data-audience-badge="internal"]')).toHaveText('Internal, do not send');
    await box.fill(customer);
    const publicHit = dialog.getByRole('option').and(page.locator(`[href="${englishCase.url}"]`));
    await expect(publicHit.locator('[data-audience-badge]')).toHaveAttribute('data-audience-badge', 'public');
  });

  test('finds a value proposition by a phrase from it', async ({ page }) => {
    await page.goto('/library/');
    const { dialog, box } = await openDialog(page);
    await box.fill(valuePropPhrase);
    await expect(dialog.getByRole('option').and(page.locator(`[href="${valueProp.url}"]`))).toContainText(valueProp.title);
  });

  test('finds Chinese entries with a Chinese query, from an English page', async ({ page }) => {
    await page.goto('/');
    const { dialog, box } = await openDialog(page);
    await box.fill(chineseTerm);
    await expect(dialog.getByRole('option').and(page.locator(`[href="${chineseCase.url}"]`))).toContainText(chineseCase.title);
  });

  test('finds English entries from a Chinese page', async ({ page }) => {
    await page.goto(chineseCase.url);
    const { dialog, box } = await openDialog(page, 'Control+k');
    await box.fill(customer);
    await expect(dialog.getByRole('option').first()).toContainText(englishCase.title);
  });

  test('Escape closes it and focus returns to where it was', async ({ page }) => {
    await page.goto('/');
    const trigger = page.getByRole('banner').getByRole('link', { name: 'Search', exact: true });
    await trigger.focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Search the hub' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Search the hub' })).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('`/` typed into a field is text, not a shortcut', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('main').getByRole('combobox');
    await box.fill('a/b');
    await expect(box).toHaveValue('a/b');
    await expect(page.getByRole('dialog')).toBeHidden();
  });

  test('loads no search code until opened, then the index in a few requests', async ({ page }) => {
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/') || /search(?:Dialog|Index)/u.test(url.pathname)) {
        fetched.push({ url: url.pathname, bytes: (await response.body().catch(() => Buffer.alloc(0))).length });
      }
    });
    await page.goto(englishCase.url);
    await page.waitForLoadState('networkidle');
    expect(fetched, 'neither the dialog code nor the index loads with the page').toEqual([]);

    const { dialog, box } = await openDialog(page);
    await box.pressSequentially(customer);
    await expect(dialog.getByRole('option').first()).toContainText(englishCase.title);
    await page.waitForLoadState('networkidle');
    const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
    test.info().annotations.push({
      type: 'bytes fetched for one query',
      description: `${total} bytes in ${fetched.length} responses: ${fetched.map((f) => `${f.url} ${f.bytes}`).join(', ')}`,
    });
    expect(total, 'a typical query stays under 400 KB uncompressed').toBeLessThan(400_000);
  });
});

test.describe('search page', () => {
  test('narrows by two filter chips, keeps them in the URL, and reloads the same search', async ({ page }) => {
    await page.goto('/search/');
    const main = page.getByRole('main');
    const box = main.getByRole('combobox', { name: 'Search approved content' });
    await box.fill(customer);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(customer).replace(/%20/gu, '\\+')}`, 'u'));

    const filters = main.getByRole('region', { name: 'Filters' });
    const typeChip = filters.getByRole('button', { name: /^Customer case, \d+ results?$/u });
    await typeChip.click();
    await expect(typeChip).toHaveAttribute('aria-pressed', 'true');
    const industryChip = filters.getByRole('button', { name: new RegExp(`^${caseIndustry}, \\d+ results?$`, 'u') });
    await industryChip.click();
    await expect(industryChip).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/type=Customer\+case/u);
    await expect(page).toHaveURL(new RegExp(`industry=${encodeURIComponent(caseIndustry).replace(/%20/gu, '\\+')}`, 'u'));

    const results = main.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results.first()).toContainText(englishCase.title);
    const count = await results.count();
    for (let i = 0; i < count; i++) await expect(results.nth(i)).toContainText('Customer case');

    const shared = page.url();
    await page.reload();
    await expect(page).toHaveURL(shared);
    await expect(box).toHaveValue(customer);
    await expect(filters.getByRole('button', { name: /^Customer case, / })).toHaveAttribute('aria-pressed', 'true');
    await expect(results).toHaveCount(count);

    // Back undoes the last filter.
    await page.goBack();
    await expect(page).not.toHaveURL(/industry=/u);
    await expect(filters.getByRole('button', { name: new RegExp(`^${caseIndustry}, `, 'u') })).toHaveAttribute('aria-pressed', 'false');
  });

  test('opens a shared link with filters and no query, and a result with the keyboard', async ({ page }) => {
    await page.goto(`/search/?type=${encodeURIComponent('Customer case')}&industry=${encodeURIComponent(caseIndustry)}`);
    const main = page.getByRole('main');
    const results = main.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results.filter({ hasText: englishCase.title })).toHaveCount(1);
    await expect(main.getByRole('status')).toContainText(/\d+ results? with these filters/u);
    const box = main.getByRole('combobox');
    await box.focus();
    await box.press('ArrowDown');
    await expect(results.first()).toHaveAttribute('aria-selected', 'true');
    const href = await results.first().getAttribute('href');
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href ?? ''}$`, 'u'));
  });
});
