import type { CustomerCase, Product } from '../entries';
import { entryPath } from '../entries';
import type { ToolkitVariant, VariantRules } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import type { AudienceFilter } from '../toolkits/relevance';
import { filterToQuery } from '../toolkits/relevance';
import type { KitSources } from './sources';

export const toolkitLabels: Record<ToolkitVariant, string> = {
  'quick-sale': 'Quick-sale toolkit',
  'high-ticket': 'High-ticket toolkit',
};

export interface ToolkitLink {
  product: { id: string; title: string };
  variant: ToolkitVariant;
  label: string;
  path: string;
}

export interface SalesHandoff {
  toolkits: ToolkitLink[];
  /** Why each product gets the toolkits it gets, so marketing hands leads to the right motion. */
  reasons: { product: string; reason: string }[];
  cases: { id: string; title: string; customer: string; path: string }[];
}

/** A product's sales toolkit, opened on the industry and buyer given (the toolkit ignores ones it does not offer). */
export function toolkitPath(product: Pick<Product, 'id'>, variant: ToolkitVariant, audience: AudienceFilter = {}): string {
  return `/toolkits/${product.id}/${variant}/${filterToQuery(audience)}`;
}

/** A kit aimed at one industry or one buyer opens the toolkit filtered to it; a broader kit opens it whole. */
function kitAudience(sources: KitSources): AudienceFilter {
  return {
    industry: sources.industries.length === 1 ? sources.industries[0]?.id : undefined,
    persona: sources.personas.length === 1 ? sources.personas[0]?.id : undefined,
  };
}

/**
 * Where a lead from this campaign or solution goes next: the sales toolkit for each product (in the
 * variant its deal profile calls for, filtered to the kit's audience) and the cases reps will cite,
 * linked rather than copied.
 */
export function salesHandoffFor(sources: KitSources, rules: VariantRules): SalesHandoff {
  const decisions = sources.products.map((product) => ({ product, decision: toolkitVariantsFor(product.data, rules) }));
  const audience = kitAudience(sources);
  return {
    toolkits: decisions.flatMap(({ product, decision }) =>
      decision.variants.map((variant) => ({
        product: { id: product.id, title: product.data.title },
        variant,
        label: toolkitLabels[variant],
        path: toolkitPath(product, variant, audience),
      })),
    ),
    reasons: decisions.map(({ product, decision }) => ({ product: product.data.title, reason: decision.reason })),
    cases: sources.cases.map((c: CustomerCase) => ({ id: c.id, title: c.data.title, customer: c.data.customer, path: entryPath(c) })),
  };
}
