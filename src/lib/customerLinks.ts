/**
 * Where a customer reads an entry: its page on the public site (`publicSiteUrl`), never the
 * internal hub. Every customer-facing "copy link" takes its address from here.
 */
import type { CollectionName, Entry } from './entries';
import { entryPath } from './entries';
import type { BuildScope } from './gating';
import { isCustomerFacing } from './gating';

/**
 * What the public (customer) build publishes: what a customer may read. Rep material (discovery
 * questions, objection answers, battlecards, email templates) and marketers' material (messaging,
 * kits, campaigns) go to partners and staff only.
 */
export const customerCollections = ['products', 'solutions', 'value-props', 'cases', 'rfp'] as const satisfies readonly CollectionName[];

export function isCustomerCollection(collection: CollectionName): boolean {
  return (customerCollections as readonly CollectionName[]).includes(collection);
}

/**
 * The absolute address of the entry's page on the public site, or undefined when a customer cannot
 * read it there (internal-only, not customer-ready, or a collection the public site leaves out).
 */
export function customerPageUrl(
  entry: Pick<Entry, 'collection' | 'id' | 'data'>,
  scope: Pick<BuildScope, 'mode' | 'today'>,
  publicSiteUrl: string | URL,
): string | undefined {
  if (!isCustomerCollection(entry.collection)) return undefined;
  if (!isCustomerFacing(entry.data, scope)) return undefined;
  return new URL(entryPath(entry), publicSiteUrl).href;
}

/** "library.kestrel-data.example": how a button says where a customer link opens. */
export function siteLabel(publicSiteUrl: string | URL): string {
  return new URL(publicSiteUrl).host;
}
