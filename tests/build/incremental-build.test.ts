/**
 * The incremental build (src/data/pageCacheKey.ts): a rebuild copies the pages whose inputs did not
 * change from the previous build and renders the rest. Its output must be the output of a cold build
 * of the same content, file for file; a body edit must leave other entries' pages to be copied; a
 * change to one entry's data must reach every page that names the entry.
 */
import { readFile, readdir, rm, writeFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { AstroRun } from './support/astroProject';
import { cleanup, projectRoot, runAstro } from './support/astroProject';

const casePage = 'cases/harbor-pine/index.html';
const solutionPage = 'solutions/retail-visibility/index.html';

/** Every built file but the search index, whose file names differ between any two runs. */
async function builtFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (!path.startsWith('pagefind/')) files.set(path, await readFile(join(dir, path)));
  }
  return files;
}

/** The paths a build copied from the previous one, as its log names them. */
const restored = (run: AstroRun) => [...run.output.matchAll(/─ (\S+) \(restored\)/gu)].map((m) => m[1]);

const content = await mkdtemp(join(tmpdir(), 'gtm-incremental-content-'));
await cp(resolve(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
const caseFile = join(content, 'cases/harbor-pine/index.md');
const runs: AstroRun[] = [];

afterAll(async () => {
  for (const run of runs) if (run.code === 0) await cleanup(run);
  await rm(content, { recursive: true, force: true });
});

it('rebuilds only what an edit changed, and its output is a cold build’s', async () => {
  const first = await runAstro('incremental', { command: 'build', contentDir: content });
  runs.push(first);
  expect(first.code, first.output).toBe(0);
  const project = resolve(first.outDir, '..');

  await writeFile(caseFile, `${await readFile(caseFile, 'utf8')}\nA sentence added by a later pull request.\n`);
  const rebuilt = await runAstro('incremental', { command: 'build', contentDir: content, project });
  expect(rebuilt.code, rebuilt.output).toBe(0);
  const copied = restored(rebuilt);
  expect(copied, 'pages of entries the edit did not touch are copied').toContain('/objections/too-expensive/index.html');
  expect(copied, 'the edited entry is rendered again').not.toContain('/cases/harbor-pine/index.html');
  expect(copied).not.toContain('/cases/harbor-pine.md');
  expect(await readFile(join(rebuilt.outDir, casePage), 'utf8')).toContain('A sentence added by a later pull request.');

  const cold = await runAstro('incremental-cold', { command: 'build', contentDir: content });
  runs.push(cold);
  expect(cold.code, cold.output).toBe(0);
  expect(restored(cold)).toEqual([]);
  const [incremental, reference] = await Promise.all([builtFiles(rebuilt.outDir), builtFiles(cold.outDir)]);
  expect([...incremental.keys()].sort()).toEqual([...reference.keys()].sort());
  const differing = [...reference].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
  expect(differing, 'files an incremental build wrote differently from a cold build').toEqual([]);

  // A title is data: every page that names the case (here the solution it proves) must say the new one.
  expect(await readFile(join(rebuilt.outDir, solutionPage), 'utf8')).toContain('Fixture Harbor closes two days faster');
  await writeFile(caseFile, (await readFile(caseFile, 'utf8')).replace('closes two days faster', 'closes the month two days sooner'));
  const renamed = await runAstro('incremental', { command: 'build', contentDir: content, project });
  expect(renamed.code, renamed.output).toBe(0);
  const solution = await readFile(join(renamed.outDir, solutionPage), 'utf8');
  expect(solution).toContain('Fixture Harbor closes the month two days sooner');
  expect(solution).not.toContain('closes two days faster');
}, 360_000);
