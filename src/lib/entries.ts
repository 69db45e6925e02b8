import type { CollectionEntry, CollectionKey } from 'astro:content';

/** Type-only view of the content collections, so domain logic stays free of Astro at run time. */
export type CollectionName = CollectionKey;
export type Entry<C extends CollectionName = CollectionName> = CollectionEntry<C>;
export type EntryRef<C extends CollectionName = CollectionName> = { collection: C; id: string };
export type AllEntries = { [C in CollectionName]: Entry<C>[] };

export type Product = Entry<'products'>;
export type Industry = Entry<'industries'>;
export type Persona = Entry<'personas'>;
export type ValueProp = Entry<'value-props'>;
export type Solution = Entry<'solutions'>;
export type CustomerCase = Entry<'cases'>;
export type Competitor = Entry<'competitors'>;
export type Objection = Entry<'objections'>;
export type Messaging = Entry<'messaging'>;
export type RfpAnswer = Entry<'rfp'>;
export type Campaign = Entry<'campaigns'>;

export const collectionNames = [
  'products',
  'industries',
  'personas',
  'value-props',
  'solutions',
  'cases',
  'competitors',
  'objections',
  'messaging',
  'rfp',
  'campaigns',
] as const satisfies readonly CollectionName[];

/** Collections whose entries have a page at /<collection>/<id>/; messaging is addressed by product. */
export const detailCollections = collectionNames.filter((name): name is Exclude<CollectionName, 'messaging'> => name !== 'messaging');
export type DetailCollection = (typeof detailCollections)[number];

/** Human names for each collection, singular and plural, used in headings, badges and search facets. */
export const collectionLabels: Record<CollectionName, { one: string; many: string }> = {
  products: { one: 'Product', many: 'Products' },
  industries: { one: 'Industry', many: 'Industries' },
  personas: { one: 'Persona', many: 'Personas' },
  'value-props': { one: 'Value proposition', many: 'Value propositions' },
  solutions: { one: 'Solution', many: 'Solutions' },
  cases: { one: 'Customer case', many: 'Customer cases' },
  competitors: { one: 'Competitor', many: 'Competitors' },
  objections: { one: 'Objection', many: 'Objections' },
  messaging: { one: 'Messaging', many: 'Messaging' },
  rfp: { one: 'RFP answer', many: 'RFP & security answers' },
  campaigns: { one: 'Campaign', many: 'Campaigns' },
};

export function isEntryRef(value: unknown): value is EntryRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as EntryRef).collection === 'string' &&
    typeof (value as EntryRef).id === 'string' &&
    Object.keys(value).length === 2
  );
}

/** Visits every reference inside an entry's data, with the field path it sits at (e.g. `proofPoints[1].case`). */
export function walkRefs(value: unknown, path: string, visit: (ref: EntryRef, field: string) => void): void {
  if (isEntryRef(value)) {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkRefs(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walkRefs(child, path ? `${path}.${key}` : key, visit);
  }
}

/** Path of an entry's own page. Messaging is addressed by its product, as marketers look it up. */
export function entryPath(entry: { collection: CollectionName; id: string; data?: unknown }): string {
  if (entry.collection === 'messaging') {
    const product = (entry.data as { product?: EntryRef } | undefined)?.product;
    return `/messaging/${product?.id ?? entry.id}/`;
  }
  return `/${entry.collection}/${entry.id}/`;
}
