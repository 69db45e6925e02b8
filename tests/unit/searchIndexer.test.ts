/**
 * The build's indexing step with Pagefind mocked: which pages reach which language bundle, what is
 * written, and that every failure Pagefind reports fails the build and still stops its process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => {
  const added: { index: number; url: string; lang: string | undefined }[] = [];
  const state = { created: 0, addError: '', closed: 0 };
  const createIndex = vi.fn(async () => {
    const index = state.created++;
    return {
      errors: [],
      index: {
        // As Pagefind does: every HTML file under the folder, its URL from its path there.
        addDirectory: vi.fn(async ({ path }: { path: string }) => {
          const files = readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
          for (const file of files) {
            const url = `/${file
              .split('\\')
              .join('/')
              .replace(/(^|\/)index\.html$/u, '$1')}`;
            added.push({ index, url, lang: /lang="([^"]+)"/u.exec(readFileSync(join(path, file), 'utf8'))?.[1] });
          }
          return { errors: state.addError ? [state.addError] : [], page_count: files.length };
        }),
        getFiles: vi.fn(async () => ({
          errors: [],
          files: [
            'pagefind.js',
            'pagefind-worker.js',
            'pagefind-ui.js',
            'pagefind-component-ui.css',
            'pagefind-highlight.js',
            'wasm.en.pagefind',
            `pagefind-entry.json`,
            `index/i${index}.pf_index`,
          ].map((path) => ({ path, content: new TextEncoder().encode(path) })),
        })),
      },
    };
  });
  const close = vi.fn(async () => {
    state.closed++;
    return null;
  });
  return { added, state, createIndex, close };
});

vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

const { hasSearchBody, indexSite, pageLang } = await import('../../src/integrations/pagefind');

const page = (lang: string, body: boolean) =>
  `<!doctype html><html lang="${lang}"><body><header>Nav</header><main id="main"${body ? ' data-pagefind-body' : ''}><h1>T</h1></main></body></html>`;

let outDir: string;

async function site(files: Record<string, string>): Promise<void> {
  for (const [path, html] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, path)), { recursive: true });
    await writeFile(join(outDir, path), html);
  }
}

beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'gtm-search-index-'));
  vi.clearAllMocks();
  pagefind.added.length = 0;
  Object.assign(pagefind.state, { created: 0, addError: '', closed: 0 });
});
afterEach(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('page detection', () => {
  it('finds the indexed region and the language', () => {
    expect(hasSearchBody(page('en', true))).toBe(true);
    expect(hasSearchBody(page('en', false))).toBe(false);
    expect(hasSearchBody('<p>Mark main with data-pagefind-body to index it.</p>')).toBe(false);
    expect(pageLang(page('zh-CN', true))).toBe('zh-CN');
    expect(pageLang('<html><body></body></html>')).toBeUndefined();
  });
});

describe('indexing a build', () => {
  it('indexes opted-in pages only, one bundle per language', async () => {
    await site({
      'index.html': page('en', false),
      'cases/index.html': page('en', false),
      'cases/harbor-pine/index.html': page('en', true),
      'cases/acme/index.html': page('en', true),
      'cases/jinghai/index.html': page('zh-CN', true),
    });
    const summary = await indexSite(outDir);

    expect(pagefind.added.map((a) => a.url).sort()).toEqual(['/cases/acme/', '/cases/harbor-pine/', '/cases/jinghai/']);
    const indexOf = (url: string) => pagefind.added.find((a) => a.url === url)?.index;
    expect(indexOf('/cases/acme/')).toBe(indexOf('/cases/harbor-pine/'));
    expect(indexOf('/cases/jinghai/')).not.toBe(indexOf('/cases/acme/'));
    expect(Object.fromEntries(summary.pages)).toEqual({ en: 2, 'zh-cn': 1 });
    expect(summary.manifest).toEqual({ primary: 'en', merge: [{ language: 'zh-cn', path: 'zh-cn/' }] });
    expect(pagefind.state.closed).toBe(1);
    expect(await readdir(outDir), 'the folders of linked pages are gone').not.toContain('.search-pages');
  });

  it('publishes the runtime once and no stock UI', async () => {
    await site({ 'a/index.html': page('en', true), 'b/index.html': page('en', true), 'c/index.html': page('zh-CN', true) });
    await indexSite(outDir);
    const primary = (await readdir(join(outDir, 'pagefind'))).sort();
    expect(primary).toEqual([
      'hub-bundles.json',
      'index',
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.js',
      'wasm.en.pagefind',
      'zh-cn',
    ]);
    expect((await readdir(join(outDir, 'pagefind', 'zh-cn'))).sort()).toEqual(['index', 'pagefind-entry.json']);
    expect(JSON.parse(await readFile(join(outDir, 'pagefind', 'hub-bundles.json'), 'utf8'))).toMatchObject({ primary: 'en' });
  });

  it('fails the build when Pagefind rejects the pages, naming the language, and still stops Pagefind', async () => {
    await site({ 'cases/acme/index.html': page('en', true) });
    pagefind.state.addError = 'unparseable';
    await expect(indexSite(outDir)).rejects.toThrow(/Pagefind could not index the "en" pages in .*: unparseable/u);
    expect(pagefind.state.closed).toBe(1);
    expect(await readdir(outDir)).not.toContain('.search-pages');
  });

  it('writes nothing when no page opted in', async () => {
    await site({ 'index.html': page('en', false) });
    const summary = await indexSite(outDir);
    expect(summary.manifest).toBeUndefined();
    expect(pagefind.createIndex).not.toHaveBeenCalled();
    await expect(readdir(join(outDir, 'pagefind'))).rejects.toThrow();
  });
});
