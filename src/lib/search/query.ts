/**
 * The search vocabulary shared by the index (what pages declare) and the search UI (what readers
 * pick): the facets, and the URL that carries a query and its filters so a search can be shared.
 */

/** Facets in the order the search page shows them. `key` is the Pagefind filter name and the URL parameter. */
export const searchFacets = [
  { key: 'type', label: 'Type' },
  { key: 'product', label: 'Product' },
  { key: 'industry', label: 'Industry' },
  { key: 'persona', label: 'Persona' },
  { key: 'kind', label: 'Solution kind' },
  { key: 'variant', label: 'Toolkit variant' },
  { key: 'category', label: 'RFP category' },
  { key: 'audience', label: 'Audience' },
] as const;

export type SearchFacet = (typeof searchFacets)[number]['key'];

/** Chosen values per facet. Within a facet any value may match; across facets all must. */
export type SearchFilters = Partial<Record<SearchFacet, string[]>>;

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

/** The path of the full search page; the dialog links to it with the same state. */
export const searchPagePath = '/search/';

const facetKeys = new Set<string>(searchFacets.map((facet) => facet.key));

export function isSearchFacet(name: string): name is SearchFacet {
  return facetKeys.has(name);
}

/** Reads `?q=…&type=…&industry=…` (a facet may repeat); unknown parameters and blanks are ignored. */
export function searchStateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {};
  for (const { key } of searchFacets) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length > 0) filters[key] = values;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The inverse of `searchStateFromParams`, in a stable order so equal searches give equal URLs. */
export function searchParamsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query) params.set('q', query);
  for (const { key } of searchFacets) {
    for (const value of state.filters[key] ?? []) params.append(key, value);
  }
  return params;
}

/** A link to the search page that reopens this search. */
export function searchHref(state: SearchState): string {
  const params = searchParamsFromState(state).toString();
  return params ? `${searchPagePath}?${params}` : searchPagePath;
}

/** Adds the value to the facet, or removes it when already chosen; returns new filters. */
export function toggleFilter(filters: SearchFilters, facet: SearchFacet, value: string): SearchFilters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const rest = withoutFacet(filters, facet);
  return next.length > 0 ? { ...rest, [facet]: next } : rest;
}

/** Filters without one facet: what that facet's counts are computed against, so sibling values keep their counts. */
export function withoutFacet(filters: SearchFilters, facet: SearchFacet): SearchFilters {
  const { [facet]: _dropped, ...rest } = filters;
  return rest;
}

export function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

/** Pagefind's filter syntax for these filters: OR within a facet, AND across facets. */
export function pagefindFilters(filters: SearchFilters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { key } of searchFacets) {
    const values = filters[key];
    if (values && values.length > 0) out[key] = { any: values };
  }
  return out;
}
