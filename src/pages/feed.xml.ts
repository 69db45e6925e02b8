import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { hubConfig } from '../config/hub.config';
import { getChanges } from '../data/changes';
import { getHub } from '../data/hub';
import { feedItem, feedLimit, feedPath, whatsNewPagePath } from '../lib/whatsNew';

/** What changed as an Atom feed: GET /feed.xml, the newest changes this build may show. */
export const GET: APIRoute = async ({ site, url }) => {
  const siteUrl = String(site ?? url.origin);
  const hub = await getHub();
  const changes = (await getChanges()).all.slice(0, feedLimit);
  const feed = new Feed({
    id: new URL(whatsNewPagePath, siteUrl).toString(),
    title: `${hub.publication.name}: what changed`,
    description: `Approved content from ${hubConfig.brand.company} added, updated and retired, newest first.`,
    link: new URL(whatsNewPagePath, siteUrl).toString(),
    feedLinks: { atom: new URL(feedPath, siteUrl).toString() },
    // The newest change, not the build's clock: rebuilding unchanged content changes nothing.
    updated: changes[0]?.date ?? hub.scope.today,
    author: { name: `${hubConfig.brand.company} product marketing` },
    copyright: `© ${hubConfig.brand.company}`,
    generator: 'GTM Hub',
  });
  for (const change of changes) feed.addItem(feedItem(change, siteUrl));
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
