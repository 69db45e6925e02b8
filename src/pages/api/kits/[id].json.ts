import type { APIRoute, GetStaticPaths } from 'astro';
import { kitRoutePaths, kitDocumentKindsFor, kitImageFiles } from '../../../data/kitData';
import { getHub } from '../../../data/hub';
import { kitDocument } from '../../../lib/kits/api';
import type { MarketingKit } from '../../../lib/kits/kit';

export const getStaticPaths = kitRoutePaths satisfies GetStaticPaths;

/** One marketing kit for other tools: GET /api/kits/<id>.json. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { kit } = props as { kit: MarketingKit };
  const hub = await getHub();
  const document = kitDocument(kit, await kitImageFiles(kit), await kitDocumentKindsFor(kit), {
    siteUrl: String(site ?? url.origin),
    scope: hub.scope,
  });
  return Response.json(document);
};
