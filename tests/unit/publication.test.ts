import { describe, expect, it } from 'vitest';
import { buildHub } from '../../src/lib/hub';
import type { BuildAudience } from '../../src/lib/gating';
import { homeRoles, kitPagePath, listingLinks, publicationFor, publishedPath, siteNavigation } from '../../src/lib/publication';
import { collectionLabels } from '../../src/lib/entries';
import { allEntries, industry, product, ref, scope } from './factories';

const hrefs = (links: { href: string }[]) => links.map((l) => l.href);

describe('what each build publishes', () => {
  it('gives the customer’s library only what a customer reads, and no rep or marketing sections', () => {
    const library = publicationFor('public');
    expect(library.collections).toEqual(['products', 'value-props', 'solutions', 'cases', 'rfp']);
    expect(library.sections).toEqual({ toolkits: false, messaging: false, kits: false, training: false, health: false, editor: false });
  });

  it('gives partners every collection and the toolkits, messaging and kits, but not content health', () => {
    const partner = publicationFor('partner');
    expect(partner.collections).toContain('objections');
    expect(partner.sections).toEqual({ toolkits: true, messaging: true, kits: true, training: true, health: false, editor: false });
    expect(publicationFor('internal').sections.health).toBe(true);
    expect(publicationFor('internal').sections.editor).toBe(true);
  });

  it('links an entry only where its page exists in the build', () => {
    const retail = industry('retail');
    const pulse = product('pulse');
    expect(publishedPath(publicationFor('internal'), retail)).toBe('/industries/retail/');
    expect(publishedPath(publicationFor('public'), retail)).toBeUndefined();
    expect(publishedPath(publicationFor('public'), pulse)).toBe('/products/pulse/');
    const messaging = { collection: 'messaging' as const, id: 'pulse-en', data: { product: ref('products', 'pulse') } };
    expect(publishedPath(publicationFor('partner'), messaging)).toBe('/messaging/pulse/');
    expect(publishedPath(publicationFor('public'), messaging)).toBeUndefined();
    expect(kitPagePath(publicationFor('partner'), 'close-faster')).toBe('/kits/close-faster/');
    expect(kitPagePath(publicationFor('public'), 'close-faster')).toBeUndefined();
  });

  it.each<[BuildAudience, string[]]>([
    ['internal', ['/toolkits/', '/messaging/', '/kits/', '/training/', '/library/', '/health/']],
    ['partner', ['/toolkits/', '/messaging/', '/kits/', '/training/', '/library/']],
    ['public', ['/products/', '/solutions/', '/cases/', '/library/']],
  ])('navigates the %s build by the sections it has', (audience, expected) => {
    expect(hrefs(siteNavigation(publicationFor(audience)))).toEqual(expected);
  });

  it('lists the listings and start-here cards a build has, nothing it lacks', () => {
    expect(hrefs(listingLinks(publicationFor('public'), collectionLabels))).toEqual([
      '/products/',
      '/value-props/',
      '/solutions/',
      '/cases/',
      '/rfp/',
    ]);
    expect(homeRoles(publicationFor('public'))).toEqual([]);
    expect(homeRoles(publicationFor('partner')).map((r) => r.role)).toEqual(['Sales', 'Marketing']);
    expect(homeRoles(publicationFor('internal')).flatMap((r) => hrefs(r.links))).toContain('/health/');
    expect(homeRoles(publicationFor('partner')).flatMap((r) => hrefs(r.links))).toContain('/training/');
  });
});

describe('the gated hub of a build', () => {
  const entries = () => allEntries(product('pulse', { pricingNotes: 'Floor is $840 per month.' }));

  it('keeps pricing notes for the company’s own build only', () => {
    expect(buildHub(entries(), scope({ audience: 'internal' })).entries.products[0]?.data.pricingNotes).toBe('Floor is $840 per month.');
    for (const audience of ['partner', 'public'] as const) {
      const hub = buildHub(entries(), scope({ audience }));
      expect(hub.entries.products[0]?.data.pricingNotes, audience).toBeUndefined();
      expect(hub.get(ref('products', 'pulse'))?.data.pricingNotes, audience).toBeUndefined();
      expect(JSON.stringify(hub.entries), audience).not.toContain('$840');
    }
  });

  it('gives every page its path in this build', () => {
    const all = allEntries(product('pulse'), industry('retail'));
    const library = buildHub(all, scope({ audience: 'public' }));
    const retail = library.entries.industries[0];
    if (!retail) throw new Error('the industry is not visible');
    expect(library.pagePath(retail)).toBeUndefined();
    expect(buildHub(all, scope({ audience: 'partner' })).pagePath(retail)).toBe('/industries/retail/');
  });
});

describe('feedback into the company’s tracker', () => {
  it('is offered in the company’s own build and in previews, never to partners or customers', () => {
    const all = allEntries(product('pulse'));
    const options = { feedbackUrl: 'https://git.example/hub/issues/new' };
    expect(buildHub(all, scope({ audience: 'internal' }), options).feedbackUrl).toBe(options.feedbackUrl);
    expect(buildHub(all, scope({ audience: 'partner', mode: 'preview' }), options).feedbackUrl).toBe(options.feedbackUrl);
    expect(buildHub(all, scope({ audience: 'partner' }), options).feedbackUrl).toBeUndefined();
    expect(buildHub(all, scope({ audience: 'public' }), options).feedbackUrl).toBeUndefined();
  });
});

describe('the name of each build', () => {
  it.each<[BuildAudience, string, string]>([
    ['internal', 'staff', 'GTM Hub'],
    ['partner', 'partner', 'Partner hub'],
    ['public', 'customer', 'Customer library'],
  ])('calls the %s build by whom it serves', (audience, reader, name) => {
    expect(publicationFor(audience)).toMatchObject({ reader, name });
  });
});
