import type { CustomerCase, Entry, Industry, Persona, Product } from './entries';
import { collectionNames } from './entries';
import type { Hub } from './hub';
import { daysUntilReview, isCustomerFacing } from './gating';

/**
 * The problems the hub can see by itself (the feedback loop's "system" problems): gaps in
 * coverage, entries nothing points at, content about to expire.
 */
export interface CoverageGap {
  product: Product;
  missing: 'customer-facing case' | 'value proposition';
  industry?: Industry;
  persona?: Persona;
  /** Cases of the product × industry that staff may read but a customer may not (internal ones). */
  internalCases: CustomerCase[];
}

export interface ReviewDue {
  entry: Entry;
  daysLeft: number;
}

export interface HealthReport {
  gaps: CoverageGap[];
  orphans: Entry[];
  reviewDue: ReviewDue[];
  productsWithoutMessaging: Product[];
  unprovenValueProps: Entry<'value-props'>[];
}

/**
 * Every industry a product is sold to needs a case a rep may send to a customer there (an internal
 * case helps staff but proves nothing to a customer); every target persona a value proposition.
 */
export function coverageGaps(hub: Hub): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const product of hub.entries.products) {
    const cases = hub.referrers('cases', 'products', product.id);
    for (const industry of hub.resolve(product.data.industries)) {
      const inIndustry = cases.filter((c) => c.data.industry.id === industry.id);
      if (!inIndustry.some((c) => isCustomerFacing(c.data, hub.scope))) {
        gaps.push({ product, missing: 'customer-facing case', industry, internalCases: inIndustry });
      }
    }
    const valueProps = hub.referrers('value-props', 'product', product.id);
    for (const persona of hub.resolve(product.data.personas)) {
      if (!valueProps.some((vp) => vp.data.personas.some((p) => p.id === persona.id))) {
        gaps.push({ product, missing: 'value proposition', persona, internalCases: [] });
      }
    }
  }
  return gaps;
}

/** Building blocks nothing uses: a case no solution, value proposition or objection cites; a value proposition no solution carries. */
export function orphans(hub: Hub): Entry[] {
  const orphanCases = hub.entries.cases.filter(
    (c) =>
      c.data.solutions.length === 0 &&
      hub.referrers('value-props', 'proofPoints', c.id).length === 0 &&
      hub.referrers('objections', 'proof', c.id).length === 0 &&
      hub.referrers('messaging', 'keyMessages', c.id).length === 0,
  );
  const orphanValueProps = hub.entries['value-props'].filter((vp) => hub.referrers('solutions', 'valueProps', vp.id).length === 0);
  return [...orphanCases, ...orphanValueProps];
}

/** Entries whose review-by date falls within `withinDays`, soonest first (past dates in previews). */
export function reviewDue(hub: Hub, withinDays: number): ReviewDue[] {
  return collectionNames
    .flatMap((name) => hub.entries[name] as Entry[])
    .map((entry) => ({ entry, daysLeft: daysUntilReview(entry.data.reviewBy, hub.scope.today) }))
    .filter((row) => row.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

export function healthReport(hub: Hub, dueSoonDays: number): HealthReport {
  return {
    gaps: coverageGaps(hub),
    orphans: orphans(hub),
    reviewDue: reviewDue(hub, dueSoonDays),
    productsWithoutMessaging: hub.entries.products.filter((p) => hub.referrers('messaging', 'product', p.id).length === 0),
    // Proof counts only if its case is published or its figure is sourced; a gated case proves nothing.
    unprovenValueProps: hub.entries['value-props'].filter(
      (vp) => !vp.data.proofPoints.some((proof) => (proof.case ? hub.get(proof.case) : (proof.source ?? '').trim())),
    ),
  };
}
