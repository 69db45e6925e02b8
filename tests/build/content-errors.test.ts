/**
 * Broken content must fail the build with a message a PMM can act on: the file, the field (or the
 * line), and what is expected instead. Each folder in tests/fixtures/errors is a complete, tiny
 * content root with one mistake; tests/fixtures/valid is the control that must build.
 * `npm run validate` must fail on each as well, word for word as the build does.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AstroRun } from './support/astroProject';
import { cleanup, runAstro } from './support/astroProject';
import type { ValidateRun } from './support/validate';
import { runValidate } from './support/validate';

interface ErrorCase {
  /** Folder under tests/fixtures/errors. */
  name: string;
  /** Path of the broken file inside the fixture. */
  file: string | string[];
  /** How the output names the field (or the line) at fault. */
  field: RegExp;
  /** How the output says what is expected, or how to fix it. */
  fix: RegExp;
  /** Further problems of the same file, each reported on its own (field and fix). */
  also?: { field: RegExp; fix: RegExp }[];
  /** The MDX compiler reports its own errors (syntax, and what the sanitiser refuses) with a stack trace. */
  stackTrace?: true;
  /** Input built to exhaust the build (memory, time) must instead fail within this many milliseconds. */
  failsWithinMs?: number;
  /** Found only when the page is rendered, which `npm run validate` does not do. */
  renderedOnly?: true;
  /** Which of two files Astro reads first decides how the message names them, in any run. */
  orderVaries?: true;
}

const errorCases: ErrorCase[] = [
  {
    name: 'missing-required-field',
    file: 'products/kestrel-pulse.md',
    field: /field "summary": missing\./u,
    fix: /Add it to the front matter \(between the --- lines\)\. One sentence: what the product does/u,
  },
  {
    name: 'governance-missing',
    file: 'personas/cfo.md',
    field: /field "status": missing\./u,
    fix: /Add it to the front matter \(between the --- lines\)\. Lifecycle: draft → review → approved → retired/u,
    also: [
      { field: /field "owner": missing\./u, fix: /The person accountable for keeping this entry correct/u },
      { field: /field "reviewBy": missing\./u, fix: /After this date the entry is hidden from published builds/u },
      { field: /field "audience": missing\./u, fix: /public \(may be shown to customers\) or internal/u },
    ],
  },
  {
    name: 'wrong-enum-value',
    file: 'personas/cfo.md',
    field: /field "level": found the text "c-suite"/u,
    fix: /Use one of: executive, business-line, execution \(exactly as written here\)/u,
  },
  {
    name: 'unknown-nested-field',
    file: 'solutions/retail-visibility.md',
    field: /field "event": unknown field "speakerNote" \(did you mean "speakerNotes"\?\)/u,
    fix: /would be lost\. Check the spelling and the indentation; the fields here are talkTitle, /u,
    also: [{ field: /field "socialPosts\[0\]": unknown field "hashtag"/u, fix: /the fields here are channel, text\./u }],
  },
  {
    name: 'wrong-type',
    file: 'solutions/retail-visibility.md',
    field: /field "event": found an empty value/u,
    fix: /write a group of fields \(indented lines below it\) after the colon, or leave the field out/u,
    also: [
      { field: /field "industries": found the text "retail"/u, fix: /but this field takes a list \(one "- item" per line, or \[a, b\]\)/u },
    ],
  },
  {
    name: 'date-written-as-number',
    file: 'rfp/encryption.md',
    field: /field "reviewBy": found the number 20270630/u,
    fix: /but this field takes a date written as YYYY-MM-DD, e\.g\. 2027-06-30/u,
    also: [{ field: /field "lastReviewed": found the number 2026,/u, fix: /takes a date written as YYYY-MM-DD/u }],
  },
  {
    name: 'campaign-ends-before-start',
    file: 'campaigns/close-faster.md',
    field: /field "ends": is 2027-01-10, before the campaign starts \(2027-03-31\)/u,
    fix: /A campaign ends on or after the day it starts/u,
    also: [
      {
        field: /field "reviewBy": is 2076-12-31, more than 3 years after today/u,
        fix: /set a date by \d{4}-\d{2}-\d{2} \(reviewHorizonYears in src\/config\/hub\.config\.ts\)/u,
      },
    ],
  },
  {
    name: 'blank-text-and-duplicates',
    file: 'solutions/retail-visibility.md',
    field: /field "title": is empty/u,
    fix: /write the text: Solution name\./u,
    also: [{ field: /field "industries\[2\]": lists "retail" a second time/u, fix: /remove the duplicate line/u }],
  },
  {
    name: 'bad-date',
    file: 'industries/retail.md',
    field: /field "reviewBy": found the text "end of next quarter"/u,
    fix: /takes a date written as YYYY-MM-DD/u,
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
    orderVaries: true,
  },
  {
    name: 'boilerplate-too-long',
    file: 'messaging/kestrel-pulse.md',
    field: /field "boilerplates\.short"/u,
    fix: /may have at most 25 words; it has 30\. Cut 5\./u,
  },
  {
    name: 'positioning-not-a-sentence',
    file: 'messaging/kestrel-pulse.md',
    field: /field "positioning\.need"/u,
    fix: /start it with "who", e\.g\. "who need one trusted pipeline number"/u,
    also: [{ field: /field "positioning\.differentiator"/u, fix: /start it with a verb whose subject is the product/u }],
  },
  {
    name: 'title-only-slide',
    file: 'solutions/retail-visibility.md',
    field: /field "event\.outline\[1\]\.points"/u,
    fix: /the slide would show only its title\. List what the slide shows/u,
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
    field: /cfo\.mdx:14:1/u,
    fix: /expected a valid JSX tag/u,
    stackTrace: true,
  },
  {
    name: 'yaml-syntax-error',
    file: 'personas/cfo.md',
    field: /line 8: goals: \["Forecast within 5%"$/mu,
    fix: /missed comma between flow collection entries[\s\S]*close every \[ and " you open/u,
  },
  {
    name: 'not-utf8',
    file: 'personas/cfo.md',
    field: /is not saved as UTF-8: line 5 reads "owner: Tom�s Alvarez"/u,
    fix: /Save the file with the encoding UTF-8/u,
  },
  {
    name: 'unclosed-front-matter',
    file: 'personas/cfo.md',
    field: /the front matter opened by --- on line 1 is never closed/u,
    fix: /Add a line with only --- after the last field \(after line 10\)/u,
  },
  {
    name: 'route-clash',
    file: 'rfp/2.md',
    field: /the file name makes the id "2", which is also the address of page 2 of the rfp listing \(\/rfp\/2\/\)/u,
    fix: /Name the file after what it holds, in words/u,
  },
  {
    name: 'mdx-runtime-error',
    file: 'personas/cfo.mdx',
    // Code in an MDX body never runs: the sanitiser refuses it when the file is compiled.
    field: /cfo\.mdx:12: the expression \{\(\(\) => \{ throw new Error\('no figure/u,
    fix: /only literal values \(\{"text"\}, \{3\}, \{true\}\) and \{\/\* comments \*\/\} are allowed, never code/u,
    stackTrace: true,
  },
  {
    name: 'proof-point-without-proof',
    file: 'value-props/one-view.md',
    field: /field "proofPoints\[0\]"/u,
    fix: /a proof point needs a `case` \(id of a customer case\) or a `source` for its figure/u,
  },
  {
    name: 'body-unsafe-html',
    file: 'products/kestrel-pulse.md',
    field: /kestrel-pulse\.md:14: the onerror="alert\(1\)" attribute of <img>[\s\S]*kestrel-pulse\.md:16: the <script> element/u,
    fix: /never scripts, event handlers \(on…\), <iframe>[\s\S]*Remove what is listed, or write it in Markdown/u,
  },
  {
    name: 'body-javascript-link',
    file: 'products/kestrel-pulse.md',
    field: /kestrel-pulse\.md:14: the href="javascript:alert\(1\)" attribute of <a>/u,
    fix: /links to http\(s\), mailto: or relative paths[\s\S]*javascript:\/data: URLs/u,
  },
  {
    name: 'mdx-import-outside',
    file: 'products/kestrel-pulse.mdx',
    field: /kestrel-pulse\.mdx:12: the import "import Passwords from '\/etc\/passwd\?raw';"/u,
    fix: /may import only the hub's body components, as import CopyButton from '@hub\/components\/CopyButton\.astro'/u,
    stackTrace: true,
  },
  {
    name: 'mdx-environment',
    file: 'products/kestrel-pulse.mdx',
    field: /kestrel-pulse\.mdx:12: the expression \{process\.env\.HOME\}/u,
    fix: /only literal values \(\{"text"\}, \{3\}, \{true\}\) and \{\/\* comments \*\/\} are allowed, never code/u,
    stackTrace: true,
  },
  {
    name: 'mdx-component-props',
    file: 'personas/cfo.mdx',
    // The component runs when the page is rendered: the error still names the entry's file.
    field: /cfo\.mdx: the body cannot be rendered: <CopyButton> needs label="…"/u,
    fix: /Check the \{ \} expressions and components in the body of this file/u,
    renderedOnly: true,
  },
  {
    name: 'yaml-alias-bomb',
    file: 'products/kestrel-pulse.md',
    field: /YAML aliases \(line 14: \*a;/u,
    fix: /Write each value out in full instead of referring to an &anchor/u,
    failsWithinMs: 30_000,
  },
  {
    name: 'symlink-outside',
    file: 'industries/retail.md',
    field: /is a symbolic link to \S+valid\/industries\/retail\.md, outside the content folder/u,
    fix: /Put the file itself in the content folder instead of linking to it/u,
  },
  {
    name: 'image-outside-content',
    file: 'cases/harbor-pine/index.md',
    field:
      /field "logo\.src" points to "\.\.\/\.\.\/\.\.\/\.\.\/valid\/cases\/harbor-pine\/logo\.png", which is outside the content folder/u,
    fix: /Put the image next to the entry file/u,
  },
  {
    name: 'svg-logo',
    file: 'cases/harbor-pine/index.md',
    field: /field "logo\.src" points to "\.\/logo\.svg"/u,
    fix: /SVG images are not accepted, because an SVG can carry script\. Export the image as PNG/u,
  },
  {
    name: 'pixel-bomb',
    file: 'cases/harbor-pine/index.md',
    field: /field "logo\.src" points to "\.\/logo\.png", which is 40000 × 40000 pixels/u,
    fix: /at most 40 megapixels \(maxImagePixels in src\/config\/hub\.config\.ts\)\. Scale it down/u,
    failsWithinMs: 30_000,
  },
  {
    name: 'image-absolute-path',
    file: 'cases/harbor-pine/index.md',
    field: /field "logo\.src" points to "\/etc\/hosts\.png", which is not a path relative to the entry/u,
    fix: /Put the image next to the entry file and write "\.\/hosts\.png"/u,
  },
  {
    name: 'body-image-outside',
    file: 'cases/harbor-pine/index.md',
    field: /index\.md:24: the image "\.\.\/\.\.\/\.\.\/\.\.\/valid\/cases\/harbor-pine\/logo\.png", which is outside the content folder/u,
    fix: /Put the image next to the entry file/u,
  },
  {
    name: 'mdx-body-image-outside',
    file: 'cases/harbor-pine/index.mdx',
    field: /index\.mdx:24: the image "\.\.\/\.\.\/\.\.\/\.\.\/valid\/cases\/harbor-pine\/logo\.png"/u,
    fix: /outside the content folder/u,
    stackTrace: true,
  },
  {
    name: 'body-svg-image',
    file: 'cases/harbor-pine/index.md',
    field: /index\.md:24: the image "\.\/diagram\.svg"/u,
    fix: /SVG images are not accepted, because an SVG can carry script/u,
  },
  {
    name: 'mdx-body-svg-image',
    file: 'cases/harbor-pine/index.mdx',
    field: /index\.mdx:24: the image "\.\/diagram\.svg"/u,
    fix: /SVG images are not accepted, because an SVG can carry script/u,
    stackTrace: true,
  },
  {
    name: 'image-format-mismatch',
    file: 'cases/harbor-pine/index.md',
    field: /field "logo\.src" points to "\.\/logo\.png", which is named \.png but holds jpeg data/u,
    fix: /Save it in the format its extension names, or rename it/u,
  },
];

function explain(run: AstroRun): string {
  return `exit ${String(run.code)} after ${run.ms} ms; output:\n${run.output}`;
}

function explainValidate(run: ValidateRun): string {
  return `validate exit ${String(run.code)} after ${run.ms} ms; output:\n${run.stdout}\n${run.stderr}`;
}

/** Output with the fixture's folder, wherever the run found it, written as `<fixture>/`. */
function inFixture(text: string, name: string): string {
  return text.replace(new RegExp(String.raw`\S*errors/${name}/`, 'gu'), '<fixture>/');
}

describe('content errors fail the build', () => {
  it.concurrent('control: the valid fixture builds', async () => {
    const run = await runAstro('valid', { command: 'build', contentDir: 'tests/fixtures/valid' });
    try {
      expect(run.code, explain(run)).toBe(0);
      expect(run.output).toMatch(/page\(s\) built/u);
      // A file starting with `_` is a note: reported once as skipped, never silently left out.
      expect(run.output.match(/personas\/_notes\.md: skipped, because its name starts with "_"/gu)).toHaveLength(1);
      // An id in Chinese keeps its page (its logo's name in a ZIP is covered in tests/unit/exports.test.ts).
      expect(existsSync(join(run.outDir, 'cases', '金海一号', 'index.html'))).toBe(true);
      const zip = unzipSync(new Uint8Array(await readFile(join(run.outDir, 'kits', 'retail-visibility.zip'))));
      const names = Object.keys(zip).map((path) => path.split('/').pop() ?? '');
      expect(names.filter((n) => n === '' || /^[-.]/u.test(n))).toEqual([]);
      expect(new Set(names).size).toBe(names.length);
      // An English kit carries cases written in English only: the Chinese case stays out of it.
      expect(names.some((n) => n.startsWith('harbor-pine-logo'))).toBe(true);
      expect(names.some((n) => n.startsWith('金海一号'))).toBe(false);
      // A Chinese boilerplate is counted in words, not characters: 20 words in 41 characters fits 25.
      const messaging = strFromU8(zip[Object.keys(zip).find((p) => p.endsWith('/messaging.md')) ?? ''] ?? new Uint8Array());
      expect(messaging).toContain('(20 / 25 words)');
    } finally {
      await cleanup(run);
    }
  });

  it.concurrent.each(errorCases)(
    '$name',
    async ({ name, file, field, fix, also = [], stackTrace, failsWithinMs, renderedOnly, orderVaries }) => {
      const run = await runAstro(name, { command: 'build', contentDir: `tests/fixtures/errors/${name}` });
      // As on a pull request: annotations on stdout, the report itself on stderr.
      const validated = await runValidate(`tests/fixtures/errors/${name}`, { GITHUB_ACTIONS: 'true' });
      expect(run.code, `the build must fail, not hang or pass: ${explain(run)}`).not.toBe(0);
      expect(run.code, explain(run)).not.toBeNull();
      if (failsWithinMs) expect(run.ms, `fails fast instead of exhausting the build: ${explain(run)}`).toBeLessThan(failsWithinMs);
      for (const path of Array.isArray(file) ? file : [file]) {
        const named = new RegExp(`errors/${name}/${path}`.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&') + '(?!\\w)', 'u');
        expect(run.output, `names the file ${path}: ${explain(run)}`).toMatch(named);
      }
      for (const problem of [{ field, fix }, ...also]) {
        expect(run.output, `names the field: ${explain(run)}`).toMatch(problem.field);
        expect(run.output, `says what is expected: ${explain(run)}`).toMatch(problem.fix);
      }
      if (!stackTrace) {
        expect(run.output, `no stack trace or code location: ${explain(run)}`).not.toMatch(/Stack trace:|Location:\s|:0:0\b/u);
      }

      if (renderedOnly) return;
      expect(validated.code, `validate fails as the build does: ${explainValidate(validated)}`).toBe(1);
      const said = `${validated.stdout}\n${validated.stderr}`;
      for (const path of Array.isArray(file) ? file : [file]) expect(said, explainValidate(validated)).toContain(`errors/${name}/${path}`);
      for (const problem of [{ field, fix }, ...also]) {
        expect(said, explainValidate(validated)).toMatch(problem.field);
        expect(said, explainValidate(validated)).toMatch(problem.fix);
      }
      // Word for word: each line of validate's report that names a file is a line of the build's output.
      const built = inFixture(run.output, name);
      const reported = inFixture(validated.stderr, name)
        .split('\n')
        .filter((line) => line.includes('<fixture>/') && !/^\d\d:\d\d:\d\d \[/u.test(line));
      expect(reported.length, explainValidate(validated)).toBeGreaterThan(0);
      if (!orderVaries) {
        for (const line of reported) expect(built, `the build says "${line.trim()}" as well: ${explain(run)}`).toContain(line.trim());
      }
      // GitHub annotations pin every problem to a file of the fixture.
      const annotations = validated.stdout.split('\n').filter((line) => line.startsWith('::error '));
      expect(annotations.length, explainValidate(validated)).toBeGreaterThan(0);
      for (const line of annotations)
        expect(line).toMatch(new RegExp(String.raw`^::error file=tests/fixtures/errors/${name}/[^,:]+(,line=\d+)?::\S`, 'u'));
    },
  );
});
