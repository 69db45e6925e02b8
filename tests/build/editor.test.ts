/**
 * The editor at /admin/ is the company's own: the internal build serves it (the Sveltia CMS bundle
 * pinned in package.json, byte for byte, and the configuration generated from the schemas) under a
 * policy of its own; the partner and public builds have no trace of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { hubConfig } from '../../src/config/hub.config';
import type { EditorConfig } from '../../src/lib/editorConfig';
import { contentRepository } from '../../src/lib/editorConfig';
import { projectRoot } from './support/astroProject';
import { assertBuilt, distDirs } from './support/dist';
import { headersForPath, parseCsp, parseHeadersFile } from './support/headersFile';
import { inlineCode } from './support/html';

const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const sveltia = join(projectRoot, 'node_modules', '@sveltia', 'cms');

describe('the internal build', () => {
  const dir = distDirs.internal;
  assertBuilt(dir);

  it('serves the editor from the build: the pinned Sveltia CMS bundle as published, no CDN', () => {
    const version = (JSON.parse(readFileSync(join(sveltia, 'package.json'), 'utf8')) as { version: string }).version;
    expect(packageJson.devDependencies['@sveltia/cms']).toBe(version);
    expect(readFileSync(join(dir, 'admin', 'sveltia-cms.js')).equals(readFileSync(join(sveltia, 'dist', 'sveltia-cms.js')))).toBe(true);

    const page = readFileSync(join(dir, 'admin', 'index.html'), 'utf8');
    expect([...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1])).toEqual(['/admin/sveltia-cms.js']);
    expect(inlineCode(page)).toEqual([]);
  });

  it('serves a configuration that saves every change as a pull request to the content repository', () => {
    const config = parse(readFileSync(join(dir, 'admin', 'config.yml'), 'utf8')) as EditorConfig;
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.repo).toBe(contentRepository(hubConfig.feedbackUrl).repo);
    expect(config.collections.map((c) => c.folder)).toEqual(config.collections.map((c) => `src/content/${c.name}`));
  });

  it('gives /admin/* a policy of its own that reaches the repository API, and leaves every other path the site’s', () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    const site = parseCsp(headersForPath(rules, '/cases/')['Content-Security-Policy'] ?? '');
    const editor = parseCsp(headersForPath(rules, '/admin/')['Content-Security-Policy'] ?? '');
    const api = new URL(contentRepository(hubConfig.feedbackUrl).apiRoot).origin;
    expect(site.get('connect-src')).toBeUndefined();
    expect(editor.get('connect-src')).toContain(api);
    expect(editor.get('script-src')).toEqual(site.get('script-src'));
    for (const directive of ['object-src', 'base-uri', 'frame-ancestors', 'form-action'])
      expect(editor.get(directive)).toEqual(site.get(directive));
    expect(headersForPath(rules, '/admin/')['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe.each([
  ['partner', distDirs.partner],
  ['public', distDirs.public],
] as const)('the %s build', (_name, dir) => {
  it('has no editor: no /admin/ files, no headers for it, no link to it', () => {
    assertBuilt(dir);
    expect(existsSync(join(dir, 'admin'))).toBe(false);
    expect(parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')).map((r) => r.pattern)).toEqual(['/*']);
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|txt|xml|json)$/u.test(f));
    expect(pages.filter((f) => readFileSync(join(dir, f), 'utf8').includes('/admin/'))).toEqual([]);
  });
});
