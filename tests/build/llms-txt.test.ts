/** `/llms.txt` in every build: it exists, and each link points at a page that build published. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDirs, siteUrls } from './support/dist';

describe.each(Object.entries(distDirs))('the %s build’s llms.txt', (name, dir) => {
  it('links only pages the build published, on its own site', () => {
    const file = join(dir, 'llms.txt');
    expect(existsSync(file)).toBe(true);
    const site = siteUrls[name as keyof typeof siteUrls];
    const links = [...readFileSync(file, 'utf8').matchAll(/^- \[[^\]]+\]\(([^)]+)\)/gmu)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((url) => !url.startsWith(site))).toEqual([]);
    const missing = links.filter((url) => !existsSync(join(dir, new URL(url).pathname, 'index.html')));
    expect(missing).toEqual([]);
  });
});
