/**
 * `GTM_PREVIEW=1 npm run build` is what a reviewer opens from a pull request: drafts and entries in
 * review get their pages, each with the banner the dev server shows. The same content built without
 * it publishes neither, and no page carries a banner.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroRun } from './support/astroProject';
import { cleanup, projectRoot, runAstro } from './support/astroProject';
import { readDist } from './support/dist';

let content: string;
let preview: AstroRun;
let published: AstroRun;

async function setStatus(file: string, status: string): Promise<void> {
  const path = join(content, file);
  const source = await readFile(path, 'utf8');
  if (!/^status: approved$/mu.test(source)) throw new Error(`${file} is not approved in the valid fixture`);
  await writeFile(path, source.replace(/^status: approved$/mu, `status: ${status}`));
}

const explain = (run: AstroRun) => `exit ${String(run.code)}; output:\n${run.output}`;
/** The banner element itself (its class name also appears in the page's styles). */
const BANNER = /<div class="hub-preview-banner[^"]*"[^>]*>/u;

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'gtm-preview-content-'));
  await cp(join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
  await setStatus('rfp/encryption.md', 'draft');
  await setStatus('objections/too-expensive.md', 'review');
  // One after the other: Astro writes its prerender chunks below the working directory, which both share.
  preview = await runAstro('preview', { command: 'build', contentDir: content, env: { GTM_PREVIEW: '1' } });
  published = await runAstro('published', { command: 'build', contentDir: content });
}, 240_000);

afterAll(async () => {
  await Promise.all([preview, published].filter(Boolean).map((run) => cleanup(run)));
  await rm(content, { recursive: true, force: true });
});

describe('the preview build', () => {
  it('builds a page for the draft and the entry in review, each with its banner', async () => {
    expect(preview.code, explain(preview)).toBe(0);
    const draft = await readFile(join(preview.outDir, 'rfp', 'encryption', 'index.html'), 'utf8');
    expect(draft).toMatch(BANNER);
    expect(draft).toMatch(/Preview only\.[\s\S]*This entry is not published: draft\./u);
    const inReview = await readFile(join(preview.outDir, 'objections', 'too-expensive', 'index.html'), 'utf8');
    expect(inReview).toMatch(BANNER);
    expect(inReview).toMatch(/Preview only\.[\s\S]*This entry is not published: in review\./u);
  });

  it('gives approved entries no banner', async () => {
    const approved = await readFile(join(preview.outDir, 'products', 'kestrel-pulse', 'index.html'), 'utf8');
    expect(approved).not.toMatch(BANNER);
    expect(approved).not.toContain('Preview only.');
  });
});

describe('the same content built without GTM_PREVIEW', () => {
  it('leaves the draft and the entry in review out, and no page has a preview banner', async () => {
    expect(published.code, explain(published)).toBe(0);
    expect(existsSync(join(published.outDir, 'rfp', 'encryption', 'index.html'))).toBe(false);
    expect(existsSync(join(published.outDir, 'objections', 'too-expensive', 'index.html'))).toBe(false);
    const pages = readDist(published.outDir).filter((file) => file.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((page) => BANNER.test(page.text) || page.text.includes('Preview only.')).map((page) => page.path)).toEqual([]);
  });
});
