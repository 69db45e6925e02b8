/**
 * The proposal as Markdown, escaped by the same serializer as the kits' Markdown. Its own module,
 * so the builder loads the serializer only when someone downloads Markdown.
 */
import { markdownLine, markdownText } from '../text/markdownText';
import type { DocumentBlock, ProposalDocument } from './proposal';
import { coverLines, languageNote } from './proposal';

function blockMarkdown(block: DocumentBlock): string {
  switch (block.type) {
    case 'paragraph':
      return block.label ? `**${markdownLine(block.label)}.** ${markdownText(block.text)}` : markdownText(block.text);
    case 'list':
      return [
        block.label ? `**${markdownLine(block.label)}**\n\n` : '',
        block.items.map((item) => `- ${markdownLine(item)}`).join('\n'),
      ].join('');
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
  const parts = [
    `# ${markdownLine(doc.title)}`,
    coverLines(doc)
      .map((line) => `**${markdownLine(line.label)}:** ${markdownLine(line.text)}`)
      .join('  \n'),
  ];
  if (doc.sections.length > 1) {
    parts.push(`## Contents\n\n${doc.sections.map((s) => `${s.number}. ${markdownLine(s.title)}`).join('\n')}`);
  }
  for (const section of doc.sections) {
    const note = languageNote(section);
    // The number is the document's own; only the title is copy to escape.
    parts.push(
      `## ${section.number}. ${markdownLine(section.title)}`,
      ...(note ? [`_${markdownLine(note)}_`] : []),
      ...section.blocks.map(blockMarkdown),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
