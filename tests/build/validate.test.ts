/**
 * `npm run validate` on content that builds: it passes, and what it warns of (a review coming due, an
 * approved entry past its date, an image nothing uses, an owner CODEOWNERS does not name) is listed
 * at its file and line, and as GitHub annotations under Actions, without failing. The errors it
 * shares with the build are covered fixture by fixture in content-errors.test.ts.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/astroProject';
import type { ValidateRun } from './support/validate';
import { runValidate } from './support/validate';

const explain = (run: ValidateRun) => `exit ${String(run.code)} after ${run.ms} ms:\n${run.stdout}\n${run.stderr}`;

/** Test content lies under tests/, which CODEOWNERS gives to the web platform team, not to the entries' owner. */
const ownerOfTests = (at: string, entries: number) =>
  new RegExp(
    String.raw`^warning: ${at}/products/kestrel-pulse\.md:5: owner "Mei Chen" \(${entries} entries\) is not named by the \.github/CODEOWNERS rule`,
    'u',
  );

describe('the valid fixture', () => {
  it('validates, its one warning that CODEOWNERS does not name its owner for files under tests/', async () => {
    const run = await runValidate('tests/fixtures/valid');
    expect(run.code, explain(run)).toBe(0);
    expect(run.stdout, explain(run)).toMatch(/✓ 13 entries valid, 1 warning\(s\)/u);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('warning: '))).toEqual([
      expect.stringMatching(ownerOfTests('tests/fixtures/valid', 13)),
    ]);
  });
});

describe('validate --health', () => {
  it('prints what /health/ ranks: the sample’s expired but cited case first, then the missing customer-facing case', async () => {
    const run = await runValidate('src/content', {}, ['--health']);
    expect(run.code, explain(run)).toBe(0);
    expect(run.stdout).toContain('Content health on 2026-12-01 (internal build)');
    const expired = run.stdout.indexOf('1. [Still cited, expired 2026-08-31] cases/thistledown-freight');
    const noCase = run.stdout.indexOf('Kestrel Flow × Public Sector: no case a rep may send to a customer');
    expect(expired, explain(run)).toBeGreaterThan(0);
    expect(noCase).toBeGreaterThan(expired);
  });

  it('prints no health without the flag', async () => {
    const run = await runValidate('tests/fixtures/valid');
    expect(run.stdout).not.toContain('Content health');
  });
});

describe('content with warnings', () => {
  let content: string;
  let at: string;
  let plain: ValidateRun;
  let annotated: ValidateRun;

  async function edit(file: string, from: RegExp, to: string): Promise<void> {
    const path = join(content, file);
    const source = await readFile(path, 'utf8');
    if (!from.test(source)) throw new Error(`${file} does not contain ${String(from)}`);
    await writeFile(path, source.replace(from, to));
  }

  beforeAll(async () => {
    // Inside the project, so paths read as they would in a pull request, and CODEOWNERS applies.
    content = await mkdtemp(join(projectRoot, 'tests', 'fixtures', '.validate-'));
    at = relative(projectRoot, content);
    await cp(join(projectRoot, 'tests/fixtures/valid'), content, { recursive: true });
    // The suite's day is 2026-12-01: due in 14 days, and a day past.
    await edit('industries/retail.md', /^reviewBy: .*$/mu, 'reviewBy: 2026-12-15');
    await edit('rfp/encryption.md', /^reviewBy: .*$/mu, 'reviewBy: 2026-11-30');
    await edit('competitors/dashly.md', /^owner: .*$/mu, 'owner: Ada Newcomer');
    await cp(join(content, 'cases/harbor-pine/logo.png'), join(content, 'cases/harbor-pine/old-logo.png'));
    [plain, annotated] = await Promise.all([runValidate(at), runValidate(at, { GITHUB_ACTIONS: 'true' })]);
  }, 120_000);

  afterAll(async () => {
    await rm(content, { recursive: true, force: true });
  });

  it('passes, listing each warning at its file and line', () => {
    expect(plain.code, explain(plain)).toBe(0);
    const warnings = plain.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings, explain(plain)).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^warning: ${at}/industries/retail\.md:6: field "reviewBy" is 2026-12-15: the review is due in 14 day\(s\)`,
          'u',
        ),
      ),
      expect.stringMatching(
        new RegExp(String.raw`^warning: ${at}/rfp/encryption\.md:7: field "reviewBy" is 2026-11-30, which has passed`, 'u'),
      ),
      expect.stringMatching(new RegExp(String.raw`^warning: ${at}/cases/harbor-pine/old-logo\.png: no entry uses this image`, 'u')),
      // One of the 13 entries now has another owner.
      expect.stringMatching(ownerOfTests(at, 12)),
      expect.stringMatching(
        new RegExp(
          String.raw`^warning: ${at}/competitors/dashly\.md:\d+: owner "Ada Newcomer" \(1 entry\) is not named by the \.github/CODEOWNERS rule`,
          'u',
        ),
      ),
    ]);
    expect(plain.stdout).toMatch(/✓ 13 entries valid, 5 warning\(s\)/u);
    expect(plain.stdout).not.toMatch(/^::/mu);
  });

  it('prints a GitHub annotation for each warning under Actions, and still passes', () => {
    expect(annotated.code, explain(annotated)).toBe(0);
    const annotations = annotated.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.map((line) => /^::(\w+) file=([^,:]+)(?:,line=(\d+))?::/u.exec(line)?.slice(1))).toEqual([
      ['warning', `${at}/industries/retail.md`, '6'],
      ['warning', `${at}/rfp/encryption.md`, '7'],
      ['warning', `${at}/cases/harbor-pine/old-logo.png`, undefined],
      ['warning', `${at}/products/kestrel-pulse.md`, '5'],
      ['warning', `${at}/competitors/dashly.md`, expect.stringMatching(/^\d+$/u)],
    ]);
  });
});

describe('the sample content', () => {
  it('validates on the suite day, naming the expired case sales still cites and the value proposition nothing carries', async () => {
    const run = await runValidate('src/content');
    expect(run.code, explain(run)).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: src\/content\/cases\/thistledown-freight\/index\.md:\d+: field "reviewBy" is 2026-08-31, which has passed/mu,
    );
    expect(run.stderr).toMatch(
      /field "proofPoints\[\d+\]\.case" cites cases\/thistledown-freight, which this build leaves out \(past review-by\)/u,
    );
    expect(run.stderr).toMatch(
      /^warning: src\/content\/value-props\/flow-patient-access\.mdx: no solution carries this value proposition, so no toolkit or kit shows it/mu,
    );
  });
});
