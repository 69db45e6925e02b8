import { toMarkdown } from 'mdast-util-to-markdown';
import type { Unsafe } from 'mdast-util-to-markdown';

/** GFM constructs CommonMark does not know: table pipes and strikethrough tildes. */
const gfmUnsafe: Unsafe[] = [
  { character: '|', inConstruct: 'phrasing' },
  { character: '~', inConstruct: 'phrasing' },
];

/**
 * Approved copy as Markdown text that reads exactly as written: mdast-util-to-markdown (the
 * serializer of remark) escapes whatever would otherwise become a heading, list, quote, code
 * block, emphasis, link or HTML, at the start of any line and anywhere inside it. Escapes are
 * written as for the start of a paragraph, so the result is safe in every other position too.
 */
export function markdownText(text: string): string {
  return toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] }, { unsafe: gfmUnsafe }).replace(/\n$/u, '');
}

/** Copy for a one-line position (a heading, a list item, a label): line breaks become spaces. */
export function markdownLine(text: string): string {
  return markdownText(text.replace(/\s+/gu, ' ').trim());
}
