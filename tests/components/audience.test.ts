/**
 * The audience lives in the model: the hub built for partners or customers already lacks what they
 * may not see, so any component rendered with it shows nothing internal, whatever it forgets to check.
 * Every entry component, the toolkits and the messaging house are rendered with the partner and the
 * public hub (the page chrome, chips, related lists, governance bars and copy buttons with them), and
 * the output is searched for each internal value of the content they were built from.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildAudience } from '../../src/lib/gating';
import type { DetailCollection, Entry } from '../../src/lib/entries';
import type { Hub } from '../../src/lib/hub';
import { buildHub } from '../../src/lib/hub';
import { messagingHousesFor } from '../../src/lib/messaging';
import { highTicketToolkitFor, quickSaleToolkitFor } from '../../src/lib/toolkits/catalog';
import {
  allEntries,
  campaign,
  competitor,
  customerCase,
  industry,
  messaging,
  objection,
  persona,
  product,
  ref,
  rfp,
  scope,
  solution,
  valueProp,
} from '../unit/factories';

const hubs = vi.hoisted((): { current: unknown } => ({ current: undefined }));
vi.mock('../../src/data/hub', () => ({ getHub: () => Promise.resolve(hubs.current) }));

const owner = 'owner.marker@kestrel.example';
const internal = { audience: 'internal' as const };
const retail = [ref('industries', 'retail')];

/** Every collection, each with a customer-facing entry and an internal one whose words must not leak. */
function content() {
  return allEntries(
    product('pulse', {
      title: 'Kestrel Pulse',
      owner,
      pricingNotes: 'Pricing-marker floor of 9,000.',
      industries: retail,
      personas: [ref('personas', 'cfo')],
      deal: { contractValue: 400_000, currency: 'USD', cycleDays: 180, tenders: true },
      packages: [{ name: 'Team', price: '$900 / month', includes: ['Five dashboards'] }],
    }),
    industry('retail', { title: 'Retail', owner }),
    persona('cfo', { title: 'Chief Financial Officer', owner }),
    persona('secret-buyer', { title: 'Internal-marker buyer', owner, ...internal }),
    valueProp('one-number', 'pulse', {
      title: 'One number',
      owner,
      proofPoints: [
        { claim: 'Harbor closes two days faster.', case: ref('cases', 'harbor') },
        { claim: 'Internal-marker claim of the hidden customer.', case: ref('cases', 'hidden') },
      ],
    }),
    valueProp('secret-vp', 'pulse', { title: 'Internal-marker value proposition', owner, ...internal }),
    solution('close', ['pulse'], { title: 'Close faster', owner, industries: retail, valueProps: [ref('value-props', 'one-number')] }),
    customerCase('harbor', 'retail', ['pulse'], { customer: 'Harbor & Pine', owner, solutions: [ref('solutions', 'close')] }),
    customerCase('hidden', 'retail', ['pulse'], {
      customer: 'Internal-marker Customer',
      title: 'Internal-marker case',
      owner,
      ...internal,
      anonymised: { description: 'a retailer of 40 stores', summary: 'Closes two days faster.' },
    }),
    competitor('rival', ['pulse'], { title: 'Rival BI', owner }),
    objection('price', ['pulse'], { title: 'It costs too much', owner, proof: [ref('cases', 'harbor'), ref('cases', 'hidden')] }),
    objection('secret-objection', ['pulse'], { title: 'Internal-marker objection', owner, ...internal }),
    messaging('pulse-messaging', 'pulse', { owner }),
    rfp('encryption', ['pulse'], { title: 'How is data encrypted?', owner }),
    rfp('secret-rfp', ['pulse'], { title: 'Internal-marker answer', owner, ...internal }),
    campaign('audit', ['pulse'], { title: 'Audit-ready', owner }),
  );
}

/** Words that only the company's own staff may read. */
const internalValues = ['Internal-marker', 'Pricing-marker', owner, 'Owner', 'Review by', 'Edit source', 'Internal, do not send'];

const detailComponents: Record<DetailCollection, string> = {
  products: 'ProductDetail',
  industries: 'IndustryDetail',
  personas: 'PersonaDetail',
  'value-props': 'ValuePropDetail',
  solutions: 'SolutionDetail',
  cases: 'CaseDetail',
  competitors: 'CompetitorDetail',
  objections: 'ObjectionDetail',
  rfp: 'RfpDetail',
  campaigns: 'CampaignDetail',
};

type AstroComponent = Parameters<AstroContainer['renderToString']>[0];
const components = import.meta.glob<{ default: AstroComponent }>('../../src/components/**/*.astro');

async function render(component: string, props: Record<string, unknown>): Promise<string> {
  const load = components[`../../src/components/${component}.astro`];
  if (!load) throw new Error(`no component ${component}`);
  const { default: Component } = await load();
  const container = await AstroContainer.create();
  return container.renderToString(Component, { props });
}

const leaks = (html: string) => internalValues.filter((value) => html.includes(value));

describe.each<BuildAudience>(['partner', 'public'])('components rendered with the %s hub', (audience) => {
  let hub: Hub;
  beforeAll(() => {
    hub = buildHub(content(), scope({ audience }));
    hubs.current = hub;
  });

  it('hold no internal entry and no pricing note in the model itself', () => {
    const all = Object.values(hub.entries).flat() as Entry[];
    expect(all.length).toBeGreaterThan(8);
    expect(all.filter((e) => (e.data as { audience: string }).audience === 'internal').map((e) => e.id)).toEqual([]);
    expect(hub.entries.products.map((p) => (p.data as { pricingNotes?: string }).pricingNotes)).toEqual([undefined]);
  });

  it('render every entry page of the build without an internal value', async () => {
    const { entryView } = await import('../../src/data/entryView');
    const rendered: string[] = [];
    for (const collection of hub.publication.collections) {
      for (const entry of hub.entries[collection] as Entry[]) {
        const html = await render(`entries/${detailComponents[collection]}`, { entry, hub, view: entryView(hub, entry) });
        expect(html, `${collection}/${entry.id}`).toContain('<h1');
        expect(leaks(html), `${collection}/${entry.id}`).toEqual([]);
        rendered.push(collection);
      }
    }
    expect(new Set(rendered).size).toBe(hub.publication.collections.length);
  });

  if (audience === 'partner') {
    it('render the toolkits and the messaging house without an internal value', async () => {
      const [pulse] = hub.entries.products;
      if (!pulse) throw new Error('no product');
      const ctx = { hub, settings: hubConfig };
      const { entryGovernance } = await import('../../src/data/entryView');
      const outputs = [
        await render('toolkits/QuickSaleToolkit', { toolkit: quickSaleToolkitFor(ctx, pulse), industry: 'retail' }),
        await render('toolkits/HighTicketModules', {
          toolkit: highTicketToolkitFor(ctx, pulse),
          proposalHref: '/toolkits/pulse/high-ticket/proposal/',
        }),
        ...(await Promise.all(
          messagingHousesFor(hub, pulse, hubConfig.boilerplateWordLimits).map((house) =>
            render('messaging/MessagingHouse', { house, governance: entryGovernance(hub, house.entry) }),
          ),
        )),
      ];
      expect(outputs.join('')).toContain('Harbor &amp; Pine');
      for (const html of outputs) expect(leaks(html)).toEqual([]);
    });
  }
});

describe('the same components rendered with the company’s own hub', () => {
  it('do show internal values, so the checks above can fail', async () => {
    const hub = buildHub(content(), scope({ audience: 'internal' }));
    hubs.current = hub;
    const { entryView } = await import('../../src/data/entryView');
    const product = hub.entries.products[0];
    const hidden = hub.entries.cases.find((c) => c.id === 'hidden');
    if (!product || !hidden) throw new Error('sample missing');
    expect(leaks(await render('entries/ProductDetail', { entry: product, hub, view: entryView(hub, product) }))).toContain(
      'Pricing-marker',
    );
    expect(leaks(await render('entries/CaseDetail', { entry: hidden, hub, view: entryView(hub, hidden) }))).toContain('Internal-marker');
  });
});
