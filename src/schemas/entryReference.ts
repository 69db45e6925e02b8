import type { CollectionKey } from 'astro:content';
import { reference } from 'astro:content';
import { fieldKinds } from './fields';

/**
 * The id of an entry of another collection (Astro's reference), marked for the editor. Apart from
 * fields.ts, which the hub's configuration loads before Astro's modules exist.
 */
export function entryReference<C extends CollectionKey>(collection: C) {
  return reference(collection).register(fieldKinds, { kind: 'reference', collection });
}
