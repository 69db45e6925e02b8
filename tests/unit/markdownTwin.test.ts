import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildAudience } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { entryTwin, twinPath } from '../../src/lib/markdownTwin';
import { bodyMarkdown } from '../../src/lib/text/bodyMarkdown';
import { allEntries, customerCase, industry, product, scope, valueProp } from './factories';

const settings = { siteUrl: 'https://hub.example/', variantRules: hubConfig };

function sample() {
  return allEntries(
    product('pulse', {
      title: 'Kestrel Pulse',
      pricingNotes: 'Floor price 9,000 per year.',
      packages: [{ name: 'Team', price: '$900 / month', includes: ['Five dashboards'] }],
      industries: [{ collection: 'industries', id: 'retail' }],
    }),
    industry('retail', { title: 'Retail' }),
    customerCase('harbor', 'retail', ['pulse'], { customer: 'Harbor & Pine', metrics: [{ label: 'Faster close', value: '2 days' }] }),
    customerCase('secret', 'retail', ['pulse'], {
      customer: 'Secret Co',
      audience: 'internal',
      anonymised: { description: 'a retailer of 40 stores', summary: 'Closes two days faster.' },
    }),
    valueProp('one-number', 'pulse', {
      title: 'One number',
      proofPoints: [
        { claim: 'Harbor & Pine closes two days faster.', case: { collection: 'cases', id: 'harbor' } },
        { claim: 'Secret Co cut costs by half.', case: { collection: 'cases', id: 'secret' } },
      ],
    }),
  );
}

function twinOf(audience: BuildAudience, collection: 'products' | 'cases' | 'value-props', id: string): string {
  const hub = buildHub(sample(), scope({ audience }));
  const entry = hub.entries[collection].find((e) => e.id === id);
  if (!entry) throw new Error(`${collection}/${id} is not in the ${audience} hub`);
  return entryTwin(hub, entry, settings);
}

describe('Markdown twins', () => {
  it('live at the page address with .md', () => {
    expect(twinPath('/cases/harbor/')).toBe('/cases/harbor.md');
    expect(twinPath('/toolkits/pulse/quick-sale/retail/')).toBe('/toolkits/pulse/quick-sale/retail.md');
  });

  it('give staff what the staff page shows: governance, deal profile, pricing notes', () => {
    const twin = twinOf('internal', 'products', 'pulse');
    expect(twin).toMatch(/^# Kestrel Pulse\n/u);
    expect(twin).toContain('Approved · Customer-facing · Owner: ');
    expect(twin).toContain('Source: https://hub.example/products/pulse/');
    expect(twin).toContain('## Deal profile');
    expect(twin).toContain('## Pricing notes (internal, do not send)\n\nFloor price 9,000 per year.');
    expect(twin).toContain('[Quick-sale toolkit](https://hub.example/toolkits/pulse/quick-sale/)');
    expect(twin).toContain('### Team: $900 / month');
  });

  it('give partners the selling facts but no owners, review dates or pricing notes', () => {
    const twin = twinOf('partner', 'products', 'pulse');
    expect(twin).toContain('## Deal profile');
    for (const absent of ['Owner:', 'Review by', 'Pricing notes', 'Floor price']) expect(twin).not.toContain(absent);
  });

  it('give customers what the customer library shows, nothing of how the company sells', () => {
    const twin = twinOf('public', 'products', 'pulse');
    expect(twin).toContain('Customer-facing');
    expect(twin).toContain('### Team: $900 / month');
    for (const absent of ['Deal profile', 'toolkit', 'Owner:', 'Pricing notes', 'Floor price']) expect(twin).not.toContain(absent);
  });

  it('show an internal case to staff with how it may be sent, and drop its proof from customer twins', () => {
    const internalCase = twinOf('internal', 'cases', 'secret');
    expect(internalCase).toContain('Internal only: do not send to customers');
    expect(internalCase).toContain('Send it only as “a retailer of 40 stores”');
    const publicProp = twinOf('public', 'value-props', 'one-number');
    expect(publicProp).toContain('Harbor & Pine closes two days faster. (case: [Harbor & Pine](https://hub.example/cases/harbor/))');
    expect(publicProp).not.toContain('Secret Co');
    expect(twinOf('internal', 'value-props', 'one-number')).not.toContain('Secret Co cut costs');
  });

  it('escape copy so an author cannot inject a link or a heading', () => {
    const hub = buildHub(
      allEntries(
        product('pulse', { title: '# [Click](javascript:alert(1))', summary: '> not a quote\n# not a heading' }),
        industry('retail'),
      ),
      scope(),
    );
    const twin = entryTwin(hub, hub.entries.products[0]!, settings);
    expect(twin).not.toContain('[Click](javascript:alert(1))');
    expect(twin).not.toMatch(/^# not a heading$/mu);
    expect(twin.split('\n')[0]).toMatch(/^# \\#/u);
  });
});

describe('bodyMarkdown', () => {
  it('turns an MDX body into plain Markdown: no imports or comments, a copy button becomes its text', () => {
    const body = [
      "import CopyButton from '@hub/components/CopyButton.astro'",
      '',
      'Lead with the audit story. {/* draft note */}',
      '',
      '<CopyButton text="Audit-ready every day." label="tagline" />',
    ].join('\n');
    expect(bodyMarkdown(body)).toBe('Lead with the audit story.\n\nAudit-ready every day.');
    expect(bodyMarkdown(undefined)).toBe('');
  });
});
