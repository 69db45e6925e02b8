import type { CustomerCase } from '../entries';
import { entryPath } from '../entries';
import type { ToolkitVariant, VariantRules } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import { toolkitPath } from '../toolkits/catalog';
import type { AudienceFilter } from '../toolkits/relevance';
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

export interface HandoffCase {
  id: string;
  title: string;
  customer: string;
  path: string;
}

export interface SalesHandoff {
  toolkits: ToolkitLink[];
  /** Why each product gets the toolkits it gets, so marketing hands leads to the right motion. */
  reasons: { product: string; reason: string }[];
  /** Customer-facing cases: reps may send or name them. */
  cases: HandoffCase[];
  /**
   * Cases the customer has not approved for publication: for reps' background only, listed on the
   * kit page of an internal build and nowhere else (not in the ZIP or the JSON, which leave the hub).
   */
  internalCases: HandoffCase[];
}

/** A kit aimed at one industry or one buyer opens the toolkit filtered to it; a broader kit opens it whole. */
function kitAudience(sources: KitSources): AudienceFilter {
  return {
    industry: sources.industries.length === 1 ? sources.industries[0]?.id : undefined,
    persona: sources.personas.length === 1 ? sources.personas[0]?.id : undefined,
  };
}

function handoffCase(c: CustomerCase): HandoffCase {
  return { id: c.id, title: c.data.title, customer: c.data.customer, path: entryPath(c) };
}

/**
 * Where a lead from this campaign or solution goes next: the sales toolkit for each product (in the
 * variant its deal profile calls for, opened on the kit's audience) and the cases reps will cite,
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
    cases: sources.cases.map(handoffCase),
    internalCases: sources.internalCases.map(handoffCase),
  };
}
