/**
 * `npm run new` must start an entry the build accepts as it is: one draft of every collection is
 * scaffolded into a copy of the valid fixture and the copy is built. A scaffold missing a required
 * field, with a value the schema refuses or without its image fails this build.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewEntry } from '../../tools/lib/newEntryCommand';
import { suiteDay } from '../../tools/lib/suiteDay.mjs';
import { collectionNames } from '../../src/lib/entries';
import { cleanup, projectRoot, runAstro } from './support/astroProject';

let contentDir: string;
const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  GTM_CONTENT_DIR: contentDir,
  GTM_TODAY: suiteDay,
  // git reads these before any config file: the owner comes from here, whoever runs the suite.
  GIT_CONFIG_COUNT: '1',
  GIT_CONFIG_KEY_0: 'user.email',
  GIT_CONFIG_VALUE_0: 'pmm@kestrel-data.example',
});
const titles: Record<(typeof collectionNames)[number], string> = {
  products: 'Kestrel Atlas',
  industries: 'Öffentlicher Sektor',
  personas: 'Head of Procurement',
  'value-props': 'One number for every forecast',
  solutions: 'Month-end close',
  cases: '王丽的案例',
  competitors: 'Dashly Pro',
  objections: 'We have no budget this year',
  messaging: 'Atlas messaging',
  rfp: 'Do you support SSO?',
  campaigns: 'Close faster 2027',
};

beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'gtm-new-entry-'));
  await cp(join(projectRoot, 'tests/fixtures/valid'), contentDir, { recursive: true });
});
afterAll(async () => {
  await rm(contentDir, { recursive: true, force: true });
});

describe('npm run new', () => {
  it('scaffolds a draft of every collection that the build accepts', async () => {
    for (const collection of collectionNames) {
      expect(await runNewEntry([collection, titles[collection]], env()), collection).toBe(0);
    }
    const caseFile = await readFile(join(contentDir, 'cases/王丽的案例/index.md'), 'utf8');
    expect(caseFile).toMatch(/^owner: "pmm@kestrel-data\.example"$/mu);
    expect(caseFile).toMatch(/^reviewBy: 2027-12-01$/mu);
    await expect(readFile(join(contentDir, 'cases/王丽的案例/logo.png'))).resolves.toHaveLength(
      (await readFile(join(projectRoot, 'tools/lib/placeholder-logo.png'))).length,
    );

    const run = await runAstro('new-entry', { command: 'build', contentDir });
    try {
      expect(run.code, `exit ${String(run.code)}; output:\n${run.output}`).toBe(0);
      expect(run.output).not.toMatch(/\bskipped\b(?!, because its name starts with "_")/u);
    } finally {
      await cleanup(run);
    }
  });

  it('refuses an existing id and an unknown collection, exiting non-zero with the reason', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(projectRoot, 'tools/new.mjs'), ...args], { env: env(), encoding: 'utf8' });
    const taken = run('personas', 'CFO');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toMatch(/personas\/cfo already exists: the title "CFO" makes the id "cfo"/u);
    const unknown = run('casestudies', 'Anything');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/"casestudies" is not a collection\. Use one of: products, .*campaigns\./u);
  });
});
