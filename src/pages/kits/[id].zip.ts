import type { APIRoute, GetStaticPaths } from 'astro';
import { kitRoutePaths, kitArchive } from '../../data/kitData';
import { attachmentHeader } from '../../lib/kits/archive';
import type { MarketingKit } from '../../lib/kits/kit';
import { kitPaths } from '../../lib/kits/kit';

export const getStaticPaths = kitRoutePaths satisfies GetStaticPaths;

/** The whole kit as one download: Markdown text, the kit's JSON and its brand assets. */
export const GET: APIRoute = async ({ props, site, url, logger }) => {
  const { kit } = props as { kit: MarketingKit };
  const archive = await kitArchive(kit, String(site ?? url.origin), logger);
  return new Response(archive, {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': attachmentHeader(kitPaths(kit.id).archiveFileName),
    },
  });
};
