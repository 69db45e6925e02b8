import type { Entry, EntryRef } from './entries';
import { collectionLabels, isEntryRef } from './entries';

/** What a page tells the search index about itself: facets to filter on and meta for the result card. */
export interface SearchRecord {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

function refsTo(value: unknown, collection: string, out: EntryRef[] = []): EntryRef[] {
  if (isEntryRef(value)) {
    if (value.collection === collection) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) refsTo(item, collection, out);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const child of Object.values(value)) refsTo(child, collection, out);
  }
  return out;
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
}

/**
 * Facets for one entry: its type, the products, industries and personas it is about, its
 * solution kind and audience. `titleOf` names a referenced entry; unknown (gated) refs drop out.
 */
export function searchRecordFor(entry: Entry, titleOf: (ref: EntryRef) => string | undefined): SearchRecord {
  const data = entry.data as Record<string, unknown>;
  const about = (collection: string) =>
    unique([
      ...(entry.collection === collection ? [String(data['title'])] : []),
      ...refsTo(data, collection).map(titleOf),
    ]);
  const type = collectionLabels[entry.collection].one;
  const filters: Record<string, string[]> = {
    type: [type],
    product: about('products'),
    industry: about('industries'),
    persona: about('personas'),
    audience: [data['audience'] === 'public' ? 'Customer-facing' : 'Internal only'],
  };
  if (entry.collection === 'solutions') filters['solution kind'] = [String(data['kind'])];
  const reviewBy = data['reviewBy'] instanceof Date ? data['reviewBy'].toISOString().slice(0, 10) : '';
  const meta: Record<string, string> = {
    type,
    status: String(data['status']),
    reviewBy,
  };
  if (filters['product']?.length) meta['product'] = filters['product'].join(', ');
  return { filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0)), meta };
}
