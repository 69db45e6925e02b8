import { describe, expect, it } from 'vitest';
import {
  pagefindFilters,
  searchHref,
  searchParamsFromState,
  searchStateFromParams,
  toggleFilter,
  withoutFacet,
} from '../../src/lib/search/query';

describe('search URL state', () => {
  it('reads the query and repeated facets, ignoring unknown parameters and blanks', () => {
    const state = searchStateFromParams(
      new URLSearchParams('q=+forecast+&industry=Retail&industry=Healthcare&industry=&utm_source=mail&type=Customer+case'),
    );
    expect(state).toEqual({ query: 'forecast', filters: { industry: ['Retail', 'Healthcare'], type: ['Customer case'] } });
  });

  it('writes facets in a stable order, so equal searches share one URL', () => {
    const a = searchHref({ query: 'pipeline', filters: { industry: ['Retail'], type: ['Customer case'] } });
    const b = searchHref({ query: 'pipeline', filters: { type: ['Customer case'], industry: ['Retail'] } });
    expect(a).toBe(b);
    expect(a).toBe('/search/?q=pipeline&type=Customer+case&industry=Retail');
  });

  it('round-trips Chinese queries and values with spaces and ampersands', () => {
    const state = { query: '分类分级', filters: { product: ['Kestrel Vault'], persona: ['Head of Data & AI'] } };
    expect(searchStateFromParams(searchParamsFromState(state))).toEqual(state);
  });

  it('links to the bare search page when there is nothing to search', () => {
    expect(searchHref({ query: '  ', filters: {} })).toBe('/search/');
  });
});

describe('filters', () => {
  it('toggles a value on and off, dropping a facet left empty', () => {
    const one = toggleFilter({}, 'industry', 'Retail');
    const two = toggleFilter(one, 'industry', 'Healthcare');
    expect(two).toEqual({ industry: ['Retail', 'Healthcare'] });
    expect(toggleFilter(toggleFilter(two, 'industry', 'Retail'), 'industry', 'Healthcare')).toEqual({});
  });

  it('leaves out one facet for its own counts', () => {
    expect(withoutFacet({ industry: ['Retail'], type: ['Customer case'] }, 'industry')).toEqual({ type: ['Customer case'] });
  });

  it('asks Pagefind for any value within a facet and every facet together', () => {
    expect(pagefindFilters({ industry: ['Retail', 'Healthcare'], type: ['Customer case'], persona: [] })).toEqual({
      type: { any: ['Customer case'] },
      industry: { any: ['Retail', 'Healthcare'] },
    });
  });
});
