import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { buildHub } from '../../src/lib/hub';
import { llmsFullIndex, llmsFullText, llmsSectionLimit, llmsTxt } from '../../src/lib/llmsTxt';
import { allEntries, customerCase, industry, objection, product, scope } from './factories';

const settings = { company: 'Kestrel Data', siteUrl: 'https://hub.example/', variantRules: hubConfig };

function sample(extraCases = 0) {
  return allEntries(
    product('pulse', { title: 'Kestrel Pulse' }),
    industry('retail', { title: 'Retail' }),
    customerCase('harbor', 'retail', ['pulse'], { title: 'Harbor closes two days faster' }),
    customerCase('secret', 'retail', ['pulse'], { title: 'Secret Co cuts costs', audience: 'internal' }),
    objection('too-expensive', ['pulse'], { title: 'It costs too much' }),
    ...Array.from({ length: extraCases }, (_, i) => customerCase(`case-${i}`, 'retail', ['pulse'], { title: `Case ${i}` })),
  );
}

describe('llms.txt', () => {
  it('follows the convention: a title, a summary quote, then sections of absolute links (Markdown twins where a page has one) with one line each', () => {
    const text = llmsTxt(buildHub(sample(), scope({ audience: 'internal' })), settings);
    expect(text).toMatch(/^# Kestrel Data: GTM Hub\n\n> Approved, current /u);
    expect(text).toContain('## Sales toolkits\n\n- [Kestrel Pulse quick-sale toolkit](https://hub.example/toolkits/pulse/quick-sale.md)');
    expect(text).toContain('- [Kestrel Pulse messaging](https://hub.example/messaging/pulse/)');
    expect(text).toContain('## Customer cases\n\n- [Harbor closes two days faster](https://hub.example/cases/harbor.md)');
    expect(text).toContain('## Objections');
    for (const item of text.split('\n').filter((l) => l.startsWith('- ')))
      expect(item).toMatch(/^- \[[^\]\n]+\]\(https:\/\/hub\.example\/[^)\s]*\)(?:: .+)?$/u);
  });

  it('lists only what the build publishes: the customer library has no toolkits, objections or internal cases', () => {
    const text = llmsTxt(buildHub(sample(), scope({ audience: 'public' })), settings);
    expect(text).toMatch(/^# Kestrel Data: Customer library/u);
    expect(text).toContain('Harbor closes two days faster');
    for (const absent of ['Secret Co', 'toolkit', 'messaging', 'It costs too much', '## Objections']) expect(text).not.toContain(absent);
  });

  it('bounds each section and points to the full listing', () => {
    const text = llmsTxt(buildHub(sample(llmsSectionLimit + 20), scope({ audience: 'public' })), settings);
    const cases = text.split('## Customer cases')[1]?.split('\n## ')[0] ?? '';
    expect(cases.split('\n').filter((l) => l.startsWith('- ')).length).toBe(llmsSectionLimit + 1);
    expect(cases).toContain(`- [All ${llmsSectionLimit + 21} customer cases](https://hub.example/cases/)`);
  });
});

describe('llms-full.txt', () => {
  it('holds each entry’s approved text with the page to cite and whom it is for, and only what the build publishes', () => {
    const entries = sample();
    const harbor = entries.cases.find((c) => c.id === 'harbor');
    if (!harbor) throw new Error('no sample case');
    Object.assign(harbor, { body: 'Forty stores reported revenue in spreadsheets.' });
    const internal = llmsFullText(buildHub(entries, scope({ audience: 'internal' })), 'cases', settings);
    expect(internal).toContain('## Harbor closes two days faster\n\nSource: https://hub.example/cases/harbor/\nAudience: customer-facing.');
    expect(internal).toContain('Forty stores reported revenue in spreadsheets.');
    expect(internal).toMatch(
      /## Secret Co cuts costs\n\nSource: https:\/\/hub\.example\/cases\/secret\/\nAudience: internal only\. Do not send to customers\./u,
    );
    const customer = llmsFullText(buildHub(entries, scope({ audience: 'public' })), 'cases', settings);
    expect(customer).toContain('Harbor closes two days faster');
    expect(customer).not.toContain('Secret Co');
  });

  it('is split into one file per kind of content, listed in an index with how many entries each holds', () => {
    const index = llmsFullIndex(buildHub(sample(), scope({ audience: 'public' })), settings);
    expect(index).toContain('- [Customer cases](https://hub.example/llms-full/cases.txt): 1 entry');
    expect(index).toContain('- [Products](https://hub.example/llms-full/products.txt): 1 entry');
    expect(index).not.toContain('objections');
    expect(llmsTxt(buildHub(sample(), scope({ audience: 'public' })), settings)).toContain(
      '## Optional\n\n- [Full text](https://hub.example/llms-full.txt)',
    );
  });
});
