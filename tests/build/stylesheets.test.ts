/**
 * Astro rewrites `:global(…)` only in scoped `<style>` blocks; inside `<style is:global>` it is left
 * as written, and browsers drop the whole rule as an invalid selector. The build then looks right on
 * the machine that wrote it and loses rules (a phone header's menu mode, say) without a warning.
 */
import { describe, expect, it } from 'vitest';
import { distDirs, readDist } from './support/dist';

describe.each(Object.entries(distDirs))('the %s build', (_name, dir) => {
  it('ships no selector Astro left unprocessed (:global() in a global style block)', () => {
    const stylesheets = readDist(dir).filter((f) => f.path.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(stylesheets.filter((f) => /:global\(/u.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
