import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../../../../config/hub.config';
import { getHub } from '../../../../../data/hub';
import type { Product } from '../../../../../lib/entries';
import { productsWithVariant, proposalCatalogueFor, proposalClosingOf } from '../../../../../lib/toolkits/catalog';
import { catalogueJson } from '../../../../../lib/toolkits/proposalCatalogue';

/**
 * The modules a product's proposal builder offers: GET /toolkits/<product>/high-ticket/proposal/catalogue.json.
 * The builder fetches it when it opens, so the page itself stays small however much is approved.
 */
export const getStaticPaths = (async () => {
  const hub = await getHub();
  return productsWithVariant(hub, hubConfig, 'high-ticket').map((product) => ({ params: { product: product.id }, props: { product } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { product } = props as { product: Product };
  const hub = await getHub();
  const catalogue = proposalCatalogueFor({ hub, settings: hubConfig }, product, proposalClosingOf(hubConfig));
  return new Response(catalogueJson(catalogue), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
