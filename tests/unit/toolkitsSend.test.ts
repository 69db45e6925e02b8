/**
 * What a rep copies from a quick-sale toolkit: customer cases only in their customer-facing form,
 * links on the public site, and email templates filled for the chosen industry.
 */
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { buildHub } from '../../src/lib/hub';
import { emailForIndustry, quickSaleToolkit } from '../../src/lib/toolkits/quickSale';
import { productContent } from '../../src/lib/toolkits/productContent';
import { allEntries, customerCase, industry, product, ref, scope } from './factories';

const site = 'https://library.example/';
const flow = product('flow', {
  title: 'Kestrel Flow',
  industries: [ref('industries', 'public-sector'), ref('industries', 'retail'), ref('industries', 'healthcare')],
  emailTemplates: [
    {
      name: 'After the first call',
      subject: 'Workflows',
      body: 'Hi {first name}, {similar customer} went live in nine days: {case link}.',
    },
    { name: 'IT review', subject: 'Governed', body: 'Hi {first name}, {product} keeps IT in control.' },
  ],
});
const marston = customerCase('marston', 'public-sector', ['flow'], {
  title: 'Marston County cuts permit processing from 18 days to 7',
  customer: 'Marston County',
  audience: 'internal',
  anonymised: { description: 'a US county of 180,000 residents', summary: 'Permits take 7 days instead of 18.' },
});
const secret = customerCase('secret', 'healthcare', ['flow'], {
  title: 'Secret Clinic cuts waits',
  customer: 'Secret Clinic',
  audience: 'internal',
});
const harbor = customerCase('harbor', 'retail', ['flow'], { title: 'Harbor & Pine closes faster', customer: 'Harbor & Pine' });

function toolkit() {
  const hub = buildHub(
    allEntries(
      flow,
      marston,
      secret,
      harbor,
      industry('public-sector', { title: 'Public sector' }),
      industry('retail', { title: 'Retail' }),
      industry('healthcare', { title: 'Healthcare' }),
    ),
    scope(),
    { publicSiteUrl: site },
  );
  return quickSaleToolkit({ hub, settings: hubConfig }, productContent(hub, flow));
}

describe('cases in a quick-sale toolkit', () => {
  const cases = toolkit().sections.cases.items;
  const byId = (id: string) => cases.find((c) => c.key === `cases:${id}`);

  it('copy an internal case only in its anonymised form, with no link', () => {
    const item = byId('marston');
    expect(item?.copyText).toBe(
      'A US county of 180,000 residents cuts permit processing from 18 days to 7\nPermits take 7 days instead of 18.',
    );
    expect(item?.customerUrl).toBeUndefined();
    expect(item?.email?.html).not.toContain('Marston');
    expect(item?.copyFor).toBe('customer');
  });

  it('offer nothing to copy for an internal case without an anonymised form', () => {
    const item = byId('secret');
    expect(item?.copyText).toBe('');
    expect(item?.email).toBeUndefined();
    expect(item?.send).toBeUndefined();
  });

  it('link customer-facing cases on the public site, with email copy that names the customer once', () => {
    const item = byId('harbor');
    expect(item?.customerUrl).toBe('https://library.example/cases/harbor/');
    expect(item?.email?.text.split('Harbor & Pine').length).toBe(2);
  });

  it('offer customer links only for cases a customer can open', () => {
    expect(toolkit().sections.send.items.map((i) => i.customerUrl)).toEqual(['https://library.example/cases/harbor/']);
  });
});

describe('email templates in a quick-sale toolkit', () => {
  const [afterCall, itReview] = toolkit().sections.send.emails;

  it('are filled with the best named case when no industry is chosen', () => {
    expect(emailForIndustry(afterCall!, undefined)?.text).toBe(
      'Subject: Workflows\n\nHi {first name}, Harbor & Pine went live in nine days: https://library.example/cases/harbor/.',
    );
    expect(afterCall?.copyText).toBe(emailForIndustry(afterCall!, undefined)?.text);
  });

  it('are filled from the chosen industry, anonymised where that is all it has', () => {
    expect(emailForIndustry(afterCall!, 'public-sector')?.text).toBe(
      'Subject: Workflows\n\nHi {first name}, a US county of 180,000 residents went live in nine days: {case link}.',
    );
    // Healthcare has only a case that may not be sent: the best case from any industry stands in.
    expect(emailForIndustry(afterCall!, 'healthcare')?.text).toContain('Harbor & Pine went live');
  });

  it('hold one filling per distinct result only', () => {
    expect(afterCall?.variants.map((v) => v.industry)).toEqual([undefined, 'public-sector']);
    expect(itReview?.variants).toHaveLength(1);
    expect(itReview?.copyText).toBe('Subject: Governed\n\nHi {first name}, Kestrel Flow keeps IT in control.');
  });
});
