/**
 * Reads a build output folder: every text file, plus Pagefind's compressed index files unpacked,
 * so a leak into the search index is found like a leak into a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { hubConfig } from '../../../src/config/hub.config';
import { projectRoot } from './astroProject';

/** Where each build is published: its `site`, which its own absolute URLs start with. */
export const siteUrls = {
  internal: hubConfig.internalSiteUrl,
  partner: hubConfig.partnerSiteUrl,
  public: hubConfig.publicSiteUrl,
} as const;

export const distDirs = {
  internal: resolve(projectRoot, process.env['GTM_DIST'] ?? 'dist'),
  partner: resolve(projectRoot, process.env['GTM_DIST_PARTNER'] ?? 'dist-partner'),
  public: resolve(projectRoot, process.env['GTM_DIST_PUBLIC'] ?? 'dist-public'),
} as const;

const TEXT = /\.(html?|json|js|mjs|cjs|css|txt|xml|svg|webmanifest|md|csv|ics|vcf)$/iu;
const PAGEFIND = /\.pf_(fragment|meta|index|filter)$/iu;

export interface DistFile {
  /** Path inside the output folder, with forward slashes. */
  path: string;
  text: string;
}

const cache = new Map<string, DistFile[]>();

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the sites first (npm run test:sites), then run these tests.`);
  }
}

export function readDist(dir: string): DistFile[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  assertBuilt(dir);
  const files: DistFile[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = name.split('\\').join('/');
    if (TEXT.test(name)) {
      files.push({ path, text: readFileSync(join(dir, name), 'utf8') });
    } else if (PAGEFIND.test(name)) {
      const raw = readFileSync(join(dir, name));
      let text: string;
      try {
        text = gunzipSync(raw).toString('utf8');
      } catch {
        text = raw.toString('utf8');
      }
      files.push({ path, text });
    }
  }
  cache.set(dir, files);
  return files;
}

export function pageExists(dir: string, url: string): boolean {
  return existsSync(join(dir, url, 'index.html'));
}

export function readPage(dir: string, url: string): string {
  return readFileSync(join(dir, url, 'index.html'), 'utf8');
}

/** The ways a piece of text can be written into HTML, JSON or JavaScript output. */
export function encodings(text: string): string[] {
  const html = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  const variants = [
    text,
    html,
    html.replace(/"/gu, '&quot;').replace(/'/gu, '&#39;'),
    html.replace(/"/gu, '&#34;').replace(/'/gu, '&#x27;'),
    JSON.stringify(text).slice(1, -1),
  ];
  return [...new Set(variants)];
}

/** Files (paths) in which any encoding of `text` occurs. */
export function filesContaining(files: DistFile[], text: string): string[] {
  const needles = encodings(text);
  return files.filter((f) => needles.some((n) => f.text.includes(n))).map((f) => f.path);
}

/** Files in which `text` is the whole text of an element (`>text<`) or a JSON string value. */
export function filesWithElementText(files: DistFile[], text: string): string[] {
  const needles = encodings(text).flatMap((n) => [`>${n}<`, `"${n}"`]);
  return files.filter((f) => needles.some((n) => f.text.includes(n))).map((f) => f.path);
}

/** Ids of the entity pages built for a collection: `<dir>/<collection>/<id>/index.html`. */
export function entityPages(dir: string, collection: string): string[] {
  const base = join(dir, collection);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'index.html')))
    .map((d) => d.name);
}
