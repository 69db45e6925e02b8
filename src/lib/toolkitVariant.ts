import type { toolkitVariants } from '../schemas/values';

export type ToolkitVariant = (typeof toolkitVariants)[number];

export interface DealProfile {
  contractValue: number;
  currency: string;
  cycleDays: number;
  tenders: boolean;
}

export interface VariantRules {
  toolkitThresholds: { quickSaleMaxContractValue: number; quickSaleMaxCycleDays: number; currency: string };
  exchangeRates: Record<string, number>;
}

export interface VariantDecision {
  variants: ToolkitVariant[];
  /** One sentence a rep or PMM can read: why the product got these toolkits. */
  reason: string;
}

/** Converts a contract value into the thresholds' currency. */
export function contractValueIn(deal: DealProfile, rules: VariantRules): number {
  const from = rules.exchangeRates[deal.currency];
  const to = rules.exchangeRates[rules.toolkitThresholds.currency];
  if (from === undefined || to === undefined) {
    throw new Error(
      `No exchange rate for ${from === undefined ? deal.currency : rules.toolkitThresholds.currency}: add it to exchangeRates in src/config/hub.config.ts.`,
    );
  }
  return (deal.contractValue * from) / to;
}

/**
 * Quick-sale when the deal is small, short and never tendered; high-ticket otherwise.
 * An explicit `toolkitVariants` on the product wins, so a product sold both ways gets both.
 */
export function toolkitVariantsFor(
  product: { deal: DealProfile; toolkitVariants?: ToolkitVariant[] | undefined },
  rules: VariantRules,
): VariantDecision {
  const t = rules.toolkitThresholds;
  const value = contractValueIn(product.deal, rules);
  const fmt = (n: number) => `${Math.round(n).toLocaleString('en-US')} ${t.currency}`;
  if (product.toolkitVariants && product.toolkitVariants.length > 0) {
    const variants = (['quick-sale', 'high-ticket'] as const).filter((v) => product.toolkitVariants?.includes(v));
    return { variants, reason: `Set by the product: sold as ${variants.join(' and ')}.` };
  }
  const reasonsForHighTicket: string[] = [];
  if (value >= t.quickSaleMaxContractValue)
    reasonsForHighTicket.push(`typical contract ${fmt(value)} ≥ ${fmt(t.quickSaleMaxContractValue)}`);
  if (product.deal.cycleDays > t.quickSaleMaxCycleDays)
    reasonsForHighTicket.push(`cycle ${product.deal.cycleDays} days > ${t.quickSaleMaxCycleDays}`);
  if (product.deal.tenders) reasonsForHighTicket.push('deals go to tender');
  if (reasonsForHighTicket.length > 0) {
    return { variants: ['high-ticket'], reason: `High-ticket: ${reasonsForHighTicket.join('; ')}.` };
  }
  return {
    variants: ['quick-sale'],
    reason: `Quick-sale: typical contract ${fmt(value)} < ${fmt(t.quickSaleMaxContractValue)}, cycle ${product.deal.cycleDays} days ≤ ${t.quickSaleMaxCycleDays}, no tenders.`,
  };
}
