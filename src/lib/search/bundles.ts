/**
 * How the search index is laid out in the build, shared by the indexer and the search UI.
 *
 * Pagefind keeps one index per page language and a browser searches only the one matching the
 * page's `<html lang>`. So that an English page also finds Chinese entries (and the reverse), each
 * language gets its own bundle: the most common language is the primary bundle in `pagefind/`
 * (with pagefind.js and the WebAssembly stemmer), every other language a data-only bundle in
 * `pagefind/<language>/` that the UI merges in with `mergeIndex(…, { language })`, which makes
 * Pagefind segment the query the way that language was indexed (Chinese has no spaces between words).
 */
export interface SearchBundleManifest {
  /** Language of the primary bundle, lower-case as Pagefind writes it (e.g. "en"). */
  primary: string;
  /** Further languages and their bundle folders, relative to `pagefind/`. */
  merge: { language: string; path: string }[];
}

/** Folder of the primary bundle in the build output, and its URL path under the site base. */
export const searchBundleDir = 'pagefind';

/** Written next to Pagefind's own files in the primary bundle. */
export const searchBundleManifestFile = 'hub-bundles.json';

/** Pagefind's language key for a page's `lang` attribute; anything unusable becomes "unknown". */
export function bundleLanguage(lang: string | undefined): string {
  const key = (lang ?? '').trim().toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/u.test(key) ? key : 'unknown';
}

/** The manifest for bundles with these page counts: the language with most pages is primary. */
export function bundleManifest(pageCounts: ReadonlyMap<string, number>): SearchBundleManifest {
  const [primary, ...others] = [...pageCounts.entries()]
    .sort(([la, a], [lb, b]) => b - a || la.localeCompare(lb))
    .map(([language]) => language);
  if (primary === undefined) throw new Error('A search bundle manifest needs at least one indexed language.');
  return { primary, merge: others.map((language) => ({ language, path: `${language}/` })) };
}
