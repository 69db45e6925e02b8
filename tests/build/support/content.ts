/**
 * The content as the tests see it: every entry file's frontmatter read with js-yaml, and the
 * publishing rules restated independently of src/lib/gating.ts, so build-output tests follow the
 * content (not a hard-coded list) and catch a gating bug instead of repeating it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { suiteDay } from '../../../tools/lib/suiteDay.mjs';
import { projectRoot } from './astroProject';

export const collections = [
  'products',
  'industries',
  'personas',
  'value-props',
  'solutions',
  'cases',
  'competitors',
  'objections',
  'messaging',
  'rfp',
  'campaigns',
] as const;
export type Collection = (typeof collections)[number];
/** Who a build is for (GTM_AUDIENCE); an entry's own audience is only ever public or internal. */
export type Audience = 'public' | 'partner' | 'internal';

export interface ContentEntry {
  collection: Collection;
  id: string;
  /** Path from the project root. */
  file: string;
  data: Record<string, unknown>;
  title: string;
  status: string;
  /** YYYY-MM-DD as written. */
  reviewBy: string;
  audience: 'public' | 'internal';
  /** The entry's stable URL; messaging lives at its product's id. */
  url: string;
}

/** The content root the build read: GTM_CONTENT_DIR when set, as the loader does. */
export function contentDir(): string {
  return resolve(projectRoot, process.env['GTM_CONTENT_DIR'] ?? 'src/content');
}

/** The day the test builds compare review-by dates with (npm run test:sites builds with it). */
export function buildDay(): string {
  return suiteDay;
}

function isoDay(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function frontmatter(source: string, file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(source);
  if (!match) throw new Error(`${file} has no frontmatter`);
  const data = yaml.load(match[1] ?? '');
  if (!data || typeof data !== 'object') throw new Error(`${file} frontmatter is not a mapping`);
  return data as Record<string, unknown>;
}

export function loadContent(root = contentDir()): ContentEntry[] {
  const entries: ContentEntry[] = [];
  for (const collection of collections) {
    const dir = join(root, collection);
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const name of names) {
      const parts = name.split(sep);
      if (!/\.(md|mdx)$/u.test(name) || (parts.at(-1) ?? '').startsWith('_') || parts.some((p) => p.startsWith('.'))) continue;
      const file = join(dir, name);
      const data = frontmatter(readFileSync(file, 'utf8'), file);
      const fromPath = parts
        .join('/')
        .replace(/\.(md|mdx)$/u, '')
        .replace(/(^|\/)index$/u, '')
        .toLowerCase();
      const id = typeof data['slug'] === 'string' ? data['slug'] : fromPath;
      entries.push({
        collection,
        id,
        file: relative(projectRoot, file),
        data,
        title: String(data['title'] ?? ''),
        status: String(data['status'] ?? ''),
        reviewBy: isoDay(data['reviewBy']),
        audience: data['audience'] === 'public' ? 'public' : 'internal', // the schema's default is internal
        url: collection === 'messaging' ? `/messaging/${String(data['product'])}/` : `/${collection}/${id}/`,
      });
    }
  }
  return entries;
}

/** Why a published build of this audience leaves the entry out (empty: it must be there). */
export function gateReasons(entry: ContentEntry, audience: Audience, today = buildDay()): string[] {
  const reasons: string[] = [];
  if (entry.status !== 'approved') reasons.push(entry.status);
  if (entry.reviewBy < today) reasons.push(`review-by ${entry.reviewBy} has passed`);
  if (audience !== 'internal' && entry.audience !== 'public') reasons.push('internal only');
  return reasons;
}

export function published(entries: ContentEntry[], audience: Audience): ContentEntry[] {
  return entries.filter((e) => gateReasons(e, audience).length === 0);
}

export function gated(entries: ContentEntry[], audience: Audience): ContentEntry[] {
  return entries.filter((e) => gateReasons(e, audience).length > 0);
}

/** What the customer's library (the public build) publishes; every other build publishes every collection. */
export const customerCollections: readonly Collection[] = ['products', 'solutions', 'value-props', 'cases', 'rfp'];

/** Entries that have a page in a build of this audience: published, of a collection the build carries. */
export function withPages(entries: ContentEntry[], audience: Audience): ContentEntry[] {
  return published(entries, audience).filter((e) => audience !== 'public' || customerCollections.includes(e.collection));
}

/**
 * What a file sent to customers may never hold, from the content itself: the title of every entry
 * the public library leaves out and the customer of every such case, the pricing notes of the
 * build's products, and every entry owner.
 */
export function notForCustomers(entries: ContentEntry[], audience: Audience): { text: string; why: string }[] {
  const shown = new Set(published(entries, 'public'));
  const forbidden = entries
    .filter((e) => !shown.has(e))
    .flatMap((e) => [
      { text: e.title, why: `${e.file} is not customer-facing (${e.audience}, ${e.status})` },
      ...(e.collection === 'cases' ? [{ text: String(e.data['customer']), why: `${e.file} names a customer that may not be named` }] : []),
    ]);
  const products = published(entries, audience).filter((e) => e.collection === 'products');
  const owners = [...new Set(entries.map((e) => String(e.data['owner'])))];
  return [
    ...forbidden,
    ...products.flatMap((p) =>
      typeof p.data['pricingNotes'] === 'string' ? [{ text: p.data['pricingNotes'].slice(0, 60), why: `${p.file} pricing notes` }] : [],
    ),
    ...owners.map((owner) => ({ text: owner, why: 'an entry owner (governance metadata)' })),
  ].filter((f) => f.text.length > 3);
}
