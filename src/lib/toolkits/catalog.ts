/**
 * Which toolkits exist and where they live. A product gets the variants its deal profile (or its
 * own override) gives it, and no others: a non-matching variant has no page at all.
 */
import type { Audience } from '../gating';
import { isStaffView } from '../gating';
import type { SearchRecord } from '../search/record';
import { recordForReaders, searchRecord } from '../search/record';
import type { Industry, Product } from '../entries';
import type { Hub } from '../hub';
import type { DealProfile, ToolkitVariant, VariantDecision, VariantRules } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import type { HighTicketToolkit } from './highTicket';
import { emptyHighTicketModules, highTicketToolkit } from './highTicket';
import type { ToolkitContext } from './items';
import { productContent } from './productContent';
import type { CustomerContact, OnePager } from './onePager';
import { onePager } from './onePager';
import type { ProposalCatalogue } from './proposal';
import { preselectionFor, selectionToQuery } from './proposal';
import type { ProposalClosing } from './proposalCatalogue';
import { proposalCatalogue } from './proposalCatalogue';
import type { QuickSaleToolkit } from './quickSale';
import { emptyQuickSaleSections, quickSaleToolkit } from './quickSale';
import { industryToolkitPath, toolkitPagePath } from './toolkitPaths';

export { callVariant, industryToolkitPath, toolkitPagePath, toolkitPath } from './toolkitPaths';

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

export function proposalPath(productId: string, query = ''): string {
  return `${toolkitPagePath(productId, 'high-ticket')}proposal/${query}`;
}

/** The modules a product's proposal builder offers, as JSON the builder fetches when it opens. */
export function proposalCataloguePath(productId: string): string {
  return `${proposalPath(productId)}catalogue.json`;
}

/**
 * Who a toolkit page is for, as search filters it. A partner build holds only public entries; an
 * internal build's toolkits mix in internal material.
 */
function toolkitAudience(hub: Pick<Hub, 'scope'>): Audience {
  return hub.scope.audience === 'internal' ? 'internal' : 'public';
}

/** An amount without cents, e.g. "$14,000" or "CN¥200,000". */
export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** The deal profile in one line, e.g. "$14,000 typical contract · 21-day cycle · no tenders". */
export function dealSummary(deal: DealProfile): string {
  return `${formatMoney(deal.contractValue, deal.currency)} typical contract · ${deal.cycleDays}-day cycle · ${deal.tenders ? 'usually tendered' : 'no tenders'}`;
}

/** When a product gets each variant, in words, from the configured thresholds. */
export function variantRules(rules: VariantRules): { variant: ToolkitVariant; rule: string }[] {
  const t = rules.toolkitThresholds;
  return [
    {
      variant: 'quick-sale',
      rule: `Typical contract under ${formatMoney(t.quickSaleMaxContractValue, t.currency)}, cycle of ${t.quickSaleMaxCycleDays} days or less, no tenders.`,
    },
    { variant: 'high-ticket', rule: 'Anything larger, longer or tendered. A product sold both ways gets both toolkits.' },
  ];
}

/**
 * Compiled toolkits, per hub (so once per build) and per settings. The toolkit index and
 * the toolkit's own page both need a product's toolkit; it is assembled once and shared.
 */
const compiled = new WeakMap<Hub, WeakMap<ToolkitContext['settings'], Map<string, unknown>>>();

function memoised<T>(ctx: ToolkitContext, key: string, compile: () => T): T {
  let bySettings = compiled.get(ctx.hub);
  if (!bySettings) compiled.set(ctx.hub, (bySettings = new WeakMap<ToolkitContext['settings'], Map<string, unknown>>()));
  let byKey = bySettings.get(ctx.settings);
  if (!byKey) bySettings.set(ctx.settings, (byKey = new Map<string, unknown>()));
  if (!byKey.has(key)) byKey.set(key, compile());
  return byKey.get(key) as T;
}

/** The product's quick-sale toolkit, compiled once per build. */
export function quickSaleToolkitFor(ctx: ToolkitContext, product: Product): QuickSaleToolkit {
  return memoised(ctx, `quick-sale ${product.id}`, () => quickSaleToolkit(ctx, productContent(ctx.hub, product)));
}

/** The product's high-ticket toolkit (or one industry's entry page of it), compiled once per build. */
export function highTicketToolkitFor(ctx: ToolkitContext, product: Product, focus?: Industry): HighTicketToolkit {
  return memoised(ctx, `high-ticket ${product.id} ${focus?.id ?? ''}`, () =>
    highTicketToolkit(ctx, productContent(ctx.hub, product), focus),
  );
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

/** The modules the product's proposal builder offers, compiled once per build (the builder and each industry page need them). */
export function proposalCatalogueFor(ctx: ToolkitContext, product: Product, closing: ProposalClosing): ProposalCatalogue {
  return memoised(ctx, `proposal ${product.id} ${closing.company}`, () =>
    proposalCatalogue(ctx, productContent(ctx.hub, product), closing),
  );
}

/** What a proposal closes with, from the hub's settings. */
export function proposalClosingOf(settings: {
  brand: { company: string };
  customerContact: ProposalClosing['contact'];
  proposalNextSteps: readonly string[];
}): ProposalClosing {
  return { company: settings.brand.company, contact: settings.customerContact, nextSteps: settings.proposalNextSteps };
}

/** The builder, opened on a proposal pre-filled for the industry (or for any industry): what a toolkit links to. */
export function preselectedProposalPath(catalogue: ProposalCatalogue, industry: string | undefined): string {
  const context = { lang: catalogue.lang, industry, region: undefined };
  return proposalPath(
    catalogue.product.id,
    selectionToQuery({ customer: '', rep: { name: '', contact: '' }, ...context, moduleIds: preselectionFor(catalogue, context) }),
  );
}

/** The one-pager of a product, or of the product for one industry, compiled once per build (A4 and Letter share it). */
export function onePagerFor(
  ctx: ToolkitContext,
  product: Product,
  brand: { company: string; contact: CustomerContact },
  industry?: Industry,
): OnePager {
  return memoised(ctx, `one-pager ${product.id} ${industry?.id ?? ''}`, () =>
    onePager(ctx, productContent(ctx.hub, product), brand.contact, brand.company, industry),
  );
}

/** The sections of one variant that have nothing to show, by title. */
function missingSections(ctx: ToolkitContext, product: Product, variant: ToolkitVariant): string[] {
  if (variant === 'quick-sale') {
    const toolkit = quickSaleToolkitFor(ctx, product);
    return emptyQuickSaleSections(toolkit).map((id) => toolkit.sections[id].title);
  }
  const toolkit = highTicketToolkitFor(ctx, product);
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
        href: toolkitPagePath(product.id, variant),
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

/** Products that have toolkits in this build: none where the build publishes no toolkits. */
export function toolkitProducts(hub: Pick<Hub, 'entries' | 'publication'>): Product[] {
  return hub.publication.sections.toolkits ? hub.entries.products : [];
}

/** Products that get the given toolkit variant: the static paths of that variant's pages. */
export function productsWithVariant(hub: Hub, rules: VariantRules, variant: ToolkitVariant): Product[] {
  return toolkitProducts(hub).filter((product) => toolkitVariantsFor(product.data, rules).variants.includes(variant));
}

/** One toolkit page: a variant of a product's toolkit, whole or for one industry it is sold to. */
export interface ToolkitPage {
  product: Product;
  variant: ToolkitVariant;
  industry: Industry | undefined;
  path: string;
}

/** Every toolkit page this build has, in product order. */
export function toolkitPages(hub: Hub, rules: VariantRules): ToolkitPage[] {
  return toolkitProducts(hub).flatMap((product) =>
    toolkitVariantsFor(product.data, rules).variants.flatMap((variant) => [
      { product, variant, industry: undefined, path: toolkitPagePath(product.id, variant) },
      ...hub.resolve(product.data.industries).map((industry) => ({
        product,
        variant,
        industry,
        path: industryToolkitPath(product.id, industry.id, variant),
      })),
    ]),
  );
}

/** What a toolkit page tells search: the product, the audience it serves, and whom the build is for. */
export function toolkitSearchRecord(
  hub: Pick<Hub, 'scope'>,
  product: Product,
  variant: ToolkitVariant,
  audience: { industries: readonly string[]; personas?: readonly string[] },
): SearchRecord {
  const record = searchRecord({
    type: 'Sales toolkit',
    products: [product.data.title],
    industries: [...audience.industries],
    personas: [...(audience.personas ?? [])],
    variant,
    audience: toolkitAudience(hub),
    status: product.data.status,
    reviewBy: product.data.reviewBy,
  });
  return recordForReaders(record, isStaffView(hub.scope));
}
