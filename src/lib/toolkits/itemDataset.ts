/**
 * How a toolkit item's targeting travels from the build to the browser: as data attributes on its
 * element. The page writes them with `itemAttributes`, the filter script reads them back with
 * `rankableFromDataset`, so the two cannot drift apart.
 */
import type { Rankable } from './relevance';

export function itemAttributes(item: Rankable & { key: string }): Record<string, string> {
  return {
    'data-toolkit-item': item.key,
    'data-industries': item.targeting.industries.join(' '),
    'data-personas': item.targeting.personas.join(' '),
    'data-rank': String(item.rank),
  };
}

const words = (value: string | undefined) => (value ?? '').split(' ').filter((word) => word.length > 0);

/** Reads what `itemAttributes` wrote; `dataset` is an element's DOMStringMap. */
export function rankableFromDataset(dataset: Record<string, string | undefined>): Rankable {
  return {
    targeting: { industries: words(dataset['industries']), personas: words(dataset['personas']) },
    rank: Number(dataset['rank'] ?? 0),
  };
}
