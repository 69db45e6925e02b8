import { describe, expect, it } from 'vitest';
import { caseEmail, caseText } from '../../src/lib/caseEmail';
import type { CustomerFacingCase } from '../../src/lib/customerCase';

const harbor: CustomerFacingCase = {
  id: 'harbor-pine',
  anonymised: false,
  customer: 'Harbor & Pine',
  title: 'Harbor & Pine closes its books two days faster',
  summary: 'Month-end close went from five days to three <and> reconciliations fell by 38%.',
  industry: { id: 'retail', title: 'Retail' },
  metrics: [
    { label: 'Month-end close', value: '5 → 3 days' },
    { label: 'Manual reconciliations', value: '−38%' },
    { label: 'Finance hires', value: '0' },
    { label: 'Dashboards retired', value: '14' },
  ],
  quote: { text: 'We stopped arguing about "the number".', attribution: 'Dana Ruiz, CFO' },
  logo: { url: 'https://library.example/_astro/logo.png', alt: 'Harbor & Pine logo' },
  url: 'https://library.example/cases/harbor-pine/',
  lang: 'en',
};

const anonymised: CustomerFacingCase = {
  ...harbor,
  id: 'marston-county',
  anonymised: true,
  customer: 'a US county of 180,000 residents',
  title: 'A US county of 180,000 residents cuts permit processing from 18 days to 7',
  summary: 'Permits now take 7 days instead of 18.',
  quote: undefined,
  logo: undefined,
  url: undefined,
};

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('copy for email', () => {
  it('writes a linked headline, the result, three metrics, the quote with attribution and the logo', () => {
    const { html } = caseEmail(harbor);
    expect(html).toContain(
      '<a href="https://library.example/cases/harbor-pine/"><strong>Harbor &amp; Pine closes its books two days faster</strong></a>',
    );
    expect(html).toContain('<p>Month-end close went from five days to three &lt;and&gt; reconciliations fell by 38%.</p>');
    expect(html).toContain('<li>Month-end close: <strong>5 → 3 days</strong></li>');
    expect(occurrences(html, '<li>')).toBe(3);
    expect(html).not.toContain('Dashboards retired');
    expect(html).toContain('“We stopped arguing about &quot;the number&quot;.”<br>— Dana Ruiz, CFO</blockquote>');
    expect(html).toContain('<img src="https://library.example/_astro/logo.png" alt="Harbor &amp; Pine logo"');
  });

  it('has a plain-text fallback with the same content', () => {
    expect(caseEmail(harbor).text).toBe(
      [
        'Harbor & Pine closes its books two days faster',
        'Month-end close went from five days to three <and> reconciliations fell by 38%.',
        '• Month-end close: 5 → 3 days',
        '• Manual reconciliations: −38%',
        '• Finance hires: 0',
        '“We stopped arguing about "the number".” — Dana Ruiz, CFO',
        'Read the case: https://library.example/cases/harbor-pine/',
      ].join('\n'),
    );
  });

  it('names the customer once, never "Harbor & Pine: Harbor & Pine closes…"', () => {
    const { html, text } = caseEmail(harbor);
    expect(occurrences(text, 'Harbor & Pine')).toBe(1);
    // In the HTML the logo's alt text describes the image; the visible text names it once.
    expect(occurrences(html.replace(/<img[^>]*>/gu, ''), 'Harbor &amp; Pine')).toBe(1);
    expect(caseText(harbor)).not.toMatch(/^Harbor & Pine: /u);
  });

  it('gives an anonymised case no link, quote or logo', () => {
    const { html, text } = caseEmail(anonymised);
    expect(html).not.toMatch(/<a |<img|<blockquote/u);
    expect(html).toContain('<strong>A US county of 180,000 residents cuts permit processing from 18 days to 7</strong>');
    expect(text).not.toContain('http');
  });

  it('marks the language of a case not written in English', () => {
    expect(caseEmail({ ...harbor, lang: 'zh-CN' }).html).toMatch(/^<div lang="zh-CN">/u);
    expect(caseEmail(harbor).html).toMatch(/^<div>/u);
  });
});

describe('copy text of a case', () => {
  it('is the headline, the result and the customer link', () => {
    expect(caseText(harbor)).toBe(
      'Harbor & Pine closes its books two days faster\nMonth-end close went from five days to three <and> reconciliations fell by 38%.\nhttps://library.example/cases/harbor-pine/',
    );
    expect(caseText(anonymised)).toBe(
      'A US county of 180,000 residents cuts permit processing from 18 days to 7\nPermits now take 7 days instead of 18.',
    );
  });
});
