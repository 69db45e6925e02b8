// The test scripts' output filter: it must drop Astro 7's MDX directive warning and nothing else.
import { describe, expect, it } from 'vitest';
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
    const text = ['13:17:58 [build] Building static entrypoints...', ...warning, ...warning, '', '13:17:58 [vite] ✓ built in 419ms'].join('\n');
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
