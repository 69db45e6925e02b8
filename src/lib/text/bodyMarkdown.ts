/**
 * An entry's body as plain Markdown for readers outside the site (assistants, other tools). MDX bodies
 * may only import the hub's own components and pass them literal props (the sanitiser enforces it), so
 * the import lines and comments go, and a copy button becomes the text it copies.
 */
const importLine = /^import\s.+$/gmu;
const mdxComment = /\{\/\*[\s\S]*?\*\/\}/gu;
const copyButton = /<CopyButton\b([^>]*?)\/>/gu;
const textProp = /\btext=(?:"([^"]*)"|'([^']*)')/u;

export function bodyMarkdown(body: string | undefined): string {
  if (!body) return '';
  return body
    .replace(importLine, '')
    .replace(mdxComment, '')
    .replace(copyButton, (_tag, props: string) => {
      const match = textProp.exec(props);
      return match?.[1] ?? match?.[2] ?? '';
    })
    .replace(/[ \t]+$/gmu, '')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
