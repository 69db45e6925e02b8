// The test scripts' output handling: the MDX noise filter (drop Astro 7's directive warning and
// nothing else) and the counts behind `npm test`'s closing summary.
import { describe, expect, it } from 'vitest';
import { countTests, formatCounts, runFailed } from '../../tools/lib/output.mjs';
import { dropMdxDirectiveNoise, stripAnsi } from '../build/support/astroProject';

const warning = [
  '13:17:58 [WARN] [vite] \u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mThe semantics of the module level directive "use astro:head-inject" in "src/content/cases/a.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  '   ╭─[ src/content/cases/a.mdx?astroPropagatedAssets:2:6 ]',
  '   │',
  ' 2 │               "use astro:head-inject";',
  '   │               ────────────┬───────────  ',
  '   │                           ╰───────────── module level directive may not be preserved',
  '   │ ',
  '   │ Help: For more information, see https://rolldown.rs/in-depth/directives#other-directives',
  '───╯',
];

describe('dropMdxDirectiveNoise', () => {
  it('drops the warning and its code frame, keeping the lines around it', () => {
    const text = ['13:17:58 [build] Building static entrypoints...', ...warning, ...warning, '', '13:17:58 [vite] ✓ built in 419ms'].join(
      '\n',
    );
    expect(dropMdxDirectiveNoise(text)).toBe('13:17:58 [build] Building static entrypoints...\n\n13:17:58 [vite] ✓ built in 419ms');
  });

  it('keeps other warnings and errors, code frames included', () => {
    const text = ['[WARN] [vite] [SOME_OTHER_WARNING] keep me', '   ╭─[ src/pages/index.astro:1:1 ]', '───╯', '[ERROR] boom'].join('\n');
    expect(dropMdxDirectiveNoise(text)).toBe(text);
  });

  it('strips colour codes', () => {
    expect(stripAnsi('\u001b[31mred\u001b[39m plain')).toBe('red plain');
  });
});

describe('countTests', () => {
  const playwright = (...lines: string[]) => ['Running 48 tests using 2 workers', '', ...lines].join('\n');

  it('counts a flaky test apart from the passed ones', () => {
    const output = playwright(
      '\u001b[33m  1 flaky\u001b[39m',
      '    [chromium] › tests/e2e/kits.spec.ts:14:1 › step through the slide deck with the keyboard, notes on demand',
      '\u001b[32m  47 passed\u001b[39m\u001b[2m (1.4m)\u001b[22m',
    );
    expect(countTests(output)).toEqual({ passed: 47, flaky: 1, failed: 0, skipped: 0 });
  });

  it('counts failed, interrupted, skipped and not-run tests', () => {
    const output = playwright(
      '  2 failed',
      '    [chromium] › tests/e2e/search.spec.ts:20:1 › search from the header',
      '    [chromium] › tests/e2e/search.spec.ts:40:1 › search with a filter',
      '  1 interrupted',
      '    [chromium] › tests/e2e/browse.spec.ts:9:1 › browse the library',
      '  3 flaky',
      '  4 skipped',
      '  5 did not run',
      '  30 passed (2.1m)',
    );
    expect(countTests(output)).toEqual({ passed: 30, flaky: 3, failed: 3, skipped: 9 });
  });

  it('reads Vitest totals and ignores its file totals', () => {
    const output = [' Test Files  1 failed | 17 passed (18)', '      Tests  3 failed | 48 passed | 2 skipped | 1 todo (54)'].join('\n');
    expect(countTests(output)).toEqual({ passed: 48, flaky: 0, failed: 3, skipped: 3 });
  });

  it('ignores numbers in test output that are not a summary', () => {
    expect(countTests('  ✓  1 [chromium] › a.spec.ts:3:1 › 2 passed items (1.2s)\n3 passed the check')).toEqual({
      passed: 0,
      flaky: 0,
      failed: 0,
      skipped: 0,
    });
  });
});

describe('the closing summary', () => {
  const counts = { passed: 47, flaky: 1, failed: 0, skipped: 0 };

  it('prints flaky tests on the last line, apart from the passed ones', () => {
    expect(formatCounts(counts)).toBe('47 passed, 1 flaky, 0 failed, 0 skipped');
  });

  it('fails the run on a flake under CI, and only there', () => {
    expect(runFailed({ failedStage: undefined, counts, ci: true })).toBe(true);
    expect(runFailed({ failedStage: undefined, counts, ci: false })).toBe(false);
    expect(runFailed({ failedStage: undefined, counts: { ...counts, flaky: 0 }, ci: true })).toBe(false);
    expect(runFailed({ failedStage: 'e2e', counts: { ...counts, flaky: 0 }, ci: false })).toBe(true);
  });
});
