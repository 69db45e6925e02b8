import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import type { DetailCollection } from '../../lib/entries';
import { fullTextCollections, llmsFullText } from '../../lib/llmsTxt';

export const getStaticPaths = (async () =>
  fullTextCollections(await getHub()).map((collection) => ({ params: { collection }, props: { collection } }))) satisfies GetStaticPaths;

/** One collection's approved text, for AI assistants: GET /llms-full/<collection>.txt. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { collection } = props as { collection: DetailCollection };
  const text = llmsFullText(await getHub(), collection, { company: hubConfig.brand.company, siteUrl: String(site ?? url.origin) });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
