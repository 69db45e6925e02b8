import type { EmailCopy } from '../caseEmail';
import type { Entry, EntryRef } from '../entries';
import { collectionLabels, walkRefs } from '../entries';
import type { Audience, LifecycleStatus } from '../gating';
import type { SearchFacet } from './query';
import type { ToolkitVariant } from '../toolkitVariant';

/**
 * What a page tells the search index about itself: facets to filter on and meta for the result card.
 *
 * A page opts in to search by passing a record to BaseLayout's `search` prop; BaseLayout then marks
 * its `<main>` as the indexed region (`data-pagefind-body`) and SearchFacets writes the record into
 * it. Pages without a record (listings, tools, the home page) are left out of the index entirely.
 * Entry pages get theirs from `searchRecordFor`; composed pages (sales toolkits, marketing kits)
 * build one with `searchRecord`, e.g.
 * `searchRecord({ type: 'Sales toolkit', products: ['Kestrel Pulse'], variant: 'quick-sale', … })`.
 * Only content a build may show is rendered at all, so only that content reaches the index.
 */
export interface SearchRecord {
  /** Facet values exactly as the chips show them (e.g. "Retail", "Quick-sale"). */
  filters: Partial<Record<SearchFacet, string[]>>;
  /** Shown on the result card without loading the page; the title comes from the page's h1. */
  meta: SearchMeta;
}

export interface SearchMeta {
  type: string;
  /** "Approved" in every published staff build; previews show the real state; customers never see it. */
  status?: string;
  /** YYYY-MM-DD: staff see at a glance how long the content stays current; customers never see it. */
  reviewBy?: string;
  /** Names of the products the page is about, comma-separated. */
  product?: string;
  /** `public` or `internal`: every result card says whether it may be sent. */
  audience: Audience;
  /** "Copy for email" of a case as a customer may receive it, as JSON ({@link SearchEmail}). */
  email?: string;
}

/** What a case's search result copies for email: its customer-facing form only. */
export interface SearchEmail extends EmailCopy {
  anonymised: boolean;
}

type SolutionKind = Entry<'solutions'>['data']['kind'];

const solutionKindLabels: Record<SolutionKind, string> = {
  industry: 'By industry',
  scenario: 'By scenario',
  function: 'By job function',
};

const variantLabels: Record<ToolkitVariant, string> = {
  'quick-sale': 'Quick-sale',
  'high-ticket': 'High-ticket',
};

const audienceLabels: Record<Audience, string> = {
  public: 'Customer-facing',
  internal: 'Internal only',
};

const statusLabels: Record<LifecycleStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  retired: 'Retired',
};

/** Everything a page may say about itself; names are display names of the entries it is about. */
export interface SearchRecordFields {
  /** The content type, as a reader names it: "Customer case", "Sales toolkit", "Marketing kit". */
  type: string;
  products?: readonly string[];
  industries?: readonly string[];
  personas?: readonly string[];
  solutionKind?: SolutionKind;
  variant?: ToolkitVariant;
  /** An RFP answer's category, so a tender team can narrow to security or compliance answers. */
  rfpCategory?: string;
  audience: Audience;
  status: LifecycleStatus;
  reviewBy: Date;
  /** A case's customer-facing email copy, so its search result can copy it. */
  email?: SearchEmail | undefined;
}

function unique(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort((a, b) => a.localeCompare(b, 'en'));
}

/** Builds the record for any page; empty facets are left out so they never show as chips. */
export function searchRecord(fields: SearchRecordFields): SearchRecord {
  const products = unique(fields.products ?? []);
  const filters: SearchRecord['filters'] = {
    type: [fields.type],
    product: products,
    industry: unique(fields.industries ?? []),
    persona: unique(fields.personas ?? []),
    kind: fields.solutionKind ? [solutionKindLabels[fields.solutionKind]] : [],
    variant: fields.variant ? [variantLabels[fields.variant]] : [],
    category: fields.rfpCategory ? [fields.rfpCategory.charAt(0).toUpperCase() + fields.rfpCategory.slice(1)] : [],
    audience: [audienceLabels[fields.audience]],
  };
  const meta: SearchMeta = {
    type: fields.type,
    status: statusLabels[fields.status],
    reviewBy: fields.reviewBy.toISOString().slice(0, 10),
    audience: fields.audience,
  };
  if (products.length > 0) meta.product = products.join(', ');
  if (fields.email) meta.email = JSON.stringify(fields.email);
  return {
    filters: Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length > 0)),
    meta,
  };
}

function refsTo(value: unknown, collection: string): EntryRef[] {
  const refs: EntryRef[] = [];
  walkRefs(value, '', (ref) => {
    if (ref.collection === collection) refs.push(ref);
  });
  return refs;
}

/**
 * The record of one entry's page: its type, the products, industries and personas it is about
 * (itself included, so the Retail industry page is found under Retail), its solution kind and
 * audience. `titleOf` names a referenced entry; refs this build leaves out return undefined and drop out.
 */
export function searchRecordFor(entry: Entry, titleOf: (ref: EntryRef) => string | undefined, email?: SearchEmail): SearchRecord {
  const data = entry.data as Record<string, unknown> & {
    title: string;
    status: LifecycleStatus;
    reviewBy: Date;
    audience: Audience;
  };
  const about = (collection: string) => [
    ...(entry.collection === collection ? [data.title] : []),
    ...refsTo(data, collection).map(titleOf),
  ];
  return searchRecord({
    type: collectionLabels[entry.collection].one,
    products: unique(about('products')),
    industries: unique(about('industries')),
    personas: unique(about('personas')),
    ...(entry.collection === 'solutions' ? { solutionKind: entry.data.kind } : {}),
    ...(entry.collection === 'rfp' ? { rfpCategory: entry.data.category } : {}),
    audience: data.audience,
    status: data.status,
    reviewBy: data.reviewBy,
    email,
  });
}

/** The record as this build's readers may see it: status and review date are for staff only. */
export function recordForReaders(record: SearchRecord, staff: boolean): SearchRecord {
  if (staff) return record;
  const { status: _status, reviewBy: _reviewBy, ...meta } = record.meta;
  return { ...record, meta };
}
