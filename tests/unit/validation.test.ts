import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/lib/codeowners';
import { buildHub } from '../../src/lib/hub';
import type { Finding, WarningInput } from '../../src/lib/validation';
import { annotation, contentWarnings, fieldLine, findingsFromBuildError } from '../../src/lib/validation';
import { addDays, allEntries, customerCase, day, industry, objection, product, ref, scope, solution, TODAY, valueProp } from './factories';

const asIs = (path: string) => path.replace(/^\/repo\//u, '');

describe('findingsFromBuildError: one finding per problem of a build error', () => {
  it('pins each schema problem to the file its heading names and to the field', () => {
    const message =
      'content/personas/cfo.md: the front matter (between the --- lines) has 2 problem(s):\n' +
      '  - field "status": missing. Add it to the front matter (between the --- lines).\n' +
      '  - field "level": found the text "c-suite", but this field takes one of: executive.';
    expect(findingsFromBuildError(message, asIs)).toEqual([
      {
        severity: 'error',
        file: 'content/personas/cfo.md',
        line: undefined,
        field: 'status',
        message: 'field "status": missing. Add it to the front matter (between the --- lines).',
      },
      {
        severity: 'error',
        file: 'content/personas/cfo.md',
        line: undefined,
        field: 'level',
        message: 'field "level": found the text "c-suite", but this field takes one of: executive.',
      },
    ]);
  });

  it('takes the file from each bullet, the line written after it, and keeps the closing advice with every finding', () => {
    const message =
      'Content collection "products" has 1 file(s) that could not be read:\n' +
      '  - Error rendering a.md: /repo/content/products/a.md: the body contains markup that is not allowed, which the sanitiser would remove:\n' +
      '  - /repo/content/products/a.md:14: the onerror="alert(1)" attribute of <img>\n' +
      '  - /repo/content/products/a.md:16: the <script> element\n' +
      'Remove what is listed, or write it in Markdown.';
    const findings = findingsFromBuildError(message, asIs);
    expect(findings.map((f) => [f.file, f.line, f.message])).toEqual([
      ['content/products/a.md', 14, 'the onerror="alert(1)" attribute of <img>\nRemove what is listed, or write it in Markdown.'],
      ['content/products/a.md', 16, 'the <script> element\nRemove what is listed, or write it in Markdown.'],
    ]);
  });

  it('reads a message without bullets as one finding at its file and line', () => {
    const message = '14:1: Unexpected character after `<`, expected a valid JSX tag\n  Location:\n    /repo/content/personas/cfo.mdx:14:1';
    expect(findingsFromBuildError(message, asIs)).toEqual([
      {
        severity: 'error',
        file: 'content/personas/cfo.mdx',
        line: 14,
        field: undefined,
        message: 'Unexpected character after `<`, expected a valid JSX tag',
      },
    ]);
    const yaml = '/repo/content/personas/cfo.md: the YAML frontmatter cannot be read: missed comma, near line 8.\n    line 8: goals: ["x"';
    expect(findingsFromBuildError(yaml, asIs)[0]).toMatchObject({ file: 'content/personas/cfo.md', line: 8 });
  });

  it('finds the file in a bullet without a colon after it', () => {
    const message =
      'Content collection "personas" has 1 file(s) whose id is already taken:\n' +
      '  - /repo/content/personas/cfo.mdx has the same id as /repo/content/personas/cfo.md\n' +
      'Rename or delete one of them.';
    expect(findingsFromBuildError(message, asIs)).toMatchObject([
      {
        file: 'content/personas/cfo.mdx',
        message: '/repo/content/personas/cfo.mdx has the same id as /repo/content/personas/cfo.md\nRename or delete one of them.',
      },
    ]);
  });

  it('keeps a message that names no file whole', () => {
    const message = 'GTM_AUDIENCE must be one of "internal", "partner", "public", not "staff".';
    expect(findingsFromBuildError(message, asIs)).toEqual([
      { severity: 'error', file: undefined, line: undefined, field: undefined, message },
    ]);
  });
});

describe('fieldLine', () => {
  const source = [
    '---',
    'title: Kestrel Pulse',
    'boilerplates:',
    '  short: One line.',
    '  long: Many lines.',
    'short: top-level namesake',
    'metrics:',
    '  - label: Faster close',
    '    value: 2 days',
    '---',
    'short: in the body',
  ].join('\n');

  it('finds a top-level field, a nested one below its parent, and a list item field', () => {
    expect(fieldLine(source, 'title')).toBe(2);
    expect(fieldLine(source, 'boilerplates.short')).toBe(4);
    expect(fieldLine(source, 'short')).toBe(6);
    expect(fieldLine(source, 'metrics[0].value')).toBe(9);
  });

  it('falls back to the parent for a missing child and gives nothing for a missing field', () => {
    expect(fieldLine(source, 'boilerplates.medium')).toBe(3);
    expect(fieldLine(source, 'reviewBy')).toBeUndefined();
    expect(fieldLine('no front matter', 'title')).toBeUndefined();
  });
});

describe('contentWarnings', () => {
  const pulse = product('pulse');
  const retail = industry('retail');
  const soon = addDays(TODAY, 12);

  function warningsFor(overrides: Partial<WarningInput>, ...entries: Parameters<typeof allEntries>): Finding[] {
    const all = allEntries(...entries);
    return contentWarnings({
      hub: buildHub(all, scope()),
      entries: entries,
      dueSoonDays: 30,
      codeowners: undefined,
      images: { present: [], referenced: new Set() },
      ...overrides,
    });
  }

  it('warns of a review due within the window and of an approved entry past its date, at the field', () => {
    const warnings = warningsFor(
      {},
      pulse,
      retail,
      industry('due', { reviewBy: soon }),
      industry('expired', { reviewBy: day('2026-10-31') }),
      industry('draft-expired', { status: 'draft', reviewBy: day('2026-10-31') }),
    );
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      ['src/content/industries/due.md', 'reviewBy'],
      ['src/content/industries/expired.md', 'reviewBy'],
    ]);
    expect(warnings[0]?.message).toMatch(/^field "reviewBy" is 2026-12-05: the review is due in 12 day\(s\)/u);
    expect(warnings[1]?.message).toMatch(
      /^field "reviewBy" is 2026-10-31, which has passed: published builds leave this approved entry out/u,
    );
  });

  it('warns of orphans and of an approved entry citing one the build leaves out', () => {
    const warnings = warningsFor(
      {},
      pulse,
      retail,
      customerCase('lonely', 'retail', ['pulse']),
      customerCase('retired', 'retail', ['pulse'], { status: 'retired' }),
      valueProp('unused', 'pulse', { proofPoints: [{ claim: 'x', case: ref('cases', 'retired') }] }),
      objection('o1', ['pulse'], { proof: [ref('cases', 'lonely')] }),
    );
    expect(warnings.map((w) => `${w.file} ${w.field ?? '-'}: ${w.message.split(',')[0]}`)).toEqual([
      'src/content/value-props/unused.md -: no solution carries this value proposition',
      'src/content/value-props/unused.md proofPoints[0].case: field "proofPoints[0].case" cites cases/retired',
    ]);
  });

  it('warns of images no entry uses', () => {
    const warnings = warningsFor(
      { images: { present: ['content/cases/a/logo.png', 'content/cases/b/old.png'], referenced: new Set(['content/cases/a/logo.png']) } },
      pulse,
    );
    expect(warnings).toEqual([
      {
        severity: 'warning',
        file: 'content/cases/b/old.png',
        message: 'no entry uses this image. Point an image field or the body of an entry at it, or delete the file.',
      },
    ]);
  });

  it('warns once per owner whom the CODEOWNERS rule covering their entries does not name', () => {
    const codeowners = parseCodeowners('# owners: Mei Chen\n/src/content/ @acme/pmm\n');
    const warnings = warningsFor(
      { codeowners },
      pulse,
      retail,
      solution('s1', ['pulse'], { owner: 'Ada Newcomer' }),
      solution('s2', ['pulse'], { owner: 'Ada Newcomer' }),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'src/content/solutions/s1.md', field: 'owner' });
    expect(warnings[0]?.message).toMatch(/^owner "Ada Newcomer" \(2 entries\) is not named by the \.github\/CODEOWNERS rule/u);
  });

  it('has nothing to say of current, cited content whose owners CODEOWNERS names', () => {
    const codeowners = parseCodeowners('# owners: Mei Chen\n/src/content/ @acme/pmm\n');
    const vp = valueProp('vp', 'pulse');
    expect(warningsFor({ codeowners }, pulse, retail, vp, solution('s1', ['pulse'], { valueProps: [ref('value-props', 'vp')] }))).toEqual(
      [],
    );
  });
});

describe('annotation: a GitHub Actions workflow command', () => {
  it('names file and line and escapes what would end the command early', () => {
    expect(annotation({ severity: 'error', file: 'src/content/a,b.md', line: 4, message: '100% wrong:\nfix it' })).toBe(
      '::error file=src/content/a%2Cb.md,line=4::100%25 wrong:%0Afix it',
    );
  });

  it('leaves out what it does not know', () => {
    expect(annotation({ severity: 'warning', file: 'src/content/x.md', message: 'm' })).toBe('::warning file=src/content/x.md::m');
    expect(annotation({ severity: 'error', line: 3, message: 'm' })).toBe('::error::m');
  });
});
