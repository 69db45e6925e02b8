/**
 * Fewer steps to the right thing: for every product × industry pair of the sample, a rep starts at
 * the home page and has a customer-facing case on the clipboard within three interactions, or
 * reads that there is none, with the nearest alternatives and a way to ask for one.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { loadContent, published } from '../build/support/content';

/** The sample as the internal build publishes it, read from the content files, not from the hub's code. */
const entries = published(loadContent(), 'internal');
const ofCollection = (collection: string) => entries.filter((e) => e.collection === collection);
const industryTitles = new Map(ofCollection('industries').map((i) => [i.id, i.title]));
const refs = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const pairs = ofCollection('products').flatMap((product) =>
  refs(product.data['industries'])
    .filter((id) => industryTitles.has(id))
    .map((id) => ({ product, industry: { id, title: industryTitles.get(id) ?? id } })),
);
/** Whether a published, customer-facing case tells of the product in the industry. */
const hasCustomerCase = (productId: string, industryId: string) =>
  ofCollection('cases').some(
    (c) => c.audience === 'public' && c.data['industry'] === industryId && refs(c.data['products']).includes(productId),
  );

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Both flavours a "Copy for email" writes: rich HTML for mail clients and its plain-text fallback. */
async function clipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const flavour = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await flavour('text/plain'), html: await flavour('text/html') };
  });
}

const pickerOf = (page: Page) => page.getByRole('form', { name: 'Before a call: what to send' });

test('the picker offers every product × industry pair of the sample', async ({ page }) => {
  await page.goto('/');
  // The sample has pairs of both kinds: with a customer-facing case, and with an internal one only.
  expect(pairs.some((p) => hasCustomerCase(p.product.id, p.industry.id))).toBe(true);
  expect(pairs.some((p) => !hasCustomerCase(p.product.id, p.industry.id))).toBe(true);
  await expect(pickerOf(page).getByRole('button')).toHaveCount(pairs.length);
});

test('the toolkits page offers the same picker, landing on the pair’s own toolkit page', async ({ page }) => {
  const [first] = pairs;
  if (!first) throw new Error('the sample has no product × industry pair');
  await page.goto('/toolkits/');
  await expect(pickerOf(page).getByRole('button')).toHaveCount(pairs.length);
  await pickerOf(page)
    .getByRole('button', { name: `${first.industry.title} · ${first.product.title}`, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/toolkits/${first.product.id}/(quick-sale|high-ticket)/${first.industry.id}/`, 'u'));
});

for (const { product, industry } of pairs) {
  test(`${product.title} × ${industry.title}: from the home page to what to send in three interactions at most`, async ({ page }) => {
    let interactions = 0;
    const interact = async (action: () => Promise<void>) => {
      interactions += 1;
      await action();
    };
    await page.goto('/');
    await interact(() =>
      pickerOf(page)
        .getByRole('button', { name: `${industry.title} · ${product.title}`, exact: true })
        .click(),
    );

    await expect(page).toHaveURL(new RegExp(`/toolkits/${product.id}/(quick-sale|high-ticket)/${industry.id}/`, 'u'));
    const ready = page.getByRole('region', { name: `Ready to send: ${product.title} for ${industry.title}` });
    await expect(ready).toBeVisible();
    await expect(page.getByRole('region', { name: /^Ready to send:/u })).toHaveCount(1);

    if (!hasCustomerCase(product.id, industry.id)) {
      await expect(ready.getByText(`No customer-facing ${industry.title} case for ${product.title} yet.`)).toBeVisible();
      const alternatives = ready.getByRole('listitem');
      await expect(alternatives.first()).toContainText(`${industry.title} with `);
      // An internal case of the pair is offered only in its anonymised form.
      await expect(alternatives.filter({ hasText: `${product.title}, anonymised:` })).toHaveCount(
        ofCollection('cases').filter(
          (c) => c.data['anonymised'] && c.data['industry'] === industry.id && refs(c.data['products']).includes(product.id),
        ).length,
      );
      await expect(ready.getByRole('link', { name: 'Request content' })).toHaveAttribute('href', /content-request/u);
      expect(interactions).toBeLessThanOrEqual(3);
      return;
    }

    const title = (await ready.getByRole('link').first().textContent())?.trim() ?? '';
    const copyForEmail = ready.getByRole('button', { name: /^Copy for email: .+ case$/u });
    await interact(() => copyForEmail.click());
    // The write is done when the button says so; reading earlier races it.
    await expect(copyForEmail).toHaveText('Copied');
    const copied = await clipboard(page);
    expect(copied.text).toContain(title);
    expect(copied.html).toMatch(/^<div[^>]*>.*<a href="https?:\/\/[^"]+\/cases\/[a-z0-9-]+\/">/u);
    expect(interactions).toBeLessThanOrEqual(3);

    // What was copied is a customer-facing case of this product and industry, by its content file.
    const id = /https?:\/\/[^/\s]+\/cases\/([a-z0-9-]+)\//u.exec(copied.text)?.[1];
    const copiedCase = ofCollection('cases').find((c) => c.id === id);
    expect(copiedCase?.audience).toBe('public');
    expect(copiedCase?.data['industry']).toBe(industry.id);
    expect(refs(copiedCase?.data['products'])).toContain(product.id);
  });
}

test('the buyer chosen in the picker gets their own pitch line, without JavaScript too', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    await pickerOf(page).getByLabel('Buyer').selectOption({ label: 'Chief Financial Officer' });
    await pickerOf(page).getByRole('button', { name: 'Retail · Kestrel Pulse', exact: true }).click();
    await expect(page).toHaveURL(/\/toolkits\/kestrel-pulse\/quick-sale\/retail\/\?persona=cfo$/u);
    const ready = page.getByRole('region', { name: 'Ready to send: Kestrel Pulse for Retail' });
    await expect(ready).toBeVisible();
    // The case and the tailored toolkit below need no script; the buyer's own line does.
    const cases = page.getByRole('region', { name: /Best-matching customer cases/u });
    await cases.locator('details[data-section-details] > summary').click();
    await expect(cases.getByRole('article').first()).toContainText('Retail');
    const [shown, other] = javaScriptEnabled
      ? ['For the Chief Financial Officer', 'For Retail']
      : ['For Retail', 'For the Chief Financial Officer'];
    await expect(ready.getByText(shown, { exact: true })).toBeVisible();
    await expect(ready.getByText(other, { exact: true })).toBeHidden();
    await context.close();
  }
});
