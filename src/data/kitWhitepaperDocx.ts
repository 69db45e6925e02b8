import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrintedBlock, PrintedPart, PrintedWhitepaper } from '../lib/kits/printedWhitepaper';
import { officePackage } from '../lib/kits/archive';
import type { DocumentTheme } from '../lib/brand/brandTheme';
import type { DeckImage } from './kitDeckPptx';

/**
 * The kit's whitepaper as a Word document, written with the `docx` library from the printed
 * outline the PDF uses too: Title, Heading 1 and Heading 2 styles (so Word's navigation pane and
 * table of contents work), a table of contents linked to the headings, each proof's source as a
 * footnote, and each customer story in a shaded call-out box.
 */

const hex = (color: string) => color.replace('#', '').toUpperCase();
/** Half-points, as Word sizes type. */
const pt = (points: number) => points * 2;

function blockParagraphs(block: PrintedBlock, theme: DocumentTheme): Paragraph[] {
  const { colors } = theme;
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'minorHeading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_3 })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'proof':
      return block.items.map(
        (item) =>
          new Paragraph({
            bullet: { level: 0 },
            children: [new TextRun(item.claim), ...(item.note === undefined ? [] : [new FootnoteReferenceRun(item.note)])],
          }),
      );
    case 'metrics':
      return block.items.map(
        (metric) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${metric.value}  `, bold: true, size: pt(14), color: hex(colors.brandStrong) }),
              new TextRun(metric.label),
            ],
          }),
      );
    case 'quote':
      return [
        new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `“${block.text}”`, italics: true })] }),
        new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `— ${block.cite}`, color: hex(colors.soft) })] }),
      ];
  }
}

/** A customer story: one shaded cell with a brand rule on its left, apart from the argument around it. */
function callout(part: PrintedPart, theme: DocumentTheme): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill: hex(theme.colors.brandSoft), color: 'auto' },
            margins: { top: 160, bottom: 160, left: 240, right: 240 },
            borders: {
              top: none,
              bottom: none,
              right: none,
              left: { style: BorderStyle.SINGLE, size: 24, color: hex(theme.colors.brand) },
            },
            children: [
              new Paragraph({ text: part.heading ?? '', heading: HeadingLevel.HEADING_2 }),
              ...part.blocks.flatMap((block) => blockParagraphs(block, theme)),
            ],
          }),
        ],
      }),
    ],
  });
}

export async function kitWhitepaperDocx(
  whitepaper: PrintedWhitepaper,
  company: string,
  theme: DocumentTheme,
  logo: DeckImage,
  builtOn: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { colors, fonts } = theme;
  const footnotes = Object.fromEntries(whitepaper.sources.map((s) => [s.note, { children: [new Paragraph(s.text)] }]));
  const heading = (size: number, color: string) => ({ run: { font: fonts.heading, size: pt(size), bold: true, color: hex(color) } });
  const doc = new Document({
    title: whitepaper.title,
    description: whitepaper.subtitle,
    creator: company,
    footnotes,
    styles: {
      default: {
        document: { run: { font: fonts.body, size: pt(11), color: hex(colors.ink) }, paragraph: { spacing: { after: 120, line: 300 } } },
        title: heading(28, colors.ink),
        heading1: { ...heading(18, colors.brand), paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { ...heading(13, colors.brandStrong), paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { ...heading(11, colors.ink), paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: logo.data, transformation: { width: 40, height: (40 * logo.height) / logo.width } }),
            ],
          }),
          new Paragraph({
            children: [new TextRun({ text: whitepaper.byline.toUpperCase(), bold: true, size: pt(9), color: hex(colors.brand) })],
          }),
          new Paragraph({ text: whitepaper.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: whitepaper.subtitle, size: pt(14), color: hex(colors.soft) })],
            spacing: { after: 360 },
          }),
          new Paragraph({
            children: [new TextRun({ text: 'Contents', bold: true, size: pt(18), color: hex(colors.brand), font: fonts.heading })],
            spacing: { after: 120 },
          }),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2', beginDirty: false }),
          ...whitepaper.sections.flatMap((section) => [
            new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: section === whitepaper.sections[0] }),
            ...section.parts.flatMap((part) =>
              part.callout
                ? [callout(part, theme), new Paragraph({ text: '' })]
                : [
                    ...(part.heading ? [new Paragraph({ text: part.heading, heading: HeadingLevel.HEADING_2 })] : []),
                    ...part.blocks.flatMap((block) => blockParagraphs(block, theme)),
                  ],
            ),
          ]),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: whitepaper.byline, color: hex(colors.soft), size: pt(9) })],
          }),
        ],
      },
    ],
  });
  return officePackage(await Packer.toBuffer(doc), builtOn);
}
