/**
 * Which toolkits exist and where they live. A product gets the variants its deal profile (or its
 * own override) gives it, and no others: a non-matching variant has no page at all.
 */
import type { Product } from '../entries';
import type { Hub } from '../hub';
import type { DealProfile, ToolkitVariant, VariantDecision, VariantRules } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import { emptyHighTicketModules, highTicketToolkit } from './highTicket';
import type { ToolkitContext } from './items';
import { productContent } from './productContent';
import { emptyQuickSaleSections, quickSaleToolkit } from './quickSale';

export const toolkitVariantLabels: Record<ToolkitVariant, { name: string; promise: string }> = {
  'quick-sale': {
    name: 'Quick-sale toolkit',
    promise: 'One page, always the same order: pitch, price, proof, questions, answers, ready to send.',
  },
  'high-ticket': {
    name: 'High-ticket toolkit',
    promise: 'Modules for long, tendered deals, and a proposal builder for each customer.',
  },
};

export function toolkitPath(productId: string, variant: ToolkitVariant): string {
  return `/toolkits/${productId}/${variant}/`;
}

export function industryToolkitPath(productId: string, industryId: string): string {
  return `${toolkitPath(productId, 'high-ticket')}${industryId}/`;
}

export function proposalPath(productId: string, query = ''): string {
  return `${toolkitPath(productId, 'high-ticket')}proposal/${query}`;
}

/** The deal profile in one line, e.g. "$14,000 typical contract · 21-day cycle · no tenders". */
export function dealSummary(deal: DealProfile): string {
  const value = new Intl.NumberFormat('en-US', { style: 'currency', currency: deal.currency, maximumFractionDigits: 0 }).format(deal.contractValue);
  return `${value} typical contract · ${deal.cycleDays}-day cycle · ${deal.tenders ? 'usually tendered' : 'no tenders'}`;
}

export interface ToolkitEntry {
  product: Product;
  decision: VariantDecision;
  deal: string;
  toolkits: {
    variant: ToolkitVariant;
    name: string;
    promise: string;
    href: string;
    /** Titles of the toolkit's sections that have nothing approved to show: content to ask for. */
    missing: string[];
  }[];
  /** How much approved material the toolkits draw on, so thin toolkits stand out. */
  coverage: { label: string; count: number }[];
}

/** The sections of one variant that have nothing to show, by title. */
function missingSections(ctx: ToolkitContext, product: Product, variant: ToolkitVariant): string[] {
  const content = productContent(ctx.hub, product);
  if (variant === 'quick-sale') {
    const toolkit = quickSaleToolkit(ctx, content);
    return emptyQuickSaleSections(toolkit).map((id) => toolkit.sections[id].title);
  }
  const toolkit = highTicketToolkit(ctx, content);
  return emptyHighTicketModules(toolkit).map((id) => toolkit[id].title);
}

/** Every product's toolkits, for the toolkit index. */
export function toolkitCatalog(ctx: ToolkitContext): ToolkitEntry[] {
  const { hub, settings } = ctx;
  return hub.entries.products.map((product) => {
    const decision = toolkitVariantsFor(product.data, settings);
    const count = (label: string, collection: 'value-props' | 'cases' | 'objections' | 'rfp', field: string) => ({
      label,
      count: hub.referrers(collection, field, product.id).length,
    });
    return {
      product,
      decision,
      deal: dealSummary(product.data.deal),
      toolkits: decision.variants.map((variant) => ({
        variant,
        ...toolkitVariantLabels[variant],
        href: toolkitPath(product.id, variant),
        missing: missingSections(ctx, product, variant),
      })),
      coverage: [
        count('value propositions', 'value-props', 'product'),
        count('cases', 'cases', 'products'),
        count('objection answers', 'objections', 'products'),
        count('RFP answers', 'rfp', 'products'),
      ],
    };
  });
}

/** Products that get the given toolkit variant: the static paths of that variant's pages. */
export function productsWithVariant(hub: Hub, rules: VariantRules, variant: ToolkitVariant): Product[] {
  return hub.entries.products.filter((product) => toolkitVariantsFor(product.data, rules).variants.includes(variant));
}
