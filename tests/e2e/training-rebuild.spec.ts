/**
 * The change-aware promise end to end: a rep completes a module on a built hub, product marketing
 * changes one entry that module teaches and the site is rebuilt, and the same browser (same origin,
 * same stored progress) then reads "Updated since you completed it", naming the changed entry.
 */
import { createReadStream } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import type { AstroRun } from '../build/support/astroProject';
import { cleanup, projectRoot, runAstro } from '../build/support/astroProject';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

/** Serves whichever build `site.root` names, so a rebuilt site appears at the same address. */
function serve(site: { root: string }) {
  return createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      let file = join(site.root, path);
      if (!file.startsWith(site.root)) {
        response.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      if (!(await stat(file).catch(() => undefined))) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(response);
    })();
  });
}

test('a module completed, one of its entries changed and the hub rebuilt: the module says it was updated', async ({ page }) => {
  // Two real builds of the fixture content, on a machine that may be busy.
  test.setTimeout(480_000);
  const content = await mkdtemp(join(tmpdir(), 'gtm-training-content-'));
  const builds: AstroRun[] = [];
  const site = { root: '' };
  const server = serve(site);
  try {
    await cp(join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    const before = await runAstro('training-before', { command: 'build', contentDir: content, timeoutMs: 240_000 });
    builds.push(before);
    expect(before.code, before.output).toBe(0);
    site.root = before.outDir;
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const module = `${base}/training/kestrel-pulse/objections/`;
    await page.goto(module);
    await page.getByRole('button', { name: 'Mark this module done' }).click();
    const notice = page.locator('[data-module-updated]');
    await expect(page.locator('.tr-facts [data-module-status="objections"]')).toHaveText('Done');
    await expect(notice).toBeHidden();

    const objection = join(content, 'objections', 'too-expensive.md');
    const source = await readFile(objection, 'utf8');
    await writeFile(objection, source.replace(/^response: (.*)$/mu, 'response: $1 Ask which reports they rebuild by hand every month.'));
    const after = await runAstro('training-after', { command: 'build', contentDir: content, timeoutMs: 240_000 });
    builds.push(after);
    expect(after.code, after.output).toBe(0);
    site.root = after.outDir;

    await page.reload();
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Updated since you completed it');
    await expect(notice.locator('li')).toHaveText(['Changed: Fixture we already pay for BI.']);
    await page.goto(`${base}/training/kestrel-pulse/`);
    await expect(page.locator('[data-module-status="objections"]')).toHaveText('Updated since you completed it');
  } finally {
    server.close();
    await Promise.all([...builds.map(cleanup), rm(content, { recursive: true, force: true })]);
  }
});
