/**
 * The browser side of search: loads the Pagefind bundles written by the build on first use and
 * answers queries with results and facet counts. Imported only once a reader opens search.
 */
import type { SearchBundleManifest } from '../../lib/search/bundles';
import { queryWords, splitMatches } from '../../lib/search/match';
import { searchBundleDir, searchBundleManifestFile } from '../../lib/search/bundles';
import type { SearchFacet, SearchFilters } from '../../lib/search/query';
import { hasFilters, pagefindFilters, searchFacets, withoutFacet } from '../../lib/search/query';
import type { PagefindResultData, SearchHit } from '../../lib/search/result';
import { searchHit } from '../../lib/search/result';

type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's browser API (pagefind.js, which ships no types) the hub uses. */
interface PagefindApi {
  options(options: { excerptLength?: number }): Promise<void>;
  mergeIndex(path: string, options: { language: string }): Promise<void>;
  search(
    term: string | null,
    options: { filters?: ReturnType<typeof pagefindFilters> },
  ): Promise<{ results: PagefindResult[]; unfilteredResultCount: number; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** Why search cannot run here; the UI turns it into a sentence for the reader. */
export class SearchUnavailableError extends Error {
  constructor(readonly reason: 'dev' | 'missing' | 'blocked') {
    super(
      reason === 'dev'
        ? 'The development server has no search index.'
        : reason === 'blocked'
          ? "The page's Content-Security-Policy forbids WebAssembly, which the search engine runs on."
          : 'The search index of this site could not be loaded.',
    );
    this.name = 'SearchUnavailableError';
  }
}

/** What to tell the reader when a search fails. */
export function searchErrorMessage(error: unknown): string {
  if (error instanceof SearchUnavailableError && error.reason === 'dev') {
    return 'Search needs the built site: the index is made by "npm run build". Run "npm run build" and "npm run preview" to search.';
  }
  if (error instanceof SearchUnavailableError && error.reason === 'blocked') {
    console.error(error);
    return "Search is unavailable: this site's security policy does not let the search engine run (its script-src needs 'wasm-unsafe-eval'). Browse the library instead.";
  }
  if (error instanceof SearchUnavailableError) {
    return 'Search is unavailable: the search index of this site could not be loaded. Reload the page to try again.';
  }
  console.error(error);
  return 'Search failed. Reload the page to try again.';
}

/** Counts per facet value: how many results choosing that value would give. */
export type FacetCounts = Partial<Record<SearchFacet, Record<string, number>>>;

/** A result, with the query words it lacks (none for a full match). */
export interface SearchMatch {
  result: PagefindResult;
  missing: string[];
}

export interface SearchOutcome {
  /** The results holding every query word, best first, then the partial matches, best first; load
   * cards for a slice with `hitsFor`. */
  matches: SearchMatch[];
  /** How many of `matches` hold every word. */
  fullCount: number;
  counts: FacetCounts;
}

const bundleBase = `${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}${searchBundleDir}/`;

let loading: Promise<PagefindApi> | undefined;

/** The smallest valid WebAssembly module: compiling it asks the page's policy what Pagefind will ask. */
const emptyWasmModule = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

function mayCompileWasm(): boolean {
  try {
    new WebAssembly.Module(emptyWasmModule);
    return true;
  } catch {
    return false;
  }
}

async function openBundles(): Promise<PagefindApi> {
  // Pagefind indexes the built site, so `astro dev` has nothing to load.
  if (import.meta.env.DEV) throw new SearchUnavailableError('dev');
  // Where the policy forbids WebAssembly, Pagefind logs the failure and then never answers a query.
  if (!mayCompileWasm()) throw new SearchUnavailableError('blocked');
  let pagefind: PagefindApi;
  let manifest: SearchBundleManifest;
  try {
    const [module, response] = await Promise.all([
      import(/* @vite-ignore */ `${bundleBase}pagefind.js`) as Promise<PagefindApi>,
      fetch(`${bundleBase}${searchBundleManifestFile}`),
    ]);
    if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
    pagefind = module;
    manifest = (await response.json()) as SearchBundleManifest;
  } catch (cause) {
    console.error(cause);
    throw new SearchUnavailableError('missing');
  }
  await pagefind.options({ excerptLength: 24 });
  // Each other language is its own bundle, merged with its language so the query is split into
  // words the way that language was indexed.
  await Promise.all(manifest.merge.map(({ language, path }) => pagefind.mergeIndex(`${bundleBase}${path}`, { language })));
  return pagefind;
}

let filtersLoading: Promise<FilterCounts> | undefined;

/**
 * Loads the filter data, which searches need before they report facet counts. Only the search page
 * shows counts: the dialog never pays for the filter files (about 100 KB at 10,000 entries).
 */
function loadFilters(pagefind: PagefindApi): Promise<FilterCounts> {
  filtersLoading ??= pagefind.filters().catch((error: unknown) => {
    filtersLoading = undefined;
    throw error;
  });
  return filtersLoading;
}

/** Loads Pagefind once per page; a failed load is retried on the next call. */
export function loadSearch(): Promise<PagefindApi> {
  loading ??= openBundles().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function facetCounts(counts: FilterCounts, facets: readonly SearchFacet[]): FacetCounts {
  return Object.fromEntries(facets.map((facet) => [facet, counts[facet] ?? {}]));
}

/**
 * A filter no page has: a search with it ranks nothing and only reports how many pages hold the term
 * (`unfilteredResultCount`), which costs a chunk lookup instead of ranking thousands of pages.
 */
const noPage = { 'hub-no-page': { any: ['none'] } };

/**
 * Orders `results` full matches first. Pagefind answers with the pages holding every query word it
 * has indexed and silently drops the words it has never seen, so a result lacks exactly the words
 * the index does not know: one count per word tells them apart.
 */
async function honestMatches(
  pagefind: PagefindApi,
  term: string | null,
  results: PagefindResult[],
): Promise<Pick<SearchOutcome, 'matches' | 'fullCount'>> {
  const words = queryWords(term ?? '');
  if (words.length <= 1) return { matches: results.map((result) => ({ result, missing: [] })), fullCount: results.length };
  const everyResult = new Set(results.map((r) => r.id));
  const idsByWord = new Map(
    await Promise.all(
      words.map(async (word) => {
        const { unfilteredResultCount } = await pagefind.search(word, { filters: noPage });
        return [word, unfilteredResultCount > 0 ? everyResult : new Set<string>()] as const;
      }),
    ),
  );
  const { full, partial } = splitMatches(results, (r) => r.id, words, idsByWord);
  return { matches: [...full.map((result) => ({ result, missing: [] })), ...partial], fullCount: full.length };
}

/**
 * Searches for `query` within `filters`. With `withCounts`, each facet's counts are computed with that
 * facet's own choice left out, so choosing a second industry shows how many it adds (OR within a facet).
 * An empty query with filters lists everything the filters match; with neither, there are no results.
 */
export async function search(query: string, filters: SearchFilters, withCounts: boolean): Promise<SearchOutcome> {
  const pagefind = await loadSearch();
  // Filtering needs the filter data as much as counting does.
  if (withCounts || hasFilters(filters)) await loadFilters(pagefind);
  const term = query.trim() || null;
  if (term === null && !hasFilters(filters)) {
    const counts = withCounts ? await loadFilters(pagefind) : {};
    return {
      matches: [],
      fullCount: 0,
      counts: facetCounts(
        counts,
        searchFacets.map((f) => f.key),
      ),
    };
  }
  const main = await pagefind.search(term, { filters: pagefindFilters(filters) });
  const honest = await honestMatches(pagefind, term, main.results);
  if (!withCounts) return { ...honest, counts: {} };

  const chosen = searchFacets.map((f) => f.key).filter((facet) => (filters[facet]?.length ?? 0) > 0);
  const open = searchFacets.map((f) => f.key).filter((facet) => !chosen.includes(facet));
  const perChosen = await Promise.all(
    chosen.map(async (facet) => {
      const others = await pagefind.search(term, { filters: pagefindFilters(withoutFacet(filters, facet)) });
      return [facet, others.filters[facet] ?? {}] as const;
    }),
  );
  return { ...honest, counts: { ...facetCounts(main.filters, open), ...Object.fromEntries(perChosen) } };
}

/** Loads the cards of `matches[from … from + count)`. */
export async function hitsFor(matches: readonly SearchMatch[], from: number, count: number): Promise<SearchHit[]> {
  const slice = matches.slice(from, from + count);
  const data = await Promise.all(slice.map(({ result }) => result.data()));
  return data.map((d, i) => searchHit(d, slice[i]?.missing));
}
