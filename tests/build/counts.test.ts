/**
 * The sample company is big enough to exercise every page: at least this many entity pages per
 * collection in the internal build (dist/).
 */
import { describe, expect, it } from 'vitest';
import type { Collection } from './support/content';
import { loadContent } from './support/content';
import { distDirs, entityPages } from './support/dist';

const minimumPages: Partial<Record<Collection, number>> = {
  products: 3,
  industries: 6,
  personas: 8,
  'value-props': 20,
  solutions: 12,
  cases: 24,
  competitors: 3,
  objections: 15,
  rfp: 40,
  campaigns: 2,
};

const ids = new Map<string, Set<string>>();
for (const e of loadContent()) {
  if (!ids.has(e.collection)) ids.set(e.collection, new Set());
  ids.get(e.collection)?.add(e.id);
}

describe('sample content size', () => {
  it.each(Object.entries(minimumPages))('%s: at least %i entity pages', (collection, minimum) => {
    // Only folders named after an entry count, so pagination folders (/cases/2/) do not.
    const pages = entityPages(distDirs.internal, collection).filter((id) => ids.get(collection)?.has(id));
    expect(pages.length).toBeGreaterThanOrEqual(minimum);
  });
});
