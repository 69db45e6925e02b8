import { describe, expect, it } from 'vitest';
import { anonymisedFormProblems, anonymisedHeadline, bestCustomerCase, customerFacingCase } from '../../src/lib/customerCase';
import { customerPageUrl } from '../../src/lib/customerLinks';
import { buildHub } from '../../src/lib/hub';
import { addDays, allEntries, customerCase, day, industry, objection, scope, TODAY } from './factories';

const site = 'https://library.example/';
const marston = customerCase('marston', 'public-sector', ['flow'], {
  title: 'Marston County cuts permit processing from 18 days to 7',
  customer: 'Marston County',
  audience: 'internal',
  results: 'Marston County processes permits in 7 days.',
  quote: { text: 'The complaints just stopped.', author: 'Victor Hale', role: 'Director of IT' },
  anonymised: { description: 'a US county of 180,000 residents', summary: 'Permits now take 7 days instead of 18.' },
});
const harbor = customerCase('harbor', 'retail', ['flow'], {
  title: 'Harbor & Pine closes its books two days faster',
  customer: 'Harbor & Pine',
  results: 'Month-end close went from five days to three.',
  quote: { text: 'We stopped arguing about numbers.', author: 'Dana Ruiz', role: 'CFO' },
});
const secret = customerCase('secret', 'retail', ['flow'], { customer: 'Secret Co', audience: 'internal' });
const context = (overrides: Partial<Parameters<typeof customerFacingCase>[1]> = {}) => ({
  scope: scope(),
  publicSiteUrl: site,
  industryTitle: 'Public sector',
  ...overrides,
});

describe('the customer-facing view of a case', () => {
  it('sends an internal case only in its anonymised form: no name, real title, quote, logo or link', () => {
    const view = customerFacingCase(marston, context());
    expect(view).toMatchObject({
      anonymised: true,
      customer: 'a US county of 180,000 residents',
      title: 'A US county of 180,000 residents cuts permit processing from 18 days to 7',
      summary: 'Permits now take 7 days instead of 18.',
      quote: undefined,
      logo: undefined,
      url: undefined,
    });
    expect(JSON.stringify(view)).not.toMatch(/Marston|Victor Hale|\/cases\/marston/u);
  });

  it('offers nothing to send for an internal case without an anonymised form', () => {
    expect(customerFacingCase(secret, context())).toBeUndefined();
  });

  it('sends a customer-facing case under its name with logo, quote and a link on the public site', () => {
    const view = customerFacingCase(harbor, context({ industryTitle: 'Retail' }));
    expect(view).toMatchObject({
      anonymised: false,
      customer: 'Harbor & Pine',
      title: 'Harbor & Pine closes its books two days faster',
      summary: 'Month-end close went from five days to three.',
      url: 'https://library.example/cases/harbor/',
      logo: { url: 'https://library.example/_astro/logo.png', alt: 'Logo of harbor' },
      industry: { id: 'retail', title: 'Retail' },
    });
    // The headline names the customer, so the attribution does not repeat it.
    expect(view?.quote?.attribution).toBe('Dana Ruiz, CFO');
  });

  it('names the customer in the attribution when the headline does not', () => {
    const untitled = customerCase('plain', 'retail', ['flow'], {
      title: 'Close two days faster',
      customer: 'Plain Co',
      quote: { text: 'Fast.', author: 'Ann Lee', role: 'CFO' },
    });
    expect(customerFacingCase(untitled, context())?.quote?.attribution).toBe('Ann Lee, CFO, Plain Co');
  });

  it('sends no anonymised case that is past its review-by date or not approved, outside a preview', () => {
    const expired = { ...marston, data: { ...marston.data, reviewBy: addDays(TODAY, -1) } };
    const draft = { ...marston, data: { ...marston.data, status: 'draft' as const } };
    expect(customerFacingCase(expired, context())).toBeUndefined();
    expect(customerFacingCase(draft, context())).toBeUndefined();
    expect(customerFacingCase(draft, context({ scope: scope({ mode: 'preview' }) }))?.anonymised).toBe(true);
  });

  it('is what the hub derives for each case it shows, once', () => {
    const hub = buildHub(allEntries(marston, harbor, secret, industry('public-sector', { title: 'Public sector' })), scope(), {
      publicSiteUrl: site,
    });
    expect(hub.customerCase(marston)).toBe(hub.customerCase(marston));
    expect(hub.customerCase(marston)?.industry.title).toBe('Public sector');
    expect(hub.customerCase(secret)).toBeUndefined();
    // A public build leaves internal cases out entirely, anonymised or not.
    const publicHub = buildHub(allEntries(marston, harbor), scope({ audience: 'public' }), { publicSiteUrl: site });
    expect(publicHub.customerCase(marston)).toBeUndefined();
    expect(publicHub.customerCase(harbor)?.url).toBe('https://library.example/cases/harbor/');
  });
});

describe('the anonymised headline', () => {
  it('replaces the name with the description, capitalised where it opens the sentence', () => {
    expect(anonymisedHeadline(marston.data)).toBe('A US county of 180,000 residents cuts permit processing from 18 days to 7');
    const inside = { ...marston.data, title: 'How Marston County cut permit times' };
    expect(anonymisedHeadline(inside)).toBe('How a US county of 180,000 residents cut permit times');
  });

  it('is the written headline when there is one', () => {
    const data = { ...marston.data, anonymised: { ...marston.data.anonymised!, headline: 'A county cuts permit times' } };
    expect(anonymisedHeadline(data)).toBe('A county cuts permit times');
  });
});

describe('anonymised form problems', () => {
  it('accepts a form that never names the customer', () => {
    expect(anonymisedFormProblems(marston.data)).toEqual([]);
  });

  it('reports each field that names the customer, in any case', () => {
    const data = {
      ...marston.data,
      metrics: [{ label: 'Permits at marston county', value: '7 days' }],
      anonymised: {
        description: 'Marston County, a US county',
        summary: 'MARSTON COUNTY now takes 7 days.',
        headline: 'Marston County wins',
      },
    };
    expect(anonymisedFormProblems(data).map((p) => p.path.join('.'))).toEqual([
      'anonymised.description',
      'anonymised.summary',
      'anonymised.headline',
      'metrics.0',
    ]);
    expect(anonymisedFormProblems(data)[0]?.message).toContain('names the customer "Marston County"');
  });

  it('asks for a headline when the title has no name to replace', () => {
    const data = { ...marston.data, title: 'A county cuts permit processing' };
    expect(anonymisedFormProblems(data)).toEqual([
      { path: ['anonymised', 'headline'], message: expect.stringContaining('write the headline without the name') },
    ]);
  });
});

describe('the best case to send', () => {
  const views = [customerFacingCase(marston, context()), customerFacingCase(harbor, context({ industryTitle: 'Retail' }))].filter(
    (v) => v !== undefined,
  );

  it('takes a named case from the chosen industry before an anonymised one', () => {
    const other = customerFacingCase(customerCase('county', 'public-sector', ['flow'], { customer: 'Open County' }), context());
    expect(bestCustomerCase([...views, other!], { industry: 'public-sector' })?.customer).toBe('Open County');
  });

  it('falls back to the anonymised case when the industry has no named one', () => {
    expect(bestCustomerCase(views, { industry: 'public-sector' })?.anonymised).toBe(true);
  });

  it('has none for an industry without cases, and the first named case without a filter', () => {
    expect(bestCustomerCase(views, { industry: 'healthcare' })).toBeUndefined();
    expect(bestCustomerCase(views)?.customer).toBe('Harbor & Pine');
  });
});

describe('customer links', () => {
  it('point at the public site, only for what a customer may read there', () => {
    const s = scope({ today: day('2026-11-23') });
    expect(customerPageUrl(harbor, s, site)).toBe('https://library.example/cases/harbor/');
    expect(customerPageUrl(marston, s, site)).toBeUndefined();
    // Objection answers are rep material: the public site has no page for them.
    expect(customerPageUrl(objection('price', ['flow']), s, site)).toBeUndefined();
  });
});
