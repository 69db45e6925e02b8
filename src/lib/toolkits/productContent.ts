import type {
  Competitor,
  CustomerCase,
  Industry,
  Messaging,
  Objection,
  Persona,
  Product,
  RfpAnswer,
  Solution,
  ValueProp,
} from '../entries';
import type { Hub } from '../hub';

/** Everything approved that is written about one product: the raw material of its toolkits. */
export interface ProductContent {
  product: Product;
  /** The product's messaging set; a product has one, so the first (by title) wins if two exist. */
  messaging: Messaging | undefined;
  valueProps: ValueProp[];
  solutions: Solution[];
  cases: CustomerCase[];
  competitors: Competitor[];
  objections: Objection[];
  rfpAnswers: RfpAnswer[];
  /** Industries the product is sold to, as the product lists them. */
  industries: Industry[];
  /** Buyers the product is sold to, as the product lists them. */
  personas: Persona[];
}

/**
 * Collects a product's content through the hub's reverse indexes: each lookup touches only the
 * entries that cite the product, so a toolkit costs the same whether the hub holds 30 or 10,000 entries.
 */
export function productContent(hub: Hub, product: Product): ProductContent {
  const id = product.id;
  return {
    product,
    messaging: hub.referrers('messaging', 'product', id)[0],
    valueProps: hub.referrers('value-props', 'product', id),
    solutions: hub.referrers('solutions', 'products', id),
    cases: hub.referrers('cases', 'products', id),
    competitors: hub.referrers('competitors', 'products', id),
    objections: hub.referrers('objections', 'products', id),
    rfpAnswers: hub.referrers('rfp', 'products', id),
    industries: hub.resolve(product.data.industries),
    personas: hub.resolve(product.data.personas),
  };
}
