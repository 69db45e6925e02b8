/**
 * The one-pager a rep attaches to an email: one product, optionally for one industry, on one
 * printed page. This decides what goes on it; a writer (onePagerPdf) only lays it out. Only what a
 * customer may read qualifies: approved, current, customer-facing entries in the one-pager's
 * language, internal cases only in their approved anonymised form, and proof that names no
 * internal customer.
 */
import type { CustomerFacingCase } from '../customerCase';
import type { Entry, Industry, Product, ValueProp } from '../entries';
import type { Governance } from '../gating';
import { isCustomerReady } from '../gating';
import type { ToolkitContext } from './items';
import type { ProductContent } from './productContent';
import type { Targeting } from './relevance';
import { arrange, withRanks } from './relevance';

/** How to reach the company: the call to action every one-pager closes with. */
export interface CustomerContact {
  /** What the reader should do next, e.g. "Book a 30-minute walkthrough". */
  callToAction: string;
  url: string;
  email: string;
}

export interface OnePagerBenefit {
  title: string;
  outcome: string;
  /** One customer-facing proof point, so every claim on the page has its evidence. */
  proof: string | undefined;
}

export interface OnePagerCustomer {
  customer: string;
  industry: string;
  title: string;
  metrics: { label: string; value: string }[];
  quote: { text: string; attribution: string } | undefined;
}

export interface OnePagerPlan {
  name: string;
  price: string;
  includes: string[];
}

export interface OnePager {
  /** The language every text on the page is written in. */
  lang: string;
  company: string;
  product: { id: string; title: string };
  industry: { id: string; title: string } | undefined;
  /** The document's title, e.g. "Kestrel Flow for Healthcare". */
  title: string;
  /** The tagline, set large. */
  headline: string;
  /** The line written for the industry, when the messaging has one. */
  industryLine: string | undefined;
  /** What the product is, in approved words (the 50-word boilerplate). */
  lead: string;
  benefits: { heading: string; items: OnePagerBenefit[] };
  customers: { heading: string; items: OnePagerCustomer[] };
  plans: { heading: string; items: OnePagerPlan[] };
  contact: CustomerContact;
}

/**
 * What one page holds. Each block the writer draws is also clamped to a few lines, so together
 * these keep any product, however much is written about it, on one A4 or US Letter page.
 */
export const onePagerLimits = { benefits: 3, customers: 2, metricsPerCustomer: 3, plans: 3, includesPerPlan: 3 } as const;

function customerReady(ctx: ToolkitContext, entry: Entry, lang: string): boolean {
  const data = entry.data as Governance & { lang: string };
  return data.lang === lang && isCustomerReady(data, ctx.hub.scope);
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

/** The first proof point a customer may read: a sourced figure, or a claim from a customer-facing case. */
function customerProof(ctx: ToolkitContext, vp: ValueProp, lang: string): string | undefined {
  return vp.data.proofPoints.find((point) => {
    if (!point.case) return (point.source ?? '').trim().length > 0;
    const cited = ctx.hub.get(point.case);
    return cited !== undefined && customerReady(ctx, cited, lang);
  })?.claim;
}

function benefit(ctx: ToolkitContext, vp: ValueProp, lang: string): (OnePagerBenefit & { targeting: Targeting }) | undefined {
  const proof = customerProof(ctx, vp, lang);
  // A value proposition whose only proof cannot be shown is an unproven claim on this page.
  if (proof === undefined) return undefined;
  return { title: vp.data.title, outcome: vp.data.outcome, proof, targeting: { industries: ids(vp.data.industries), personas: [] } };
}

/** A case as a customer may read it: named, or in its approved anonymised form (hub.customerCase). */
function customer(sent: CustomerFacingCase): OnePagerCustomer & { targeting: Targeting } {
  return {
    customer: sent.customer,
    industry: sent.industry.title,
    title: sent.title,
    metrics: sent.metrics.slice(0, onePagerLimits.metricsPerCustomer),
    quote: sent.quote,
    targeting: { industries: [sent.industry.id], personas: [] },
  };
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;
const withoutTargeting = <T extends { targeting: Targeting; rank: number }>({ targeting: _t, rank: _r, ...rest }: T) => rest;

/** The one-pager of a product, or of a product for one of the industries it is sold to. */
export function onePager(
  ctx: ToolkitContext,
  content: ProductContent,
  contact: CustomerContact,
  company: string,
  industry?: Industry,
): OnePager {
  const { product, messaging } = content;
  const lang = product.data.lang;
  const approvedMessaging = messaging && customerReady(ctx, messaging, lang) ? messaging.data : undefined;
  const filter = { industry: industry?.id };

  const benefits = withRanks(
    content.valueProps
      .filter((vp) => customerReady(ctx, vp, lang))
      .sort((a, b) => a.data.priority - b.data.priority)
      .map((vp) => benefit(ctx, vp, lang))
      .filter(isDefined),
  );
  const sendable = content.cases
    .map((c) => ctx.hub.customerCase(c))
    .filter((c): c is CustomerFacingCase => c !== undefined && c.lang === lang);
  // Named customers persuade more than anonymised ones; both come before another industry's.
  const cases = withRanks([...sendable.filter((c) => !c.anonymised), ...sendable.filter((c) => c.anonymised)].map(customer));
  // The customer's own industry first; another industry's result is better proof than none.
  const shownCases = arrange(cases, filter, { limit: onePagerLimits.customers, keepOthers: true }).shown;
  const sameIndustry =
    industry !== undefined && shownCases.length > 0 && shownCases.every((c) => c.targeting.industries.includes(industry.id));

  const industryTitle = industry?.data.title;
  return {
    lang,
    company,
    product: { id: product.id, title: product.data.title },
    industry: industry && { id: industry.id, title: industry.data.title },
    title: industryTitle ? `${product.data.title} for ${industryTitle}` : product.data.title,
    headline: approvedMessaging?.tagline ?? product.data.summary,
    industryLine: industry && approvedMessaging?.industryVariants.find((v) => v.industry.id === industry.id)?.message,
    lead: approvedMessaging?.boilerplates.medium ?? product.data.summary,
    benefits: {
      heading: industryTitle ? `What changes for ${industryTitle.toLowerCase()} teams` : 'What changes for you',
      // Benefits written for the industry lead; the product's strongest others fill the row.
      items: arrange(benefits, filter, { limit: onePagerLimits.benefits, keepOthers: true }).shown.map(withoutTargeting),
    },
    customers: {
      heading: sameIndustry ? `${industryTitle} customers like you` : 'Results our customers see',
      items: shownCases.map(withoutTargeting),
    },
    plans: {
      heading: 'Plans',
      items: product.data.packages.slice(0, onePagerLimits.plans).map((p) => ({
        name: p.name,
        price: p.price,
        includes: p.includes.slice(0, onePagerLimits.includesPerPlan),
      })),
    },
    contact,
  };
}

/** Every one-pager a product has: its own, and one per industry it is sold to. */
export function onePagersOf(product: Product, industries: readonly Industry[]): { product: Product; industry: Industry | undefined }[] {
  return [undefined, ...industries].map((industry) => ({ product, industry }));
}

export const paperSizes = ['a4', 'letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** Where a one-pager downloads from: A4 as the default file, US Letter beside it. */
export function onePagerPath(productId: string, industryId: string | undefined, paper: PaperSize): string {
  const file = paper === 'a4' ? 'one-pager.pdf' : 'one-pager-letter.pdf';
  return `/toolkits/${productId}/${industryId ? `${industryId}/` : ''}${file}`;
}

/** The file name a rep's attachment gets: "kestrel-flow-healthcare-one-pager.pdf". */
export function onePagerFileName(productId: string, industryId: string | undefined, paper: PaperSize): string {
  return `${[productId, industryId].filter(Boolean).join('-')}-one-pager${paper === 'letter' ? '-letter' : ''}.pdf`;
}
