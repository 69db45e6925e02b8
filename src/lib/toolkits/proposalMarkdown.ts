/**
 * The proposal as Markdown, escaped by the same serializer as the kits' Markdown. Its own module,
 * so the builder loads the serializer only when someone downloads Markdown.
 */
import { markdownLine, markdownText } from '../markdownText';
import type { ProposalBlock, ProposalDocument } from './proposal';

function blockMarkdown(block: ProposalBlock): string {
  switch (block.type) {
    case 'paragraph':
      return block.label ? `**${markdownLine(block.label)}.** ${markdownText(block.text)}` : markdownText(block.text);
    case 'list':
      return [block.label ? `**${markdownLine(block.label)}**\n` : '', block.items.map((item) => `- ${markdownLine(item)}`).join('\n')].join('');
    case 'metrics':
      return block.items.map((m) => `- **${markdownLine(m.value)}** ${markdownLine(m.label)}`).join('\n');
    case 'quote':
      return `> “${markdownLine(block.text)}”\n>\n> — ${markdownLine(block.attribution)}`;
    case 'qa':
      return `### ${markdownLine(block.question)}\n\n${markdownText(block.answer)}`;
    case 'link':
      return `[${markdownLine(block.text)}](${block.url})`;
  }
}

/** The proposal as Markdown: a file a rep can paste into any editor or tender portal. */
export function proposalMarkdown(doc: ProposalDocument): string {
  const parts = [`# ${markdownLine(doc.title)}`, `_${markdownLine(doc.byline)}_`];
  if (doc.sections.length > 2) {
    parts.push(`## Contents\n\n${doc.sections.map((s, i) => `${i + 1}. ${markdownLine(s.title)}`).join('\n')}`);
  }
  for (const section of doc.sections) {
    parts.push(`## ${markdownLine(section.title)}`, ...section.blocks.map(blockMarkdown));
  }
  return `${parts.join('\n\n')}\n`;
}
