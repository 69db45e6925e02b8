/** Runs `npm run validate` (tools/validate.mjs) on a content root, as a pull request's check would. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { suiteDay } from '../../../tools/lib/suiteDay.mjs';
import { projectRoot, stripAnsi } from './astroProject';

export interface ValidateRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export async function runValidate(
  contentDir: string,
  env: Record<string, string | undefined> = {},
  args: string[] = [],
): Promise<ValidateRun> {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    GTM_CONTENT_DIR: contentDir,
    GTM_TODAY: suiteDay,
    // Vitest's own import.meta.env in process.env would make Astro's sync run as in development.
    ...Object.fromEntries(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV', 'GITHUB_ACTIONS'].map((name) => [name, undefined])),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  };
  for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
  const started = Date.now();
  const child = spawn(process.execPath, [join(projectRoot, 'tools', 'validate.mjs'), ...args], {
    cwd: projectRoot,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  return { code, stdout: stripAnsi(stdout), stderr: stripAnsi(stderr), ms: Date.now() - started };
}
