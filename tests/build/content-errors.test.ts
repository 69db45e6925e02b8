/**
 * Broken content must fail the build with a message a PMM can act on: the file, the field (or the
 * line), and what is expected instead. Each folder in tests/fixtures/errors is a complete, tiny
 * content root with one mistake; tests/fixtures/valid is the control that must build.
 */
import { describe, expect, it } from 'vitest';
import type { AstroRun } from './support/astroProject';
import { cleanup, runAstro } from './support/astroProject';

interface ErrorCase {
  /** Folder under tests/fixtures/errors. */
  name: string;
  /** Path of the broken file inside the fixture. */
  file: string | string[];
  /** How the output names the field (or the line) at fault. */
  field: RegExp;
  /** How the output says what is expected, or how to fix it. */
  fix: RegExp;
}

const errorCases: ErrorCase[] = [
  {
    name: 'missing-required-field',
    file: 'products/kestrel-pulse.md',
    field: /\bsummary\b/u,
    fix: /summary: is missing: add it to the frontmatter\. One sentence: what the product does/u,
  },
  {
    name: 'wrong-enum-value',
    file: 'personas/cfo.md',
    field: /\blevel\b/u,
    fix: /expected one of "executive"\|"business-line"\|"execution"/u,
  },
  {
    name: 'bad-date',
    file: 'industries/retail.md',
    field: /\breviewBy\b/u,
    fix: /must be a date written as YYYY-MM-DD/u,
  },
  {
    name: 'impossible-date',
    file: 'industries/retail.md',
    field: /field "reviewBy" is 2027-02-30/u,
    fix: /not a day in the calendar\. Write a real date as YYYY-MM-DD/u,
  },
  {
    name: 'missing-reference',
    file: 'solutions/retail-visibility.md',
    field: /field "products\[1\]" references "kestrel-nowhere"/u,
    fix: /no such entry exists\. Use the id .* one of: kestrel-pulse/u,
  },
  {
    name: 'duplicate-id',
    file: ['personas/cfo.md', 'personas/cfo.mdx'],
    field: /same (id|slug)/u,
    fix: /Rename or delete one of them|Slugs must be unique/u,
  },
  {
    name: 'boilerplate-too-long',
    file: 'messaging/kestrel-pulse.md',
    field: /boilerplates\.short/u,
    fix: /may have at most 25 words; it has 30\. Cut 5\./u,
  },
  {
    name: 'missing-image',
    file: 'cases/harbor-pine/index.md',
    field: /field "logo\.src" points to "\.\/logo\.png"/u,
    fix: /no such file .* Put the image next to the entry file or correct the path/u,
  },
  {
    name: 'mdx-syntax-error',
    file: 'personas/cfo.mdx',
    field: /cfo\.mdx:13:1/u,
    fix: /expected a valid JSX tag/u,
  },
  {
    name: 'yaml-syntax-error',
    file: 'personas/cfo.md',
    field: /line 7: goals: \["Forecast within 5%"$/mu,
    fix: /missed comma between flow collection entries[\s\S]*close every \[ and " you open/u,
  },
  {
    name: 'proof-point-without-proof',
    file: 'value-props/one-view.md',
    field: /proofPoints\.0/u,
    fix: /a proof point needs a `case` \(id of a customer case\) or a `source` for its figure/u,
  },
];

function explain(run: AstroRun): string {
  return `exit ${String(run.code)} after ${run.ms} ms; output:\n${run.output}`;
}

describe('content errors fail the build', () => {
  it.concurrent('control: the valid fixture builds', async () => {
    const run = await runAstro('valid', { command: 'build', contentDir: 'tests/fixtures/valid' });
    try {
      expect(run.code, explain(run)).toBe(0);
      expect(run.output).toMatch(/page\(s\) built/u);
    } finally {
      await cleanup(run);
    }
  });

  it.concurrent.each(errorCases)('$name', async ({ name, file, field, fix }) => {
    const run = await runAstro(name, { command: 'build', contentDir: `tests/fixtures/errors/${name}` });
    expect(run.code, `the build must fail, not hang or pass: ${explain(run)}`).not.toBe(0);
    expect(run.code, explain(run)).not.toBeNull();
    for (const path of Array.isArray(file) ? file : [file]) {
      const named = new RegExp(`errors/${name}/${path}`.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') + '(?!\\w)', 'u');
      expect(run.output, `names the file ${path}: ${explain(run)}`).toMatch(named);
    }
    expect(run.output, `names the field: ${explain(run)}`).toMatch(field);
    expect(run.output, `says what is expected: ${explain(run)}`).toMatch(fix);
  });
});
