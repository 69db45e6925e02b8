/**
 * The search index as a reader's browser uses it: each build's Pagefind bundles are served over
 * loopback HTTP and queried with the pagefind.js the build wrote, merged exactly as the UI merges
 * them. What must be found is found (in English and Chinese); what the build leaves out is not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchBundleManifest } from '../../src/lib/search/bundles';
import { searchBundleDir, searchBundleManifestFile } from '../../src/lib/search/bundles';
import { searchFacets } from '../../src/lib/search/query';
import type { Audience, ContentEntry } from './support/content';
import { buildDay, gated, gateReasons, loadContent, withPages } from './support/content';
import { assertBuilt, distDirs } from './support/dist';

interface Result {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindInstance {
  mergeIndex(path: string, options: { language: string }): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: { data(): Promise<Result> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

interface Index {
  manifest: SearchBundleManifest;
  search(term: string | null, filters?: Record<string, unknown>): Promise<Result[]>;
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/** Serves `dir` on a loopback port and opens its bundles the way src/client/search/pagefindIndex.ts does. */
async function openIndex(dir: string): Promise<Index> {
  assertBuilt(dir);
  const root = resolve(dir);
  const server = createServer((request, response) => {
    const path = resolve(root, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)}`);
    if (!path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) => response.writeHead(200).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${searchBundleDir}/`;
  const bundle = join(root, searchBundleDir);
  const manifest = JSON.parse(readFileSync(join(bundle, searchBundleManifestFile), 'utf8')) as SearchBundleManifest;
  const module = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as {
    createInstance(options: { basePath: string }): PagefindInstance;
  };
  const pagefind = module.createInstance({ basePath: base });
  for (const { language, path } of manifest.merge) await pagefind.mergeIndex(`${base}${path}`, { language });
  return {
    manifest,
    async search(term, filters = {}) {
      const { results } = await pagefind.search(term, { filters });
      const data = await Promise.all(results.map((r) => r.data()));
      // Results carry the server's origin; compare site paths.
      return data.map((d) => ({ ...d, url: new URL(d.url, base).pathname }));
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy();
      await new Promise((done) => server.close(done));
    },
  };
}

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

/** Entries with a page of their own that opts in to search (messaging pages are built per product). */
const hasOwnPage = (e: ContentEntry) => e.collection !== 'messaging';

describe.each(audiences)('the %s build search index', (audience) => {
  const dir = distDirs[audience];
  const shown = withPages(entries, audience).filter(hasOwnPage);
  const leftOut = gated(entries, audience).filter((e) => !shown.some((s) => s.url === e.url));
  let index: Index;

  beforeAll(async () => {
    index = await openIndex(dir);
  });
  afterAll(async () => {
    await index?.close();
  });

  it('is written into the build with only the hub runtime, one bundle per language', () => {
    const bundle = join(dir, searchBundleDir);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', searchBundleManifestFile]) {
      expect(existsSync(join(bundle, file)), file).toBe(true);
    }
    expect(existsSync(join(bundle, 'pagefind-ui.js')), 'the stock UI is not published').toBe(false);
    const languages = [index.manifest.primary, ...index.manifest.merge.map((m) => m.language)];
    const zh = shown.some((e) => e.data['lang'] === 'zh-CN');
    expect(languages.includes('zh-cn')).toBe(zh);
  });

  it('holds every published entry page', async () => {
    const urls = new Set((await index.search(null)).map((r) => r.url));
    const missing = shown.filter((e) => !urls.has(e.url)).map((e) => `${e.url} (${e.file})`);
    expect(missing).toEqual([]);
  });

  it('holds no listing or tool page', async () => {
    const urls = (await index.search(null)).map((r) => r.url);
    expect(urls.filter((u) => /^\/(?:[a-z-]+\/)?$|^\/(?:search|library|health)\//u.test(u))).toEqual([]);
  });

  it(`finds no gated entry on ${buildDay()}, by title or customer name`, async () => {
    expect(leftOut.length, 'the sample content has gated entries').toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const entry of leftOut) {
      const customer = typeof entry.data['customer'] === 'string' ? entry.data['customer'] : undefined;
      for (const term of [entry.title, customer]) {
        if (!term) continue;
        for (const result of await index.search(term)) {
          if (result.url === entry.url || result.meta['title'] === entry.title) {
            leaks.push(`"${term}" finds ${result.url} (${entry.file} [${gateReasons(entry, audience).join(', ')}])`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('offers the hub facets, with every published type', async () => {
    const filters = await index.filters();
    const known = searchFacets.map((f) => f.key as string);
    expect(Object.keys(filters).filter((name) => !known.includes(name))).toEqual([]);
    for (const facet of ['type', 'product', 'industry', 'audience'])
      expect(Object.keys(filters[facet] ?? {}).length, facet).toBeGreaterThan(0);
    expect(Object.keys(filters['type'] ?? {})).toEqual(expect.arrayContaining(['Customer case', 'Value proposition', 'Solution']));
    const total = Object.values(filters['type'] ?? {}).reduce((sum, n) => sum + n, 0);
    expect(total, 'every indexed page has exactly one type').toBe((await index.search(null)).length);
  });

  it('narrows by two facets at once', async () => {
    const all = await index.search(null, { type: 'Customer case' });
    const [industry] = Object.keys((await index.filters())['industry'] ?? {});
    const narrowed = await index.search(null, { type: 'Customer case', industry });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThanOrEqual(all.length);
    for (const r of narrowed) {
      expect(r.filters['type']).toContain('Customer case');
      expect(r.filters['industry']).toContain(industry);
    }
  });

  it('finds a case by its customer name, and ranks the case first', async () => {
    const theCase = shown.find((e) => e.collection === 'cases' && e.data['lang'] !== 'zh-CN');
    if (!theCase) throw new Error('the sample content has no published English case');
    const [first] = await index.search(String(theCase.data['customer']));
    expect(first?.url).toBe(theCase.url);
    expect(first?.meta).toMatchObject({ type: 'Customer case' });
    // A customer's result card says nothing of status or review dates; staff see both.
    if (audience !== 'internal') expect(Object.keys(first?.meta ?? {})).not.toContain('status');
    else expect(first?.meta).toMatchObject({ status: 'Approved' });
  });

  it('finds Chinese entries with a Chinese query', async () => {
    const chinese = shown.filter((e) => e.data['lang'] === 'zh-CN');
    expect(chinese.length, 'the sample content has published Chinese entries').toBeGreaterThan(0);
    for (const entry of chinese) {
      const urls = (await index.search(entry.title)).map((r) => r.url);
      expect(urls, `"${entry.title}"`).toContain(entry.url);
    }
  });

  if (audience !== 'internal') {
    it('holds only customer-facing entries', async () => {
      const entryUrls = new Set(entries.map((e) => e.url));
      const internal = await index.search(null, { audience: 'Internal only' });
      expect(internal.filter((r) => entryUrls.has(r.url)).map((r) => r.url)).toEqual([]);
    });
  }
});
