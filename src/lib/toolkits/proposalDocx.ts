/**
 * The proposal as a Word document, for tender portals and customers that edit in Word. Built with
 * the `docx` library from the same ProposalDocument as the preview and the Markdown export, and
 * loaded in the browser only when a rep asks for a .docx.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DocumentBlock, ProposalDocument } from './proposal';
import { coverLines, languageNote, sectionHeading } from './proposal';

const brand = '3730A3';
const faint = '6B7280';

function blockParagraphs(block: DocumentBlock): Paragraph[] {
  switch (block.type) {
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(block.label ? [new TextRun({ text: `${block.label}. `, bold: true })] : []), new TextRun(block.text)],
        }),
      ];
    case 'list':
      return [
        ...(block.label ? [new Paragraph({ children: [new TextRun({ text: block.label, bold: true })] })] : []),
        ...block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
      ];
    case 'metrics':
      return block.items.map(
        (metric) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun({ text: `${metric.value} `, bold: true, color: brand }), new TextRun(metric.label)],
          }),
      );
    case 'quote':
      return [
        new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `“${block.text}”`, italics: true })] }),
        new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${block.attribution}`, color: faint })] }),
      ];
    case 'qa':
      return [new Paragraph({ text: block.question, heading: HeadingLevel.HEADING_3 }), new Paragraph(block.answer)];
    case 'link':
      return [
        new Paragraph({
          children: [new ExternalHyperlink({ link: block.url, children: [new TextRun({ text: block.text, style: 'Hyperlink' })] })],
        }),
      ];
  }
}

export function proposalDocx(doc: ProposalDocument, company: string): Document {
  const contents =
    doc.sections.length > 1
      ? [
          new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_1 }),
          ...doc.sections.map((s) => new Paragraph({ text: `${s.number}. ${s.title}` })),
        ]
      : [];
  const cover = coverLines(doc).map(
    (line) => new Paragraph({ children: [new TextRun({ text: `${line.label}: `, bold: true, color: faint }), new TextRun(line.text)] }),
  );
  return new Document({
    title: doc.title,
    creator: company,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 120, line: 300 } } },
        title: { run: { font: 'Calibri', size: 48, bold: true, color: brand } },
        heading1: { run: { font: 'Calibri', size: 32, bold: true, color: brand }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font: 'Calibri', size: 24, bold: true }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
          ...cover,
          ...contents,
          ...doc.sections.flatMap((section) => {
            const note = languageNote(section);
            return [
              new Paragraph({ text: sectionHeading(section), heading: HeadingLevel.HEADING_1 }),
              ...(note ? [new Paragraph({ children: [new TextRun({ text: note, italics: true, color: faint })] })] : []),
              ...section.blocks.flatMap(blockParagraphs),
            ];
          }),
        ],
      },
    ],
  });
}

/** The .docx file as a Blob, ready to download. */
export function proposalDocxBlob(doc: ProposalDocument, company: string): Promise<Blob> {
  return Packer.toBlob(proposalDocx(doc, company));
}
