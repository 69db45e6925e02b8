import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeBodies } from '../../src/integrations/sanitizeBodies';

const fileURL = new URL('file:///content/cases/entry.md');

async function markdown(body: string): Promise<string> {
  try {
    await markdownToHtml(body, { hastPlugins: [sanitizeBodies], features: { gfm: true }, fileURL });
    return 'kept';
  } catch (error) {
    return (error as Error).message;
  }
}

async function mdx(body: string): Promise<string> {
  try {
    await mdxToJs(body, { hastPlugins: [sanitizeBodies], jsxImportSource: 'astro', elementAttributeNameCase: 'html', fileURL });
    return 'kept';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('Markdown bodies', () => {
  it('keep what content needs: tables, task lists, footnotes, code, links, images, simple HTML', async () => {
    const body = [
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '- [x] done',
      '',
      'A note[^1], [mail](mailto:pmm@example.com), [a case](/cases/x/), [a site](https://example.com "Title").',
      '',
      '[^1]: The note.',
      '',
      '![Logo](./logo.png) <kbd>Ctrl</kbd> H<sub>2</sub>O <br> <!-- an author note -->',
      '',
      '<details><summary>More</summary>',
      '',
      '**Inside** `<script>` as code.',
      '',
      '</details>',
      '',
      '```html',
      '<script>alert(1)</script>',
      '```',
    ].join('\n');
    expect(await markdown(body)).toBe('kept');
  });

  it.each([
    ['an event handler', 'Text\n\n<img src="x" onerror="alert(1)">', /entry\.md:3: the onerror="alert\(1\)" attribute of <img>/u],
    ['a script', 'Text\n\n<script>alert(1)</script>', /entry\.md:3: the <script> element/u],
    ['an iframe', '<iframe src="https://example.com/"></iframe>', /entry\.md:1: the <iframe> element/u],
    ['a javascript: link', '[x](javascript:alert(1))', /the href="javascript:alert\(1\)" attribute of <a>/u],
    [
      'an entity-encoded javascript: link',
      '<a href="&#106;avascript:alert(1)">x</a>',
      /the href="javascript:alert\(1\)" attribute of <a>/u,
    ],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', /the src="data:image\/svg\+xml;base64,PHN2Zz4=" attribute of <img>/u],
    ['a style attribute', '<p style="position:fixed">x</p>', /the style="position:fixed" attribute of <p>/u],
    ['an SVG with script', '<svg onload="alert(1)"></svg>', /the <svg> element/u],
    ['an SVG image', 'Text\n\n![Diagram](./diagram.svg)', /entry\.md:3: the image "\.\/diagram\.svg": SVG images are not accepted/u],
    [
      'an SVG image in HTML',
      '<img src="./diagram.svg?v=2" alt="Diagram">',
      /entry\.md:1: the image "\.\/diagram\.svg\?v=2": SVG images are not accepted/u,
    ],
    ['a name that would shadow document properties', '<img src="a.png" alt="" name="title">', /the name="title" attribute of <img>/u],
    ['an HTML block left open', '<div title="\n\nx" onmouseover="alert(1)', /unfinished HTML "<div title="/u],
  ])('refuse %s, naming the line', async (_what, body, expected) => {
    const message = await markdown(body);
    expect(message).toMatch(expected);
    expect(message).toMatch(/Remove what is listed, or write it in Markdown/u);
  });
});

describe('MDX bodies', () => {
  it('may import the hub components on the allow-list and pass them literal props', async () => {
    const body = [
      "import CopyButton from '@hub/components/CopyButton.astro';",
      '',
      '# Pitch',
      '',
      '<CopyButton text="One number." label={"pitch"} />',
      '',
      '{/* a comment */} {"a literal"}',
    ].join('\n');
    expect(await mdx(body)).toBe('kept');
  });

  it.each([
    [
      'a file from outside the repository',
      "import P from '/etc/passwd?raw';",
      /entry\.md:1: the import "import P from '\/etc\/passwd\?raw';"/u,
    ],
    ['an allowed component under another name', "import C from '@hub/components/CopyButton.astro';", /the import "import C from/u],
    [
      'an export',
      'export const home = process.env.HOME;',
      /the statement "export const home = process\.env\.HOME;": an MDX entry may hold no code/u,
    ],
    ['the environment', 'Built on {process.env.HOME}.', /the expression \{process\.env\.HOME\}: only literal values/u],
    [
      'code in a prop',
      '<CopyButton text={globalThis.process.env.TOKEN} label="x" />',
      /the expression \{globalThis\.process\.env\.TOKEN\} in text= of <CopyButton>/u,
    ],
    ['a spread', '<CopyButton {...props} />', /the spread \{\.\.\.props\} on <CopyButton>/u],
    [
      'a component not on the allow-list',
      '<Secret />',
      /the component <Secret>, which is not one of the hub's body components \(CopyButton\)/u,
    ],
    ['an HTML event handler', '<img src="x" onerror="alert(1)" />', /the onerror="alert\(1\)" attribute of <img>/u],
    ['a javascript: URL in a literal prop', '<a href={"javascript:alert(1)"}>x</a>', /the href="javascript:alert\(1\)" attribute of <a>/u],
  ])('refuse %s', async (_what, body, expected) => {
    expect(await mdx(body)).toMatch(expected);
  });
});
