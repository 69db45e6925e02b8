/**
 * `/llms.txt` and `/llms-full.txt` in every build: they exist, and each link points at a page or a
 * full-text file that build published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDirs, siteUrls } from './support/dist';

describe.each(Object.entries(distDirs))('the %s build’s llms.txt', (name, dir) => {
  it('links only Markdown twins and files the build published, on its own site', () => {
    const file = join(dir, 'llms.txt');
    expect(existsSync(file)).toBe(true);
    const site = siteUrls[name as keyof typeof siteUrls];
    const links = [...readFileSync(file, 'utf8').matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gmu)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith(site))).toEqual([]);
    const built = (url: string) => {
      const path = new URL(url).pathname;
      return existsSync(join(dir, /\.(txt|md)$/u.test(path) ? path : join(path, 'index.html')));
    };
    expect(links.filter((url) => !built(url))).toEqual([]);
  });

  it('splits the full text into one file per kind of content, each citing pages the build published', () => {
    const index = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
    const files = [...index.matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gmu)].map((m) => new URL(m[1] ?? '').pathname);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const sources = [...text.matchAll(/^Source: (\S+)$/gmu)].map((m) => new URL(m[1] ?? '').pathname);
      expect(sources.length, file).toBeGreaterThan(0);
      expect(
        sources.filter((path) => !existsSync(join(dir, path, 'index.html'))),
        file,
      ).toEqual([]);
    }
  });
});
