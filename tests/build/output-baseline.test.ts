/**
 * What each build publishes, pinned: the list of files (pages, JSON, downloads; not hashed assets
 * or the search index) and every JSON API document byte for byte, as digests. A refactor must leave
 * both unchanged; an intended change updates the baseline (`npx vitest run --project build -u`)
 * and the diff of tests/build/baseline/ shows exactly what changed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDirs } from './support/dist';

/** Names hashed by the build (`/_astro/…`) and the search index change with any content edit. */
const published = (path: string) => !/^(?:_astro|pagefind)\//u.test(path);

/** Every file of the build, with forward slashes, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'))
    .sort();
}

describe.each(Object.entries(distDirs))('the %s build', (name, dir) => {
  it('publishes the same files as its baseline', async () => {
    assertBuilt(dir);
    const files = filesOf(dir).filter(published);
    await expect(`${files.join('\n')}\n`).toMatchFileSnapshot(`baseline/${name}-files.txt`);
  });

  it('serves the same JSON API documents as its baseline, byte for byte', async () => {
    const documents = filesOf(dir)
      .filter((path) => path.startsWith('api/') && path.endsWith('.json'))
      .map(
        (path) =>
          `${createHash('sha256')
            .update(readFileSync(join(dir, path)))
            .digest('hex')
            .slice(0, 16)}  ${path}`,
      );
    expect(documents.length).toBeGreaterThan(0);
    await expect(`${documents.join('\n')}\n`).toMatchFileSnapshot(`baseline/${name}-api.txt`);
  });
});
