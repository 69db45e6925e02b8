import { describe, expect, it } from 'vitest';
import type { CustomerFacingCase } from '../../src/lib/customerCase';
import { fillEmailTemplate, partsText } from '../../src/lib/emailTemplate';

const named: CustomerFacingCase = {
  id: 'redfern',
  anonymised: false,
  customer: 'Redfern Precision',
  title: 'Redfern Precision invoices within 24 hours',
  summary: '97% of jobs invoiced within a day.',
  industry: { id: 'manufacturing', title: 'Manufacturing' },
  metrics: [],
  quote: undefined,
  logo: undefined,
  url: 'https://library.example/cases/redfern/',
  lang: 'en',
};
const anonymised: CustomerFacingCase = {
  ...named,
  id: 'marston',
  anonymised: true,
  customer: 'a US county of 180,000 residents',
  url: undefined,
};

const template = {
  subject: 'How {similar customer} uses {product}',
  body: 'Hi {first name}, {similar customer} started with the same flow: {case link}. Shall we meet on {date}?',
};

describe('filling an email template', () => {
  it('fills the product, the best case and its link, and leaves the rep’s placeholders marked', () => {
    const email = fillEmailTemplate(template, { product: 'Kestrel Flow', case: named });
    expect(email.text).toBe(
      'Subject: How Redfern Precision uses Kestrel Flow\n\nHi {first name}, Redfern Precision started with the same flow: https://library.example/cases/redfern/. Shall we meet on {date}?',
    );
    expect(email.repPlaceholders).toEqual(['first name', 'date']);
    expect(email.body).toContainEqual({ placeholder: 'first name' });
    expect(email.case).toBe(named);
  });

  it('capitalises a description that opens a sentence, and keeps {case link} for an anonymised case', () => {
    const email = fillEmailTemplate(template, { product: 'Kestrel Flow', case: anonymised });
    expect(partsText(email.body)).toBe(
      'Hi {first name}, a US county of 180,000 residents started with the same flow: {case link}. Shall we meet on {date}?',
    );
    const opening = fillEmailTemplate({ subject: 'x', body: 'Thanks. {similar customer} did it.' }, { product: 'P', case: anonymised });
    expect(partsText(opening.body)).toBe('Thanks. A US county of 180,000 residents did it.');
    expect(email.repPlaceholders).toEqual(['first name', 'case link', 'date']);
  });

  it('leaves case placeholders for the rep when no case may be sent', () => {
    const email = fillEmailTemplate(template, { product: 'Kestrel Flow' });
    expect(email.text).toContain('Hi {first name}, {similar customer} started with the same flow: {case link}.');
    expect(email.case).toBeUndefined();
  });

  it('cites no case when the template asks for none', () => {
    const email = fillEmailTemplate(
      { subject: 'Trial', body: 'Hi {first name}, your {product} trial is ready.' },
      { product: 'Kestrel Pulse', case: named },
    );
    expect(email.text).toBe('Subject: Trial\n\nHi {first name}, your Kestrel Pulse trial is ready.');
    expect(email.case).toBeUndefined();
  });
});
