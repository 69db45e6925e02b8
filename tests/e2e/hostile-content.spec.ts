/**
 * Content is written by anyone who can open a pull request. This builds a small site whose entries
 * carry script in every form a build lets through as text (frontmatter fields, code, entities, link
 * titles, alt text, an MDX component's props) and loads every page it has, and every SVG it serves,
 * in Chromium: no dialog may open, no element may carry an event handler or a javascript: URL.
 * The forms a build refuses (raw event handlers, <script>, SVG logos, foreign imports) are each an
 * error fixture in tests/build/content-errors.test.ts.
 */
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { preview } from 'astro';
import type { AstroRun } from '../build/support/astroProject';
import { cleanup, runAstro } from '../build/support/astroProject';

let run: AstroRun | undefined;
let server: Awaited<ReturnType<typeof preview>> | undefined;
let paths: string[] = [];

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  run = await runAstro('hostile', { command: 'build', contentDir: 'tests/fixtures/hostile', timeoutMs: 200_000 });
  expect(run.code, `the hostile fixture must build: ${run.output}`).toBe(0);
  const files = await readdir(run.outDir, { recursive: true });
  paths = files
    // The editor at /admin/ is a third-party app that holds no content of the build (its icons are data: URLs).
    .filter((file) => (file.endsWith('index.html') || file.endsWith('.svg')) && !file.startsWith(`admin${sep}`))
    .map((file) => `/${file.split(sep).join('/')}`.replace(/index\.html$/u, ''));
  server = await preview({ root: join(run.outDir, '..'), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
});

test.afterAll(async () => {
  await server?.stop();
  if (run) await cleanup(run);
});

test('no page or SVG built from hostile content runs script', async ({ page }) => {
  expect(paths, 'the case page is among the pages').toContain('/cases/harbor-pine/');
  expect(paths, 'the MDX entry is among the pages').toContain('/industries/retail/');
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const base = `http://127.0.0.1:${String(server?.port)}`;
  for (const path of paths) {
    await page.goto(base + path);
    const unsafe = await page.evaluate(() => [
      ...[...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter(
            (a) => a.name.startsWith('on') || (/^(href|src|action|formaction)$/u.test(a.name) && /^\s*(javascript|data):/iu.test(a.value)),
          )
          .map((a) => `<${element.localName} ${a.name}="${a.value}">`),
      ),
      // The site's own scripts are files; a script written into the page (or an SVG) is not.
      ...[...document.querySelectorAll('script')]
        .filter((script) => !script.getAttribute('src'))
        .map((script) => `<script>${script.textContent ?? ''}`),
    ]);
    // A handler that never fired (onmouseover, onerror on a good image) must not be on the page either.
    expect(unsafe, `${path} has no event handler, script URL or inline script`).toEqual([]);
  }
  // The payloads reach the page as text, so readers see them and nothing runs.
  await page.goto(`${base}/cases/harbor-pine/`);
  await expect(page.getByText("<img src=x onerror=alert('code')>")).toBeVisible();
  // The MDX entry's allowed component rendered, with its hostile prop as data, not markup.
  await page.goto(`${base}/industries/retail/`);
  await expect(page.getByRole('button', { name: 'Copy retail pitch' })).toHaveAttribute('data-copy', "<img src=x onerror=alert('prop')>");
  expect(dialogs).toEqual([]);
});
