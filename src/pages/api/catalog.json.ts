import type { APIRoute } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import { catalogDocument, catalogToolkit } from '../../lib/catalogApi';
import { highTicketToolkitFor, quickSaleToolkitFor, toolkitPages } from '../../lib/toolkits/catalog';

/** Every entry and toolkit page this build publishes, for assistants and other tools: GET /api/catalog.json. */
export const GET: APIRoute = async ({ site, url }) => {
  const hub = await getHub();
  const siteUrl = String(site ?? url.origin);
  const context = { siteUrl, scope: hub.scope };
  const ctx = { hub, settings: hubConfig };
  const toolkits = toolkitPages(hub, hubConfig).map((page) =>
    catalogToolkit(
      page,
      page.variant === 'quick-sale'
        ? { kind: 'quick-sale', model: quickSaleToolkitFor(ctx, page.product) }
        : { kind: 'high-ticket', model: highTicketToolkitFor(ctx, page.product, page.industry) },
      context,
    ),
  );
  return Response.json(catalogDocument(hub, toolkits, context, { siteUrl, variantRules: hubConfig }));
};
