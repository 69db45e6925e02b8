import type { APIRoute } from 'astro';
import { getKits } from '../../data/kitData';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import { apiIndexDocument } from '../../lib/kits/api';
import { messagingHousesFor, messagingProducts } from '../../lib/messaging';

/** Everything the API publishes in this build: GET /api/index.json. */
export const GET: APIRoute = async ({ site, url }) => {
  const hub = await getHub();
  const products = messagingProducts(hub).map((product) => ({
    product,
    houses: messagingHousesFor(hub, product, hubConfig.boilerplateWordLimits).length,
  }));
  const document = apiIndexDocument(products, await getKits(), { siteUrl: String(site ?? url.origin), scope: hub.scope });
  return Response.json(document);
};
