import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { BuildAudience } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { catalogDocument } from '../../src/lib/catalogApi';
import type { CatalogDocument, MessagingDocument } from '../../src/schemas/api';
import type { CatalogToolkit } from '../../mcp/library.ts';
import { boilerplate, findEntry, holdsWord, lengthFor, openLibrary, rfpAnswers, search, toolkitSelection } from '../../mcp/library.ts';
import { allEntries, customerCase, industry, persona, product, rfp, scope } from './factories';

const siteUrl = 'https://hub.example/';

function catalog(audience: BuildAudience, toolkits: CatalogToolkit[] = []): CatalogDocument {
  const hub = buildHub(
    allEntries(
      product('vault', { title: 'Kestrel Vault' }),
      product('flow', { title: 'Kestrel Flow' }),
      industry('banking', { title: 'Financial Services' }),
      persona('ciso', { title: 'Chief Information Security Officer' }),
      customerCase('austral', 'banking', ['vault'], { customer: 'Banco Austral', title: 'Banco Austral passes its audit in days' }),
      customerCase('meridian', 'banking', ['vault'], { customer: 'Meridian Mutual', title: 'Meridian Mutual audit', audience: 'internal' }),
      customerCase('draft', 'banking', ['vault'], { customer: 'Draft Bank', title: 'Draft Bank audit', status: 'draft' }),
      customerCase('ostara', 'banking', ['flow'], { customer: 'Ostara', title: 'Ostara automates orders' }),
      rfp('encryption', ['vault'], { title: 'How is data encrypted at rest?', answer: 'AES-256 at rest, TLS 1.3 in transit.' }),
      rfp('sso', ['vault'], { title: 'Do you support single sign-on?', answer: 'SAML and OIDC.' }),
    ),
    scope({ audience }),
  );
  return catalogDocument(hub, toolkits, { siteUrl, scope: hub.scope }, { siteUrl, variantRules: hubConfig });
}

const toolkit = (industryId: string | undefined, overrides: Partial<CatalogToolkit> = {}): CatalogToolkit => ({
  product: { id: 'vault', title: 'Kestrel Vault' },
  variant: 'quick-sale',
  ...(industryId ? { industry: { id: industryId, title: 'Financial Services' } } : {}),
  page: `${siteUrl}toolkits/vault/quick-sale/${industryId ? `${industryId}/` : ''}`,
  markdown: `${siteUrl}toolkits/vault/quick-sale${industryId ? `/${industryId}` : ''}.md`,
  pitches: [
    { label: 'Elevator pitch', text: 'Governance without slowing analysts.' },
    { persona: 'ciso', label: 'For the Chief Information Security Officer', text: 'Shrink the blast radius.' },
  ],
  valueProps: [
    { title: 'For everyone', page: `${siteUrl}value-props/a/`, personas: [], outcome: 'Audits in days.', proof: [] },
    { title: 'For the CFO', page: `${siteUrl}value-props/b/`, personas: ['cfo'], outcome: 'Lower cost.', proof: [] },
  ],
  objections: [],
  ...overrides,
});

describe('the MCP server’s search', () => {
  const library = openLibrary(catalog('internal'));

  it('returns only entries holding every word of the query, the title counting most', () => {
    const hits = search(library, { query: 'audit Banco' });
    expect(hits.map((h) => h.id)).toEqual(['austral']);
    expect(search(library, { query: 'audit' }).map((h) => h.id)).toEqual(['austral', 'meridian']);
    expect(search(library, { query: 'audit nonexistentword' })).toEqual([]);
  });

  it('filters by product, industry, persona and type, by title or id', () => {
    expect(search(library, { query: '', type: 'cases', product: 'kestrel-flow' }).map((h) => h.id)).toEqual(['ostara']);
    expect(search(library, { query: 'audit', industry: 'Financial Services', type: 'Customer case' }).length).toBe(2);
    expect(search(library, { query: 'audit', product: 'Kestrel Flow' })).toEqual([]);
  });

  it('marks internal results and never holds gated ones', () => {
    const meridian = search(library, { query: 'meridian' })[0];
    expect(meridian?.governance).toContain('Internal only: do not send to customers');
    expect(search(library, { query: 'draft bank' })).toEqual([]);
    expect(findEntry(library, 'cases', 'draft')).toBeUndefined();
  });

  it('has nothing internal when it reads a customer build', () => {
    const customer = openLibrary(catalog('public'));
    expect(search(customer, { query: 'meridian' })).toEqual([]);
    expect(findEntry(customer, 'cases', 'meridian')).toBeUndefined();
    // Nor status or review dates, which the customer's pages do not show either.
    expect(search(customer, { query: 'audit' }).map((h) => h.governance)).toEqual(['Approved · Customer-facing']);
  });

  it('matches word starts, and anywhere in scripts written without spaces', () => {
    expect(holdsWord('encrypted at rest', 'encrypt')).toBe(true);
    expect(holdsWord('restart the service', 'art')).toBe(false);
    expect(holdsWord('客户数据加密', '加密')).toBe(true);
  });
});

describe('the MCP server’s other tools', () => {
  it('rank RFP answers by how many of the question’s words they hold', () => {
    const answers = rfpAnswers(openLibrary(catalog('internal')), 'Is customer data encrypted at rest and in transit?');
    expect(answers[0]?.id).toBe('encryption');
    expect(answers[0]?.freshness).toBe('last reviewed 2026-10-01, current until 2027-06-30');
  });

  it('pick the industry page, the buyer’s own pitch line and what is written for that buyer or everyone', () => {
    const library = openLibrary(catalog('internal', [toolkit(undefined), toolkit('banking')]));
    const forCiso = toolkitSelection(library, {
      product: 'Kestrel Vault',
      industry: 'Financial Services',
      buyer: 'Chief Information Security Officer',
    });
    expect(forCiso?.toolkit.industry?.id).toBe('banking');
    expect(forCiso?.pitch?.text).toBe('Shrink the blast radius.');
    expect(forCiso?.valueProps.map((v) => v.title)).toEqual(['For everyone']);
    const whole = toolkitSelection(library, { product: 'vault', industry: 'Mining' });
    expect(whole?.toolkit.industry).toBeUndefined();
    expect(whole?.pitch?.text).toBe('Governance without slowing analysts.');
    expect(toolkitSelection(library, { product: 'Unknown' })).toBeUndefined();
  });

  it('return the approved boilerplate verbatim, at the nearest approved length, with a buyer’s line', () => {
    const house = (text: string, limit: number) => ({ text, words: text.split(' ').length, limit });
    const document = {
      product: { id: 'vault', title: 'Kestrel Vault', url: `${siteUrl}products/vault/` },
      page: `${siteUrl}messaging/vault/`,
      messaging: [
        {
          lang: 'en',
          governance: { status: 'approved', reviewBy: '2027-05-31', audience: 'public' },
          boilerplates: { short: house('Short copy.', 25), medium: house('Medium copy here.', 50), long: house('Long copy.', 100) },
          personaVariants: [
            { persona: { id: 'ciso', title: 'Chief Information Security Officer', url: siteUrl }, message: 'Shrink the blast radius.' },
          ],
          industryVariants: [],
        },
      ],
    } as unknown as MessagingDocument;
    expect(lengthFor(document, 50)).toBe('medium');
    expect(lengthFor(document, 30)).toBe('short');
    const found = boilerplate(document, 'medium', { persona: 'ciso' });
    expect(found?.text).toBe('Medium copy here.');
    expect(found?.variant).toEqual({ for: 'Chief Information Security Officer', message: 'Shrink the blast radius.' });
  });
});
