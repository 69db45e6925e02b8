/**
 * Where "what changed" lives and how much of it a page or the feed holds: the newest changes only,
 * so pages and the feed stay small however long the history grows.
 */
import { escapeHtml } from './caseEmail';
import type { ContentChange } from './contentChanges';
import { changeKindLabels } from './contentChanges';
import type { Product } from './entries';

/** Changes on /whats-new/ and on each product's list. */
export const whatsNewLimit = 50;
/** Changes in /feed.xml. */
export const feedLimit = 50;
/** Changes on the home page. */
export const homeLimit = 5;

export const whatsNewPagePath = '/whats-new/';
export const feedPath = '/feed.xml';

export function whatsNewPath(product: Pick<Product, 'id'>): string {
  return `${whatsNewPagePath}${product.id}/`;
}

/**
 * One change as a feed entry: a stable id, a title saying what happened, and where to read it. The
 * feed library marks titles and summaries as HTML, so the plain text is escaped to read as written.
 */
export function feedItem(change: ContentChange, siteUrl: string) {
  const page = new URL(change.path ?? whatsNewPagePath, siteUrl).toString();
  const day = change.date.toISOString().slice(0, 10);
  return {
    // A tag URI (RFC 4151): the same change keeps its id whichever address the build is served at.
    id: `tag:${new URL(siteUrl).hostname},${day}:${change.commit}/${change.entry.collection}/${change.entry.id}`,
    title: escapeHtml(`${changeKindLabels[change.kind]}: ${change.title}`),
    link: page,
    date: change.date,
    description: escapeHtml(change.summary ?? `${changeKindLabels[change.kind]} on ${day}.`),
    category: change.products.map((p) => ({ name: p.data.title, term: p.id })),
  };
}
