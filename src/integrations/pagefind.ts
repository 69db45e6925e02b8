/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so the search index is
 * always made from exactly the pages this build wrote: it can be neither missing nor stale, and it
 * holds nothing the build did not publish.
 *
 * Only pages that opted in (BaseLayout sets `data-pagefind-body` on `<main>` when given a search
 * record) are indexed; pages are grouped into one bundle per language (see src/lib/search/bundles.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { link, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PagefindIndex } from 'pagefind';
import { close, createIndex } from 'pagefind';
import type { SearchBundleManifest } from '../lib/search/bundles';
import { bundleLanguage, bundleManifest, searchBundleDir, searchBundleManifestFile } from '../lib/search/bundles';

/** Pages read at once to learn their language: enough to keep the disk busy, few enough to bound memory. */
const concurrentPages = 8;

/**
 * Where each language's pages are linked for Pagefind to read, inside the output folder (links
 * cannot cross file systems) and removed before the build ends.
 */
const pagesByLanguageDir = '.search-pages';

/** Pagefind's stock UIs: the hub has its own, so they are not published. */
const stockUiFile = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/u;
/** Needed only in the primary bundle: merged bundles are searched by the primary's code and WebAssembly. */
const runtimeFile = /^(?:pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/u;

/** Whether Pagefind's file belongs in a bundle of this role. */
export function isPublishedBundleFile(path: string, role: 'primary' | 'merged'): boolean {
  if (stockUiFile.test(path)) return false;
  return role === 'primary' || !runtimeFile.test(path);
}

/** True when the page marks an element as its indexed region; all other pages stay out of search. */
export function hasSearchBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body[\s=>/]/iu.test(html);
}

/** The page's `<html lang>`, as written. */
export function pageLang(html: string): string | undefined {
  return /<html\b[^>]*\slang=["']?([^"'\s>]+)/iu.exec(html)?.[1];
}

interface PagefindResponse {
  errors: string[];
}

/** Pagefind reports failures as an `errors` array rather than throwing; a failed step must fail the build. */
function ensureOk<T extends PagefindResponse>(response: T, action: string): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${action}: ${response.errors.join('; ')}`);
  }
  return response;
}

export interface IndexSummary {
  pages: Map<string, number>;
  bytes: number;
  manifest: SearchBundleManifest | undefined;
}

async function writeBundle(index: PagefindIndex, outputDir: string, role: 'primary' | 'merged'): Promise<number> {
  const { files } = ensureOk(await index.getFiles(), `build the index for ${outputDir}`);
  let bytes = 0;
  for (const file of files) {
    if (!isPublishedBundleFile(file.path, role)) continue;
    const target = join(outputDir, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
    bytes += file.content.byteLength;
  }
  return bytes;
}

/**
 * Indexes every opted-in page under `outDir` and writes the bundles to `<outDir>/pagefind/`.
 *
 * Pagefind reads the pages itself, in parallel: each language's pages are hard-linked into a folder
 * of their own, under the same relative paths (so the same URLs), and that folder is indexed. Sending
 * each page's HTML through the Node API instead took about twice as long at 10,000 entries.
 */
export async function indexSite(outDir: string): Promise<IndexSummary> {
  const htmlFiles = (await readdir(outDir, { recursive: true }))
    .filter((path) => path.endsWith('.html') && !path.startsWith(`${searchBundleDir}${sep}`))
    .sort();
  const pagesOf = new Map<string, string[]>();
  let next = 0;
  const worker = async () => {
    while (next < htmlFiles.length) {
      const path = htmlFiles[next++] as string;
      const html = await readFile(join(outDir, path), 'utf8');
      if (!hasSearchBody(html)) continue;
      const language = bundleLanguage(pageLang(html));
      const paths = pagesOf.get(language);
      if (paths) paths.push(path);
      else pagesOf.set(language, [path]);
    }
  };
  await Promise.all(Array.from({ length: concurrentPages }, worker));
  const pages = new Map([...pagesOf].map(([language, paths]) => [language, paths.length]));
  if (pages.size === 0) return { pages, bytes: 0, manifest: undefined };

  const linkRoot = join(outDir, pagesByLanguageDir);
  try {
    const indexFor = async (language: string): Promise<PagefindIndex> => {
      const folder = join(linkRoot, language);
      for (const path of pagesOf.get(language) ?? []) {
        await mkdir(dirname(join(folder, path)), { recursive: true });
        await link(join(outDir, path), join(folder, path));
      }
      const { index } = ensureOk(await createIndex({}), `start an index for "${language}" pages`);
      if (!index) throw new Error(`Pagefind returned no index for "${language}" pages.`);
      const added = ensureOk(await index.addDirectory({ path: folder }), `index the "${language}" pages in ${folder}`);
      if (added.page_count !== pages.get(language)) {
        throw new Error(`Pagefind indexed ${added.page_count} "${language}" pages of ${pages.get(language)} in ${folder}.`);
      }
      return index;
    };
    const manifest = bundleManifest(pages);
    const bundleRoot = join(outDir, searchBundleDir);
    let bytes = await writeBundle(await indexFor(manifest.primary), bundleRoot, 'primary');
    for (const { language, path } of manifest.merge) {
      bytes += await writeBundle(await indexFor(language), join(bundleRoot, path), 'merged');
    }
    const manifestJson = JSON.stringify(manifest);
    await writeFile(join(bundleRoot, searchBundleManifestFile), manifestJson);
    bytes += Buffer.byteLength(manifestJson);
    return { pages, bytes, manifest };
  } finally {
    await rm(linkRoot, { recursive: true, force: true });
    await close();
  }
}

function report(summary: IndexSummary, ms: number, logger: AstroIntegrationLogger): void {
  if (!summary.manifest) {
    logger.warn('No page opted in to search (none passes a search record to BaseLayout); no index was written.');
    return;
  }
  const total = [...summary.pages.values()].reduce((sum, n) => sum + n, 0);
  const perLanguage = [...summary.pages.entries()].map(([language, n]) => `${language} ${n}`).join(', ');
  const kb = (summary.bytes / 1024).toFixed(0);
  logger.info(`Indexed ${total} pages (${perLanguage}) in ${(ms / 1000).toFixed(2)} s: ${kb} KiB in ${searchBundleDir}/.`);
}

/** The Astro integration: indexing runs after every page is written, in `astro build` only. */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'gtm-hub-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await indexSite(fileURLToPath(dir));
        report(summary, performance.now() - started, logger);
      },
    },
  };
}
