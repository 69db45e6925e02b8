/**
 * Links never break: in every build each internal link and `#fragment` resolves (see support/links).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDirs, siteUrls } from './support/dist';
import { checkLinks } from './support/links';

describe('the link checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gtm-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a link to an unbuilt page and a fragment the target lacks, and nothing else', () => {
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'index.html'), '<h1 id="here">A</h1>');
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/a/#here">ok</a><a href="a/">ok</a><a href="https://example.org/x/">away</a><a href="/missing/">x</a><a href="/a/#gone">y</a><img src="/logo.png" alt="">',
    );
    expect(checkLinks(dir)).toEqual({
      checked: 5,
      broken: [
        'index.html: <a href="/missing/"> leads to nothing built',
        'index.html: <a href="/a/#gone"> points at #gone, which that page lacks',
        'index.html: <img src="/logo.png"> leads to nothing built',
      ],
    });
  });
});

describe.each(Object.entries(distDirs))('links in the %s build', (name, dir) => {
  it('all resolve to a built file and, with a #fragment, to an element in it', () => {
    const { checked, broken } = checkLinks(dir, siteUrls[name as keyof typeof siteUrls]);
    expect(checked).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});
