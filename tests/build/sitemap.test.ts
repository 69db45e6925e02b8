/**
 * Every build's sitemap (`/sitemap-index.xml`): it lists pages of that build only, on its own site,
 * every one of them built, none gated, no error page, `/health/` only where the build has it; and
 * every entry page the build published is in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Audience } from './support/content';
import { gated, loadContent, withPages } from './support/content';
import { distDirs, pageExists, siteUrls } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1] ?? '');

function sitemapUrls(dir: string): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const files = locs(index);
  expect(files.length).toBeGreaterThan(0);
  return files.flatMap((file) => locs(readFileSync(join(dir, new URL(file).pathname), 'utf8')));
}

describe.each(audiences)('%s build: sitemap', (audience) => {
  const dir = distDirs[audience];
  const site = siteUrls[audience];
  const urls = sitemapUrls(dir);
  const paths = urls.map((url) => new URL(url).pathname);

  it('lists pages of this site that the build generated, and no error page', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(site))).toEqual([]);
    expect(paths.filter((path) => !pageExists(dir, path))).toEqual([]);
    expect(paths.filter((path) => /^\/(404|500)\/?$/u.test(path))).toEqual([]);
    expect(paths.includes('/health/')).toBe(audience === 'internal');
  });

  it('lists no gated entry and every published entry page', () => {
    const shown = new Set(withPages(entries, audience).map((e) => e.url));
    const leftOut = gated(entries, audience).filter((e) => !shown.has(e.url));
    expect(leftOut.length).toBeGreaterThan(0);
    expect(leftOut.filter((e) => paths.includes(e.url)).map((e) => e.file)).toEqual([]);
    expect([...shown].filter((url) => !paths.includes(url))).toEqual([]);
  });
});
