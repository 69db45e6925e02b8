/**
 * The editor at /admin/ of the built internal site, served with the headers its `_headers` rule
 * gives it. It signs in to a local repository (the browser's file-system access) holding this
 * checkout's content: the directory picker is answered with a folder of the browser's private file
 * system, seeded with src/content, so the test needs no token and no network. It sees every
 * collection with its entries, opens one entry of each and finds every field the generated
 * configuration gives it, as the widget the configuration names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { parse, parseDocument } from 'yaml';
import type { EditorConfig } from '../../src/lib/editorConfig';
import { projectRoot } from '../build/support/astroProject';
import { distDirs } from '../build/support/dist';
import { parseCsp } from '../build/support/headersFile';
import type { HeadersSite } from './support/headersPreview';
import { headersOf, serveWithHeaders } from './support/headersPreview';
import { servedBuilds } from './support/servedBuilds';

const config = parse(readFileSync(join(distDirs.internal, 'admin', 'config.yml'), 'utf8')) as EditorConfig;

/**
 * Requests the editor makes that its policy or this offline machine refuse, by design: the update
 * check against the CDN (the version is pinned in package.json) and its interface fonts, which a
 * machine without network cannot fetch. Anything else in the console is a fault.
 */
const expectedNoise = [
  /unpkg\.com\/@sveltia\/cms\/package\.json/u,
  /cdn\.jsdelivr\.net\/fontsource\//u,
  /^Failed to load resource: net::ERR_/u,
];

const test = base.extend<{ problems: string[] }, { site: HeadersSite }>({
  site: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await serveWithHeaders(distDirs.internal, headersOf(distDirs.internal, '/admin/'));
      await use(site);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ site }, use) => use(site.url),
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !expectedNoise.some((noise) => noise.test(message.text()))) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(problems);
  },
});

// The form renders a field only once it scrolls into view: a screen this tall shows every field of
// the longest entry at once, so a test finds each field without scrolling the form to it.
test.use({ viewport: { width: 1280, height: 6000 } });

/** The repository as the editor reads it: src/content's entries and images, under a `.git` root. */
function contentFiles(): { path: string; base64: string }[] {
  const root = join(projectRoot, 'src', 'content');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.(md|mdx|png|jpe?g|webp)$/u.test(name))
    .map((name) => ({ path: `src/content/${name}`, base64: readFileSync(join(root, name)).toString('base64') }));
}

async function signInToLocalRepository(page: Page): Promise<void> {
  // Chromium's directory picker cannot be driven from a test: the editor gets a folder of the
  // origin-private file system instead, a real directory handle it reads and writes the same way.
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository') });
  });
  await page.goto('/admin/');
  await page.evaluate(async (files) => {
    const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository', { create: true });
    await repository.getDirectoryHandle('.git', { create: true });
    for (const { path, base64 } of files) {
      const parts = path.split('/');
      let folder = repository;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, contentFiles());
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await expect(page.getByRole('tree', { name: 'Collection List' }).getByRole('treeitem')).toHaveCount(config.collections.length);
}

/** Opens an entry by its address in the editor: its file path in the collection's folder. */
async function openEntry(page: Page, collection: EditorConfig['collections'][number], id: string): Promise<void> {
  const path = collection.path.replace('{{slug}}', id);
  await page.evaluate((hash) => (window.location.hash = hash), `#/collections/${collection.name}/entries/${path}`);
  await expect(editPane(page).locator('section[data-key-path]').first()).toBeVisible();
}

/** The entry's form (the preview beside it repeats each field). */
function editPane(page: Page) {
  return page.getByRole('group', { name: /^Edit .+ Content$/u });
}

/** A field of the open entry (the viewport is tall enough for the form to render every field). */
async function field(page: Page, keyPath: string) {
  const section = editPane(page).locator(`section[data-key-path="${keyPath}"]`);
  await expect(section).toHaveCount(1);
  return section;
}

const collectionNamed = (name: string) => config.collections.find((c) => c.name === name)!;

/** The `.md` entries of a collection, by id, as the configuration's path lays them out. */
function entryIds(collection: EditorConfig['collections'][number]): string[] {
  const folder = join(projectRoot, collection.folder);
  const layout = collection.path === '{{slug}}/index' ? /^([^/]+)\/index\.md$/u : /^([^/]+)\.md$/u;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => layout.exec(name.split('\\').join('/'))?.[1])
    .filter((id): id is string => id !== undefined && !id.startsWith('_'))
    .sort();
}

test('the sign-in page loads its generated configuration under the editor’s own policy', async ({ page, problems }) => {
  const configLogged = page.waitForEvent('console', (message) => message.text().startsWith('CMS configuration'));
  const response = await page.goto('/admin/');
  const csp = parseCsp(response?.headers()['content-security-policy'] ?? '');
  expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp.get('connect-src')).toContain(new URL(config.backend.api_root ?? 'https://api.github.com').origin);

  await configLogged;
  await expect(page.getByRole('heading', { name: config.app_title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign In Using Access Token' })).toBeVisible();
  // No OAuth client is configured, so no button leads to one.
  await expect(page.getByRole('button', { name: 'Sign In with GitHub' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible();
  await expect(page.getByText(`the “⁨${config.backend.repo.split('/')[1]}⁩” repository`)).toBeVisible();
  expect(problems).toEqual([]);
});

test('lists every collection from a local repository, and shows each entry with every field', async ({ page, problems }) => {
  test.setTimeout(240_000);
  await signInToLocalRepository(page);
  const collections = page.getByRole('tree', { name: 'Collection List' });

  for (const collection of config.collections) {
    // .mdx entries are left to developers: the editor counts only the .md ones.
    await expect(collections.getByRole('treeitem', { name: collection.label, exact: true })).toContainText(
      String(entryIds(collection).length),
    );
  }
  for (const collection of config.collections) {
    const ids = entryIds(collection);
    await openEntry(page, collection, ids[0]!);
    for (const widget of collection.fields) {
      const section = await field(page, widget.name);
      await expect(section, `${collection.name}/${ids[0]}: ${widget.name}`).toHaveAttribute('data-field-type', widget.widget);
      await expect(section.locator('h4').first()).toHaveText(widget.label);
    }
  }
  expect(problems).toEqual([]);
});

test('shows an entry’s values, references and image', async ({ page, problems }) => {
  await signInToLocalRepository(page);
  await openEntry(page, collectionNamed('cases'), 'al-noor-health');
  await expect((await field(page, 'customer')).locator('input')).toHaveValue('Al Noor Health Network');
  // Five industries or fewer show as radio buttons, longer lists as a drop-down.
  await expect((await field(page, 'industry')).getByRole('radio', { name: 'Healthcare' })).toBeChecked();
  await expect((await field(page, 'region')).getByRole('combobox')).toHaveText('middle-east-africa');
  await expect((await field(page, 'logo.src')).locator('img')).toBeVisible();
  await expect((await field(page, 'reviewBy')).locator('input')).toHaveValue('2027-04-30');

  // A reference into a collection whose entries are folders (cases/<id>/index.md) finds its entry.
  await openEntry(page, collectionNamed('value-props'), 'flow-crm-sync');
  await expect((await field(page, 'proofPoints.0.case')).getByRole('combobox')).toHaveText(/^Tidewater Insurance Brokers lifts/u);
  expect(problems).toEqual([]);
});

for (const build of servedBuilds.filter((b) => b.audience !== 'internal')) {
  base(`the ${build.audience} build has no editor`, async ({ page }) => {
    const response = await page.goto(build.at('/admin/'));
    expect(response?.status()).toBe(404);
    expect((await page.request.get(build.at('/admin/config.yml'))).status()).toBe(404);
  });
}

/**
 * A saved entry must build as before: only the edited field changes. A product whose industries
 * include an .mdx entry (logistics, which the editor does not list), a case with its logo and no
 * anonymised form, and a value proposition whose proof cites a source and no case.
 */
for (const [collection, id] of [
  ['products', 'kestrel-flow'],
  ['cases', 'al-noor-health'],
  ['value-props', 'flow-courier-ftp'],
] as const) {
  test(`saves an edit to ${collection}/${id} back to its file, every other value as it was`, async ({ page, problems }) => {
    const entry = collectionNamed(collection);
    const file = `${entry.folder}/${entry.path.replace('{{slug}}', id)}.md`;
    const frontMatter = (text: string) => parseDocument(text.split(/^---$/mu)[1] ?? '').toJSON() as Record<string, unknown>;
    const before = frontMatter(readFileSync(join(projectRoot, file), 'utf8'));

    await signInToLocalRepository(page);
    await openEntry(page, entry, id);
    await (await field(page, 'owner')).locator('input').fill('Mei Chen');
    await page.getByRole('button', { name: 'Save' }).click();

    // The editor replaces the file as it saves; a read that meets the swap is refused, not torn,
    // so a refused read counts as "not saved yet" and the poll reads again.
    const readBack = async () => {
      const text = await page.evaluate(async (path) => {
        let folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
        const parts = path.split('/');
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
        try {
          return await (await (await folder.getFileHandle(parts.at(-1)!)).getFile()).text();
        } catch (error) {
          if (error instanceof DOMException && error.name === 'NotReadableError') return undefined;
          throw error;
        }
      }, file);
      return text === undefined ? undefined : frontMatter(text);
    };
    // The one addition: a field the file left to its default is written out with that default.
    await expect.poll(readBack).toEqual({ lang: 'en', ...before, owner: 'Mei Chen' });
    expect(problems).toEqual([]);
  });
}
