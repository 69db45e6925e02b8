/**
 * Where a product's toolkits live. Every industry a product is sold to has its own page in each of
 * its variants, so a link to a tailored toolkit works without JavaScript.
 */
import type { Product } from '../entries';
import type { ToolkitVariant } from '../toolkitVariant';
import type { AudienceFilter } from './relevance';
import { filterToQuery } from './relevance';

/** The page of one variant of a product's toolkit, unfiltered (kits link with an audience: see kits/salesHandoff). */
export function toolkitPagePath(productId: string, variant: ToolkitVariant): string {
  return `/toolkits/${productId}/${variant}/`;
}

/** A variant's page for one industry the product is sold to: it opens narrowed to that industry, even without JavaScript. */
export function industryToolkitPath(productId: string, industryId: string, variant: ToolkitVariant = 'high-ticket'): string {
  return `${toolkitPagePath(productId, variant)}${industryId}/`;
}

type ToolkitProduct = Pick<Product, 'id'> & { data: Pick<Product['data'], 'industries'> };

/**
 * A product's sales toolkit, opened on the industry and buyer given. Each industry the product is
 * sold to has its own page in both variants; any other industry opens the toolkit whole. The buyer
 * travels in the query: the quick-sale filters and the "Ready to send" line read it there.
 */
export function toolkitPath(product: ToolkitProduct, variant: ToolkitVariant, audience: AudienceFilter = {}): string {
  const { industry, persona } = audience;
  const soldTo = industry !== undefined && product.data.industries.some((ref) => ref.id === industry);
  const page = soldTo ? industryToolkitPath(product.id, industry, variant) : toolkitPagePath(product.id, variant);
  return `${page}${filterToQuery({ persona })}`;
}

/**
 * The variant a rep about to call opens: the plug-and-play quick-sale toolkit where the product has
 * one, the high-ticket toolkit otherwise.
 */
export function callVariant(variants: readonly ToolkitVariant[]): ToolkitVariant {
  return variants.includes('quick-sale') ? 'quick-sale' : 'high-ticket';
}
