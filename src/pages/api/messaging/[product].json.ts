import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../../config/hub.config';
import { getHub } from '../../../data/hub';
import type { Product } from '../../../lib/entries';
import { messagingHousesFor, messagingProducts } from '../../../lib/messaging';
import { messagingDocument } from '../../../lib/messagingApi';

export const getStaticPaths = (async () => {
  const hub = await getHub();
  return messagingProducts(hub).map((product) => ({ params: { product: product.id }, props: { product } }));
}) satisfies GetStaticPaths;

/** Approved messaging of one product for other tools: GET /api/messaging/<product>.json. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { product } = props as { product: Product };
  const hub = await getHub();
  const houses = messagingHousesFor(hub, product, hubConfig.boilerplateWordLimits);
  const document = messagingDocument(product, houses, { siteUrl: String(site ?? url.origin), scope: hub.scope });
  return Response.json(document);
};
