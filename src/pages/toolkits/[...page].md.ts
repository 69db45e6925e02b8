import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import { twinPath } from '../../lib/markdownTwin';
import type { ToolkitPage } from '../../lib/toolkits/catalog';
import { highTicketToolkitFor, quickSaleToolkitFor, toolkitPages } from '../../lib/toolkits/catalog';
import { highTicketTwin, quickSaleTwin } from '../../lib/toolkits/toolkitTwin';

const prefix = '/toolkits/';

export const getStaticPaths = (async () =>
  toolkitPages(await getHub(), hubConfig).map((page) => ({
    params: { page: twinPath(page.path).slice(prefix.length, -'.md'.length) },
    props: { ...page },
  }))) satisfies GetStaticPaths;

/** A toolkit page as Markdown, for assistants and other tools: GET /toolkits/<product>/<variant>[/<industry>].md. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { product, variant, industry, path } = props as ToolkitPage;
  const ctx = { hub: await getHub(), settings: hubConfig };
  const settings = { siteUrl: String(site ?? url.origin) };
  const text =
    variant === 'quick-sale'
      ? quickSaleTwin(quickSaleToolkitFor(ctx, product), industry?.id, path, settings)
      : highTicketTwin(highTicketToolkitFor(ctx, product, industry), path, settings);
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
