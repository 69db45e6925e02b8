import type { DataStore } from 'astro/loaders';
import { walkRefs } from '../../lib/entries';
import { contentRoot } from '../contentRoot';

/**
 * Stores of the collections loaded so far. Astro loads collections concurrently and only logs
 * references to missing entries; here each pair of collections is checked once, by whichever of
 * the two finishes loading last, so a broken reference fails the build naming file and field.
 */
export const loadedStores = new Map<string, DataStore>();

export function brokenReferences(from: string, store: DataStore, onlyTo?: string): string[] {
  const problems: string[] = [];
  for (const entry of store.values()) {
    walkRefs(entry.data, '', (ref, field) => {
      if (onlyTo !== undefined && ref.collection !== onlyTo) return;
      const target = loadedStores.get(ref.collection);
      if (!target || target.has(ref.id)) return;
      const known = target.keys().sort();
      problems.push(
        `${entry.filePath ?? `${from}/${entry.id}`}: field "${field}" references "${ref.id}" in ` +
          `${ref.collection}, but no such entry exists. Use the id (file name without extension) of an ` +
          `existing ${ref.collection} entry` +
          (known.length > 0 ? `, one of: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : '') +
          `, or add ${contentRoot()}/${ref.collection}/${ref.id}.md.`,
      );
    });
  }
  return problems;
}
