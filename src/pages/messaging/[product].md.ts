import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import type { Product } from '../../lib/entries';
import { messagingTwin } from '../../lib/markdownTwin';
import { messagingHousesFor, messagingProducts } from '../../lib/messaging';

export const getStaticPaths = (async () =>
  messagingProducts(await getHub()).map((product) => ({ params: { product: product.id }, props: { product } }))) satisfies GetStaticPaths;

/** A product's messaging page as Markdown: GET /messaging/<product>.md. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { product } = props as { product: Product };
  const houses = messagingHousesFor(await getHub(), product, hubConfig.boilerplateWordLimits);
  const text = messagingTwin(houses, `/messaging/${product.id}/`, { siteUrl: String(site ?? url.origin) });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
