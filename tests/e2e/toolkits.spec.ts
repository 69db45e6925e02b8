/**
 * A rep's two toolkit journeys. Before a call: open a quick-sale toolkit, narrow it to the
 * customer's industry and send a case link. On a tender: assemble a proposal from approved modules,
 * reopen it from its link and export it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const quickSale = '/toolkits/kestrel-pulse/quick-sale/';
const proposalBuilder = '/toolkits/kestrel-vault/high-ticket/proposal/';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a section collapsed under its heading row, as a rep taps it; returns the section. */
async function openSection(page: Page, name: RegExp) {
  const section = page.getByRole('region', { name });
  const details = section.locator('details[data-section-details]');
  if ((await details.getAttribute('open')) === null) await details.locator(':scope > summary').click();
  await expect(details).toHaveAttribute('open', '');
  return section;
}

test.describe('quick-sale toolkit', () => {
  test('filter by industry, then copy the best-matching case link', async ({ page }) => {
    await page.goto(quickSale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kestrel Pulse');

    await page.getByLabel('Industry').selectOption({ label: 'Manufacturing' });
    await expect(page).toHaveURL(/\/quick-sale\/manufacturing\/$/u);
    await expect(page.getByRole('status').filter({ hasText: 'for Manufacturing' })).toBeVisible();

    const cases = await openSection(page, /Best-matching customer cases/u);
    const first = cases.getByRole('article').first();
    await expect(first.getByText('Manufacturing', { exact: true })).toBeVisible();
    // The manufacturing line leads; lines for other industries are gone, lines for buyers stay.
    await openSection(page, /Pitch and tagline/u);
    const lines = page.getByRole('region', { name: 'Tailored lines' }).getByRole('listitem');
    await expect(lines.first()).toContainText('For Manufacturing');
    await expect(lines.filter({ hasText: /^For (Retail|Logistics|Financial)/u })).toHaveCount(0);

    const copyLink = first.getByRole('button', { name: /^Copy link · .+: customer link to .+ case$/u });
    await copyLink.click();
    await expect(copyLink).toHaveText('Copied');
    const url = await clipboard(page);
    expect(url).toMatch(/^https?:\/\/[^/]+\/cases\/[a-z0-9-]+\/$/u);

    // The link is the customer-facing page of a manufacturing case.
    await page.goto(new URL(url).pathname);
    await expect(page.getByRole('main').getByRole('link', { name: 'Manufacturing', exact: true })).toBeVisible();
  });

  test('a filtered toolkit opens from its link, and internal items offer no customer link', async ({ page }) => {
    // A link naming the industry in its query opens the industry's own page.
    await page.goto(`${quickSale}?industry=retail&persona=cfo`);
    await expect(page).toHaveURL(/\/quick-sale\/retail\/\?persona=cfo$/u);
    await expect(page.getByLabel('Industry')).toHaveValue('retail');
    await expect(page.getByLabel('Buyer')).toHaveValue('cfo');

    const discovery = await openSection(page, /Discovery questions/u);
    await expect(discovery.getByRole('article')).toHaveCount(1);
    await expect(discovery.getByRole('heading', { name: 'Chief Financial Officer' })).toBeVisible();

    const competitors = await openSection(page, /Competitor quick-hits/u);
    const battlecard = competitors.getByRole('article').first();
    await expect(battlecard.getByText('Internal, do not send').first()).toBeVisible();
    await expect(battlecard.getByRole('button', { name: /customer link/u })).toHaveCount(0);
    await battlecard.getByRole('button', { name: /quick-hit/u }).click();
    expect(await clipboard(page)).toMatch(/^Against /u);

    await page.getByRole('button', { name: 'Clear' }).click();
    // The open section stays open on the whole toolkit's page.
    await expect(page).toHaveURL(new RegExp(`${quickSale}#competitors$`, 'u'));
    await openSection(page, /Discovery questions/u);
    await expect(discovery.getByRole('article')).not.toHaveCount(1);
  });

  test('a long section shows its best few, keeps the count current and links to all of them in search', async ({ page }) => {
    await page.goto(quickSale);
    const send = await openSection(page, /Links, one-pager and emails/u);
    const links = send.getByRole('region', { name: 'Customer case links' });
    const note = links.getByText(/^Showing \d+ of \d+ customer-facing cases/u);
    await expect(note).toBeVisible();
    const [, shownBefore, total] = /Showing (\d+) of (\d+)/u.exec((await note.textContent()) ?? '') ?? [];
    await expect(links.getByRole('listitem').filter({ visible: true })).toHaveCount(Number(shownBefore));
    expect(Number(total)).toBeGreaterThan(Number(shownBefore));

    // Narrowed to one industry (its own page, the section still open), the list and the note agree on how many are shown.
    await page.getByLabel('Industry').selectOption({ label: 'Manufacturing' });
    await expect(page).toHaveURL(/\/quick-sale\/manufacturing\/#send$/u);
    // The new page opens the section from its address once its script runs: count after that.
    await expect(links.getByRole('listitem').filter({ visible: true }).first()).toBeVisible();
    const shownAfter = await links.getByRole('listitem').filter({ visible: true }).count();
    await expect(note).toContainText(`Showing ${shownAfter} of ${total}`);

    await links.getByRole('link', { name: 'see all' }).click();
    await expect(page).toHaveURL(/\/search\/\?type=Customer\+case&product=Kestrel\+Pulse&audience=Customer-facing$/u);
    const results = page.getByRole('main').getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(results).toHaveCount(Number(total));
  });

  test('a product has only the toolkits its deal profile gives it', async ({ page }) => {
    const response = await page.goto('/toolkits/kestrel-pulse/high-ticket/');
    expect(response?.status()).toBe(404);
  });
});

test.describe('high-ticket toolkit', () => {
  test('the RFP library shows the first answers of a category and how many there are', async ({ page }) => {
    await page.goto('/toolkits/kestrel-vault/high-ticket/');
    const library = await openSection(page, /RFP answer library/u);
    const note = library.getByText(/^Showing \d+ of \d+ RFP answers/u);
    const category = library.getByRole('button', { name: /^Security \d+$/u });
    const total = Number(/\d+$/u.exec((await category.textContent())?.trim() ?? '')?.[0]);
    await category.click();
    // The address keeps naming the open section.
    await expect(page).toHaveURL(/\?category=security#rfp-library$/u);
    const shown = await library.locator('[data-rfp-library] details').filter({ visible: true }).count();
    expect(shown).toBeLessThanOrEqual(total);
    await expect(note).toContainText(`Showing ${shown} of ${total} RFP answers`);
    await expect(library.getByRole('link', { name: 'see all' })).toHaveAttribute('href', '/search/?type=RFP+answer&product=Kestrel+Vault');
  });
});

test.describe('proposal builder', () => {
  test('build a five-module proposal, reopen it from its link and export it', async ({ page }) => {
    await page.goto(proposalBuilder);
    const customer = page.getByRole('textbox', { name: 'Customer' });
    await customer.fill('Northwind Health');

    const pick = async (group: RegExp, index: number) => {
      const box = page.getByRole('group', { name: group }).getByRole('checkbox').nth(index);
      await box.check();
      return (await box.locator('xpath=..').locator('.pb-module__title').textContent())?.trim() ?? '';
    };
    const chosen = [
      await pick(/^Solutions/u, 0),
      await pick(/^Reference cases/u, 0),
      await pick(/^Reference cases/u, 1),
      await pick(/^Security and compliance/u, 0),
      await pick(/^RFP answers/u, 0),
    ];
    const outline = page.getByRole('list', { name: /Your proposal/u });
    await expect(outline.getByRole('listitem')).toHaveCount(5);

    // Keyboard: move the RFP answer to the top.
    const last = chosen[4] ?? '';
    for (let i = 0; i < 4; i += 1) {
      await outline.getByRole('button', { name: `Move up: ${last}` }).focus();
      await page.keyboard.press('Enter');
    }
    await expect(outline.getByRole('listitem').first()).toContainText(last);
    await expect(outline.getByRole('button', { name: `Move up: ${last}` })).toBeDisabled();
    await expect(outline.getByRole('button', { name: `Move down: ${last}` })).toBeFocused();
    const order = [last, ...chosen.slice(0, 4)];

    await expect(page).toHaveURL(/customer=Northwind%20Health&lang=en&modules=([^,&]+,){4}[^,&]+$/u);
    await page.reload();
    await expect(customer).toHaveValue('Northwind Health');
    await expect(outline.getByRole('listitem')).toHaveCount(5);
    for (const [i, title] of order.entries()) await expect(outline.getByRole('listitem').nth(i)).toContainText(title);

    const preview = page.getByRole('article', { name: 'Proposal preview' });
    await expect(preview.getByRole('heading', { level: 2 })).toHaveText('Kestrel Vault for Northwind Health');

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(markdown.suggestedFilename()).toBe('kestrel-vault-proposal-northwind-health.md');
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text.startsWith('# Kestrel Vault for Northwind Health\n')).toBe(true);
    const positions = order.map((title, i) => `## ${i + 1}. ${title}`).map((heading) => text.indexOf(`\n${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Word' }).click()]);
    expect(word.suggestedFilename()).toBe('kestrel-vault-proposal-northwind-health.docx');
    const docx = await readFile(await word.path());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  test('a shared link to a module that is no longer approved says so', async ({ page }) => {
    await page.goto(`${proposalBuilder}?modules=case.no-such-case`);
    await expect(page.getByText(/1 module in this link is no longer approved/u)).toBeVisible();
    await expect(page.getByRole('list', { name: /Your proposal/u }).getByRole('listitem')).toHaveCount(0);
  });
});
