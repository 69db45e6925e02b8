import { hubConfig } from '../config/hub.config';
import type { Product } from '../lib/entries';
import { learningPathFor, trainingProducts, type LearningPath } from '../lib/training/learningPath';
import { getHub } from './hub';

export interface LearningPathPage {
  product: Product;
  path: LearningPath;
}

/** One learning path per product with training, compiled once for the pages of that path. */
export async function learningPathPages(): Promise<LearningPathPage[]> {
  const hub = await getHub();
  return trainingProducts(hub).map((product) => ({ product, path: learningPathFor(hub, product, hubConfig) }));
}
