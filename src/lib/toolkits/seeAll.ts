/**
 * Long lists in a toolkit show their first few items and link to the rest: the search page,
 * filtered to the content type and the product (and the industry or solution kind where the list
 * is narrowed to one). A toolkit page then stays the same size however much content is written.
 */
import type { CollectionName, Solution } from '../entries';
import { collectionLabels } from '../entries';
import { searchHref } from '../search/query';
import type { SearchFilters } from '../search/query';
import { searchRecord } from '../search/record';

/** The link to the whole list, for a section or group that renders only part of it. */
export interface SeeAll {
  href: string;
  /** What the list holds, in a sentence: "Showing 5 of 1,250 value propositions". */
  what: string;
}

/** A list as a page renders it: the items it shows, how many there are, and where the rest are. */
export interface Listed<T> {
  items: T[];
  /** How many there are in all. */
  total: number;
  /** Set when `items` holds fewer than `total`. */
  seeAll: SeeAll | undefined;
}

export type ListedCollection = Extract<CollectionName, 'value-props' | 'solutions' | 'cases' | 'objections' | 'competitors' | 'rfp'>;

const nouns: Record<ListedCollection, string> = {
  'value-props': 'value propositions',
  solutions: 'solutions',
  cases: 'customer cases',
  objections: 'objection answers',
  competitors: 'competitors',
  rfp: 'RFP answers',
};

export interface ListingScope {
  /** Title of the product, as its search facet names it. */
  product: string;
  /** Title of an industry the list is narrowed to. */
  industry?: string | undefined;
  solutionKind?: Solution['data']['kind'] | undefined;
  /** Only what may go to a customer, e.g. the case links a rep sends. */
  customerFacing?: boolean | undefined;
}

/**
 * The search page listing every entry of a collection for a product. The facet values come from
 * `searchRecord`, the function entry pages declare theirs with, so the link and the index agree.
 */
export function seeAllFor(collection: ListedCollection, scope: ListingScope): SeeAll {
  const { filters } = searchRecord({
    type: collectionLabels[collection].one,
    products: [scope.product],
    industries: scope.industry ? [scope.industry] : [],
    ...(scope.solutionKind ? { solutionKind: scope.solutionKind } : {}),
    audience: 'public',
    status: 'approved',
    reviewBy: new Date(0),
  });
  const wanted: SearchFilters = {};
  for (const facet of ['type', 'product', 'industry', 'kind'] as const) {
    const values = filters[facet];
    if (values) wanted[facet] = values;
  }
  if (scope.customerFacing && filters.audience) wanted.audience = filters.audience;
  return {
    href: searchHref({ query: '', filters: wanted }),
    what: scope.customerFacing ? `customer-facing ${nouns[collection].replace(/^customer /u, '')}` : nouns[collection],
  };
}

/** The first `limit` items, with the total and the link to the rest when some are left out. */
export function firstFew<T>(items: readonly T[], limit: number, seeAll: SeeAll): Listed<T> {
  return {
    items: items.slice(0, limit),
    total: items.length,
    seeAll: items.length > limit ? seeAll : undefined,
  };
}
