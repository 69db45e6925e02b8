/**
 * The one build that reads the machine's date, as `npm run build` does (GTM_TODAY unset), on a copy
 * of the valid fixture whose review-by dates are generated relative to today: an entry due in a
 * month is published, one whose review-by day was yesterday is left out. Every other build in the
 * suite uses the fixed suiteDay; "yesterday" is on or after it, so a build that compared review-by
 * dates with the suite's day instead would publish the expired entry.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cleanup, projectRoot, runAstro } from './support/astroProject';

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const reviewByLine = /^reviewBy:.*$/mu;

async function contentDatedFromToday(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'gtm-real-date-content-'));
  await cp(join(projectRoot, 'tests/fixtures/valid'), root, { recursive: true });
  // A year ahead for the fixture's own entries, so only the two generated objections are near a limit.
  for (const name of await readdir(root, { recursive: true })) {
    if (!name.endsWith('.md')) continue;
    const file = join(root, name);
    await writeFile(file, (await readFile(file, 'utf8')).replace(reviewByLine, `reviewBy: ${dayFromToday(365)}`));
  }
  const objection = await readFile(join(root, 'objections/too-expensive.md'), 'utf8');
  const generated = (title: string, reviewBy: string) =>
    objection.replace(/^title:.*$/mu, `title: ${title}`).replace(reviewByLine, `reviewBy: ${reviewBy}`);
  await writeFile(join(root, 'objections/due-next-month.md'), generated('Due next month', dayFromToday(30)));
  await writeFile(join(root, 'objections/expired-yesterday.md'), generated('Expired yesterday', dayFromToday(-1)));
  return root;
}

it("compares review-by dates with today's date when GTM_TODAY is not set", async () => {
  const content = await contentDatedFromToday();
  const run = await runAstro('real-date', { command: 'build', contentDir: content, env: { GTM_TODAY: undefined } });
  try {
    expect(run.code, run.output).toBe(0);
    const page = (id: string) => existsSync(join(run.outDir, 'objections', id, 'index.html'));
    expect(page('due-next-month'), 'an entry due in a month is published').toBe(true);
    expect(page('expired-yesterday'), 'an entry past its review-by day is left out').toBe(false);
  } finally {
    if (run.code === 0) await cleanup(run);
    await rm(content, { recursive: true, force: true });
  }
});
