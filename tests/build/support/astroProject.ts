/**
 * Runs Astro on a content root other than src/content, in a throw-away copy of the project so that
 * builds never share Astro's caches: `.astro/` (always under the project root) and the content data
 * store (cacheDir). A shared data store makes entries of one content root clash with another's
 * ("multiple entries with the same slug"), so every fixture gets its own project root and cache.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdxNoiseFilter, stripAnsi } from '../../../tools/lib/output.mjs';
import { suiteDay } from '../../../tools/lib/suiteDay.mjs';

export const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const astroBin = join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface AstroRun {
  /** Exit code; `null` when the process was killed (time-out). */
  code: number | null;
  /** stdout and stderr interleaved, ANSI colours stripped, MDX directive noise removed. */
  output: string;
  outDir: string;
  ms: number;
}

export { stripAnsi };

/** Drops Astro 7's per-MDX-file `MODULE_LEVEL_DIRECTIVE` warning and its code frame; keeps the rest. */
export function dropMdxDirectiveNoise(text: string): string {
  const keep = mdxNoiseFilter();
  return text
    .split('\n')
    .filter((line) => keep(line))
    .join('\n');
}

/** A copy of the project without its content, with its own caches, ready to build another root. */
export async function scratchProject(label: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `gtm-${label}-`));
  for (const file of ['tsconfig.json', 'package.json']) await cp(join(projectRoot, file), join(root, file));
  for (const name of await readdir(join(projectRoot, 'src'))) {
    if (name !== 'content') await cp(join(projectRoot, 'src', name), join(root, 'src', name), { recursive: true });
  }
  await symlink(join(projectRoot, 'public'), join(root, 'public')).catch(() => undefined);
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const base = pathToFileURL(join(projectRoot, 'astro.config.mjs')).href;
  await writeFile(
    join(root, 'astro.config.mjs'),
    `import base from ${JSON.stringify(base)};\n` +
      `const here = (p) => new URL(p, import.meta.url).pathname;\n` +
      `export default { ...base, cacheDir: here('./.cache/astro/'), vite: { ...base.vite, cacheDir: here('./.cache/vite/') } };\n`,
  );
  return root;
}

export interface RunOptions {
  command: 'build' | 'sync';
  /** Absolute or project-relative content root, as GTM_CONTENT_DIR. */
  contentDir: string;
  /**
   * Added to the environment; `undefined` removes a variable. GTM_TODAY is the suite's fixed day
   * unless set here (removed: the build uses the machine's date).
   */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Builds again in the project (and so with the caches and output) an earlier run left behind. */
  project?: string;
}

/** Builds (or syncs) a content root in a scratch project; never throws on a failing build. */
export async function runAstro(label: string, options: RunOptions): Promise<AstroRun> {
  const root = options.project ?? (await scratchProject(label));
  const outDir = join(root, 'dist');
  const args = [astroBin, options.command, '--root', root];
  if (options.command === 'build') args.push('--outDir', outDir);
  const started = Date.now();
  const env: Record<string, string | undefined> = {
    ...process.env,
    GTM_CONTENT_DIR: resolve(projectRoot, options.contentDir),
    GTM_TODAY: suiteDay,
    // Vitest exports its own import.meta.env (DEV=1, MODE=test, NODE_ENV=test …) to process.env;
    // inherited, they turn the build into a preview that builds drafts and expired entries with a
    // banner instead of leaving them out.
    ...Object.fromEntries(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV'].map((name) => [name, undefined])),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  const result = { code, output: dropMdxDirectiveNoise(stripAnsi(output)), outDir, ms: Date.now() - started };
  if (code === 0 && options.command === 'build') return result; // caller may read dist; cleaned by cleanup()
  await rm(root, { recursive: true, force: true });
  return result;
}

/** Removes the scratch project a successful build left behind. */
export async function cleanup(run: AstroRun): Promise<void> {
  await rm(resolve(run.outDir, '..'), { recursive: true, force: true });
}
