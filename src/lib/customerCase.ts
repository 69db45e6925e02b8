/**
 * A customer case as it may leave the company: under the customer's name when the case is
 * customer-facing, in its approved anonymised form when it is internal, or not at all. Every
 * customer-facing action (copy, copy for email, copy link, proposal, one-pager, kit) reads this
 * view, so the real name, title and address of an internal case cannot reach a customer.
 */
import type { CustomerCase } from './entries';
import type { BuildScope } from './gating';
import { isCustomerFacing, isPublishable } from './gating';
import { customerPageUrl } from './customerLinks';
import type { AudienceFilter } from './toolkits/relevance';

export interface CustomerFacingCase {
  id: string;
  /** Sent in the approved anonymised form: no name, logo, quote or link. */
  anonymised: boolean;
  /** The customer's name, or the approved description ("a US county of 180,000 residents"). */
  customer: string;
  /** The headline with the result. */
  title: string;
  /** The headline result: the case's results, or the anonymised summary. */
  summary: string;
  industry: { id: string; title: string };
  metrics: { label: string; value: string }[];
  quote: { text: string; attribution: string } | undefined;
  /** Absolute address of the customer's logo on the public site, where the customer allows it. */
  logo: { url: string; alt: string } | undefined;
  /** Where the customer reads the case on the public site. */
  url: string | undefined;
  lang: string;
}

/** "a US county" → "A US county", for a description that opens a sentence. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function mentions(text: string, name: string): boolean {
  return new RegExp(escapeRegExp(name), 'iu').test(text);
}

type AnonymisedSource = Pick<CustomerCase['data'], 'title' | 'customer' | 'metrics' | 'anonymised'>;

/** The anonymised headline: written out, or the title with the name replaced by the description. */
export function anonymisedHeadline(data: AnonymisedSource): string | undefined {
  const form = data.anonymised;
  if (!form) return undefined;
  if (form.headline) return form.headline;
  return data.title.replace(new RegExp(escapeRegExp(data.customer), 'giu'), (_, offset: number) =>
    offset === 0 ? sentenceCase(form.description) : form.description,
  );
}

/**
 * What is wrong with an internal case's anonymised form: any text it sends that still names the
 * customer. Reported by the schema, so such a case fails the build naming the field.
 */
export function anonymisedFormProblems(data: AnonymisedSource): { path: (string | number)[]; message: string }[] {
  const form = data.anonymised;
  if (!form) return [];
  const named = (what: string) =>
    `${what} names the customer "${data.customer}", which the anonymised form must not; describe it as in \`anonymised.description\``;
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (mentions(form.description, data.customer)) problems.push({ path: ['anonymised', 'description'], message: named('the description') });
  if (mentions(form.summary, data.customer)) problems.push({ path: ['anonymised', 'summary'], message: named('the summary') });
  if (form.headline !== undefined && mentions(form.headline, data.customer)) {
    problems.push({ path: ['anonymised', 'headline'], message: named('the headline') });
  }
  if (form.headline === undefined && !mentions(data.title, data.customer)) {
    problems.push({
      path: ['anonymised', 'headline'],
      message: `is missing: the title does not contain "${data.customer}" to replace, so write the headline without the name`,
    });
  }
  data.metrics.forEach((metric, i) => {
    if (mentions(`${metric.label} ${metric.value}`, data.customer)) problems.push({ path: ['metrics', i], message: named('this metric') });
  });
  return problems;
}

export interface CustomerCaseContext {
  scope: Pick<BuildScope, 'mode' | 'today'>;
  publicSiteUrl: string | URL;
  industryTitle: string;
}

/**
 * The case as a customer may receive it, or undefined when it may not be sent. Customer-facing
 * cases go under their name, with quote, logo and link. An internal case goes only in its
 * anonymised form, and only when it is approved and current (a preview shows it anyway).
 */
export function customerFacingCase(entry: CustomerCase, context: CustomerCaseContext): CustomerFacingCase | undefined {
  const d = entry.data;
  const industry = { id: d.industry.id, title: context.industryTitle };
  if (isCustomerFacing(d, context.scope)) {
    return {
      id: entry.id,
      anonymised: false,
      customer: d.customer,
      title: d.title,
      summary: d.results,
      industry,
      metrics: d.metrics,
      quote: d.quote && {
        text: d.quote.text,
        // The headline names the customer already; the attribution says it only when it does not.
        attribution: [d.quote.author, d.quote.role, ...(mentions(d.title, d.customer) ? [] : [d.customer])].join(', '),
      },
      logo: { url: new URL(d.logo.src.src, context.publicSiteUrl).href, alt: d.logo.alt },
      url: customerPageUrl(entry, context.scope, context.publicSiteUrl),
      lang: d.lang,
    };
  }
  const ready = context.scope.mode === 'preview' || isPublishable(d, { audience: 'internal', today: context.scope.today });
  if (!d.anonymised || d.audience !== 'internal' || !ready) return undefined;
  return {
    id: entry.id,
    anonymised: true,
    customer: d.anonymised.description,
    title: anonymisedHeadline(d) ?? d.anonymised.description,
    summary: d.anonymised.summary,
    industry,
    metrics: d.metrics,
    // A named person's quote, a logo or a link would give the customer away.
    quote: undefined,
    logo: undefined,
    url: undefined,
    lang: d.lang,
  };
}

/**
 * The case to send for a choice of industry: a named case from that industry before an anonymised
 * one, or undefined when the industry has none (the caller says so, or falls back to
 * `bestCustomerCase(cases)`). Among equals, one in the toolkit's language (`lang`), then one with
 * a quote to show, then the most metrics, then the order given (the toolkit's). With no industry
 * chosen, every case competes. The buyer is not a criterion, since cases name none. The toolkits'
 * "Ready to send" block and their email templates both choose with this, so they cite one case.
 */
export function bestCustomerCase(
  cases: readonly CustomerFacingCase[],
  filter: AudienceFilter = {},
  lang?: string,
): CustomerFacingCase | undefined {
  const candidates = filter.industry === undefined ? cases : cases.filter((c) => c.industry.id === filter.industry);
  const worse = (c: CustomerFacingCase) => [
    Number(c.anonymised),
    Number(lang !== undefined && c.lang !== lang),
    Number(c.quote === undefined),
    -c.metrics.length,
  ];
  return candidates
    .map((c, order) => ({ c, key: [...worse(c), order] }))
    .sort((a, b) => a.key.reduce((diff, value, i) => diff || value - (b.key[i] ?? 0), 0))[0]?.c;
}
