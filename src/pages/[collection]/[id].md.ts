import type { APIRoute, GetStaticPaths } from 'astro';
import { hubConfig } from '../../config/hub.config';
import { getHub } from '../../data/hub';
import { pageCacheKey } from '../../data/pageCacheKey';
import type { Entry } from '../../lib/entries';
import { entryTwin } from '../../lib/markdownTwin';

export const getStaticPaths = (async () => {
  const hub = await getHub();
  return Promise.all(
    hub.publication.collections.flatMap((collection) =>
      hub.entries[collection].map(async (entry: Entry) => ({
        params: { collection, id: entry.id },
        props: { entry },
        cacheKey: await pageCacheKey(entry),
      })),
    ),
  );
}) satisfies GetStaticPaths;

/** The entry's page as Markdown, for assistants and other tools: GET /<collection>/<id>.md. */
export const GET: APIRoute = async ({ props, site, url }) => {
  const { entry } = props as { entry: Entry };
  const text = entryTwin(await getHub(), entry, { siteUrl: String(site ?? url.origin), variantRules: hubConfig });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
