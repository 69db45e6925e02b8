/**
 * Honest search results. Pagefind quietly drops query words it has never indexed and lists the pages
 * holding the rest, so "Meridian Mutual" in a build without that customer still lists dozens of
 * pages. The hub asks the index about each word and keeps two lists: results holding every word,
 * and partial matches, shown apart with the words they lack.
 */

/** The words of a query, lower-cased, each once; tokens without a letter or digit are not words. */
export function queryWords(query: string): string[] {
  const words = query
    .toLocaleLowerCase()
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return [...new Set(words)];
}

export interface PartialMatch<T> {
  result: T;
  /** The query words this result does not contain, in query order. */
  missing: string[];
}

export interface SplitMatches<T> {
  /** Results holding every query word, in the index's order. */
  full: T[];
  /** The other results, in the index's order. */
  partial: PartialMatch<T>[];
}

/**
 * Splits `results` (the index's answer to the whole query) by whether each holds every word, given
 * the ids the index returns for each word alone. A word with no entry in `idsByWord` matches nothing.
 */
export function splitMatches<T>(
  results: readonly T[],
  idOf: (result: T) => string,
  words: readonly string[],
  idsByWord: ReadonlyMap<string, ReadonlySet<string>>,
): SplitMatches<T> {
  const full: T[] = [];
  const partial: PartialMatch<T>[] = [];
  for (const result of results) {
    const id = idOf(result);
    const missing = words.filter((word) => !idsByWord.get(word)?.has(id));
    if (missing.length === 0) full.push(result);
    else partial.push({ result, missing });
  }
  return { full, partial };
}

/** "without “mutual”" or "without “meridian” and “mutual”", for the heading over partial matches. */
export function missingWordsLabel(missing: readonly string[]): string {
  const quoted = missing.map((word) => `“${word}”`);
  const list = quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return `without ${list}`;
}

/** What a status line adds about partial matches: nothing when there are none. */
export function partialMatchesNote(partialCount: number): string {
  if (partialCount === 0) return '';
  return partialCount === 1
    ? ' 1 partial match lacks a word of the search.'
    : ` ${partialCount} partial matches lack a word of the search.`;
}
