/**
 * Valid HTML: the W3C Nu HTML checker (vnu, from the vnu-jar package; needs Java 17+) reports no
 * error on any page of any build. One java run checks every page of all builds, since the
 * checker takes seconds to start, together with one page made to be invalid, which proves it ran.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from './support/astroProject';
import { assertBuilt, distDirs } from './support/dist';

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const canary = mkdtempSync(join(tmpdir(), 'gtm-vnu-'));
const canaryPage = join(canary, 'invalid.html');
writeFileSync(canaryPage, '<!doctype html><html lang="en"><title>t</title><footer><header></header></footer></html>');
afterAll(() => rmSync(canary, { recursive: true, force: true }));

/** Runs vnu over `paths`; its JSON report comes on stderr, and it exits 1 when it finds errors. */
function vnu(paths: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    execFile(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error && 'code' in error && error.code === 'ENOENT') {
          reject(new Error('The HTML checker needs Java 17 or newer on PATH (Debian: apt-get install default-jre-headless).'));
          return;
        }
        try {
          resolve((JSON.parse(stderr) as { messages: VnuMessage[] }).messages);
        } catch {
          reject(new Error(`vnu gave no JSON report (${error?.message ?? 'no error'}): ${stderr.slice(0, 2000)}`));
        }
      },
    );
  });
}

const where = (m: VnuMessage) => (m.url ? relative(projectRoot, fileURLToPath(m.url)) : '(no file)');

it('the Nu HTML checker finds no error on any page of either build', { timeout: 600_000 }, async () => {
  const dirs = Object.values(distDirs);
  for (const dir of dirs) assertBuilt(dir);
  const messages = await vnu([...dirs, canaryPage]);
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error');
  expect(
    errors.some((m) => m.url && fileURLToPath(m.url) === canaryPage),
    'the checker reports the page made invalid',
  ).toBe(true);
  const found = errors.filter((m) => !m.url || fileURLToPath(m.url) !== canaryPage);
  // One line per kind of error, with how many pages have it and the first of them.
  const kinds = new Map<string, VnuMessage[]>();
  for (const m of found) kinds.set(m.message, [...(kinds.get(m.message) ?? []), m]);
  expect([...kinds].map(([message, all]) => `${message} (${all.length}×, first ${where(all[0]!)}:${all[0]!.lastLine ?? '?'})`)).toEqual([]);
});
