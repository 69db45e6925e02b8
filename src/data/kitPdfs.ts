import PDFDocument from 'pdfkit';
import type { KitSummary } from '../lib/kits/kitSummary';
import type { PrintedBlock, PrintedPart, PrintedWhitepaper } from '../lib/kits/printedWhitepaper';
import type { OnePagerAssets } from '../lib/toolkits/onePagerPdf';
import { contactLine, registerFonts } from '../lib/toolkits/onePagerPdf';
import type { DocumentTheme } from '../lib/brand/brandTheme';

/**
 * The kit's whitepaper and its one-page summary as PDFs, laid out with pdfkit in the pages' look:
 * Inter, the brand colours of the hub config, the company's logo, customer stories in tinted boxes.
 */

type FontName = keyof OnePagerAssets['fonts'];
interface Style {
  font: FontName;
  size: number;
  color: string;
  gap?: number;
  /** Cut to this many lines, an ellipsis marking the cut. */
  lines?: number;
}

const margin = 56;

/** A pdfkit document whose bytes resolve once it ends, with the fonts registered and a text helper. */
function open(info: { Title: string; Author: string; Subject: string }, lang: string, assets: OnePagerAssets, date: Date) {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    lang,
    displayTitle: true,
    info: { ...info, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  registerFonts(doc, assets.fonts);
  /** Height of `value` in the style at width `w`; painted at (x, y) unless `measure`. */
  const text = (value: string, x: number, y: number, w: number, style: Style, measure = false): number => {
    const gap = style.gap ?? 2;
    doc.font(style.font).fontSize(style.size).fillColor(style.color);
    const full = doc.heightOfString(value, { width: w, lineGap: gap });
    const height = style.lines ? Math.min(full, style.lines * (doc.currentLineHeight(true) + gap)) : full;
    if (!measure) doc.text(value, x, y, { width: w, lineGap: gap, ...(style.lines ? { height: height + 0.5, ellipsis: true } : {}) });
    return height;
  };
  return { doc, done, text };
}

export function kitWhitepaperPdf(
  paper: PrintedWhitepaper,
  company: string,
  lang: string,
  theme: DocumentTheme,
  assets: OnePagerAssets,
  date: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { colors } = theme;
  const { doc, done, text } = open({ Title: paper.title, Author: company, Subject: paper.subtitle }, lang, assets, date);
  const width = doc.page.width - 2 * margin;
  const bottom = doc.page.height - margin - 24;
  let y = margin;
  /** Starts a new page unless `height` more fits on this one. */
  const room = (height: number) => {
    if (y + height > bottom) {
      doc.addPage();
      y = margin;
    }
  };
  const body: Style = { font: 'regular', size: 10.5, color: colors.ink, gap: 3 };

  /** Paints (or measures) one block at x with width w and returns its height. */
  const block = (b: PrintedBlock, x: number, w: number, at: number, measure: boolean): number => {
    switch (b.kind) {
      case 'paragraph':
        return text(b.text, x, at, w, body, measure) + 8;
      case 'minorHeading':
        return text(b.text, x, at + 4, w, { font: 'semibold', size: 11, color: colors.ink }, measure) + 10;
      case 'list':
      case 'proof': {
        const items = b.kind === 'list' ? b.items : b.items.map((i) => (i.note === undefined ? i.claim : `${i.claim} [${i.note}]`));
        let h = 0;
        for (const item of items) {
          if (!measure) doc.circle(x + 4, at + h + 7, 1.8).fill(colors.brand);
          h += text(item, x + 14, at + h, w - 14, body, measure) + 5;
        }
        return h + 4;
      }
      case 'metrics': {
        const cw = w / Math.max(b.items.length, 1);
        const heights = b.items.map((m, i) => {
          const mx = x + i * cw;
          if (!measure) doc.rect(mx, at, 2.5, 30).fill(colors.brand);
          const vh = text(m.value, mx + 9, at, cw - 15, { font: 'bold', size: 15, color: colors.brandStrong, gap: 0 }, measure);
          return vh + 2 + text(m.label, mx + 9, at + vh + 2, cw - 15, { font: 'regular', size: 8.5, color: colors.soft, gap: 1 }, measure);
        });
        return Math.max(0, ...heights) + 12;
      }
      case 'quote': {
        const h = text(`“${b.text}”`, x + 12, at, w - 12, { font: 'italic', size: 10.5, color: colors.ink, gap: 3 }, measure) + 3;
        if (!measure) doc.rect(x, at, 2.5, h).fill(colors.line);
        return h + text(`— ${b.cite}`, x + 12, at + h, w - 12, { font: 'regular', size: 8.5, color: colors.soft }, measure) + 10;
      }
    }
  };

  const part = (p: PrintedPart) => {
    const pad = p.callout ? 14 : 0;
    const x = margin + pad;
    const w = width - 2 * pad;
    const headingStyle: Style = { font: 'bold', size: 12.5, color: colors.brandStrong };
    if (p.callout) {
      // A customer story stays in one box on one page: measured first, its tint painted under the text.
      const height =
        (p.heading ? text(p.heading, x, 0, w, headingStyle, true) + 8 : 0) +
        p.blocks.reduce((h, b) => h + block(b, x, w, 0, true), 0) +
        2 * pad;
      room(Math.min(height, bottom - margin));
      doc.roundedRect(margin, y, width, height, 6).fill(colors.brandSoft);
      doc.rect(margin, y, 3, height).fill(colors.brand);
      y += pad;
      if (p.heading) y += text(p.heading, x, y, w, headingStyle) + 8;
      for (const b of p.blocks) y += block(b, x, w, y, false);
      y += pad + 12;
      return;
    }
    if (p.heading) {
      // A heading never ends a page: it moves on with the block that follows it.
      const first = p.blocks[0];
      room(text(p.heading, x, y + 6, w, headingStyle, true) + 14 + (first ? block(first, x, w, y, true) : 0));
      y += text(p.heading, x, y + 6, w, headingStyle) + 14;
    }
    for (const b of p.blocks) {
      room(block(b, x, w, y, true));
      y += block(b, x, w, y, false);
    }
  };

  // Cover: the company's mark, the byline, the title and the angle.
  doc.image(Buffer.from(assets.logo), margin, y, { width: 28, height: 28 });
  text(company, margin + 38, y + 6, width / 2, { font: 'bold', size: 13, color: colors.ink });
  y += 90;
  y += text(paper.byline.toUpperCase(), margin, y, width, { font: 'bold', size: 9, color: colors.brand }) + 10;
  y += text(paper.title, margin, y, width, { font: 'bold', size: 28, color: colors.ink, gap: 0 }) + 14;
  y += text(paper.subtitle, margin, y, width, { font: 'regular', size: 14, color: colors.soft, gap: 3 }) + 30;
  y += text('CONTENTS', margin, y, width, { font: 'bold', size: 9, color: colors.brand }) + 8;
  paper.sections.forEach((section, i) => {
    y += text(`${i + 1}.  ${section.heading}`, margin, y, width, { font: 'semibold', size: 11, color: colors.ink }) + 6;
  });
  if (paper.sources.length > 0)
    y += text(`${paper.sections.length + 1}.  Sources`, margin, y, width, { font: 'semibold', size: 11, color: colors.ink }) + 6;

  doc.addPage();
  y = margin;
  paper.sections.forEach((section, i) => {
    // A section opens a page only when too little of this one is left for its heading and a few lines.
    if (i > 0) {
      y += 18;
      room(160);
    }
    doc.outline.addItem(section.heading);
    doc.rect(margin, y, 32, 3).fill(colors.brand);
    y += text(`${i + 1}. ${section.heading}`, margin, y + 12, width, { font: 'bold', size: 19, color: colors.ink, gap: 0 }) + 26;
    section.parts.forEach(part);
  });

  if (paper.sources.length > 0) {
    room(120);
    y += 12;
    doc.outline.addItem('Sources');
    y += text('Sources', margin, y, width, { font: 'bold', size: 15, color: colors.ink }) + 10;
    for (const source of paper.sources) {
      const style: Style = { font: 'regular', size: 9, color: colors.soft };
      room(text(`[${source.note}]  ${source.text}`, margin, y, width, style, true));
      y += text(`[${source.note}]  ${source.text}`, margin, y, width, style) + 4;
    }
  }

  // Every page but the cover carries the company and its number, as printed documents do.
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const footY = doc.page.height - margin + 8;
    text(`${company} · ${paper.title}`, margin, footY, width - 60, { font: 'regular', size: 8, color: colors.soft, lines: 1 });
    text(`${i + 1}`, margin + width - 40, footY, 40, { font: 'regular', size: 8, color: colors.soft, lines: 1 });
  }
  doc.end();
  return done;
}

/** The kit on one A4 page; every block is clamped to its lines so the page count is one by construction. */
export function kitSummaryPdf(
  summary: KitSummary,
  lang: string,
  theme: DocumentTheme,
  assets: OnePagerAssets,
  date: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { colors } = theme;
  const { doc, done, text } = open(
    { Title: `${summary.title}: kit summary`, Author: summary.company, Subject: summary.angle },
    lang,
    assets,
    date,
  );
  const m = 42;
  const width = doc.page.width - 2 * m;
  const bandHeight = 52;
  const bandTop = doc.page.height - m - bandHeight;
  let y = m;
  const heading = (label: string) => {
    doc
      .moveTo(m, y)
      .lineTo(m + width, y)
      .lineWidth(0.75)
      .strokeColor(colors.line)
      .stroke();
    y += 9 + text(label.toUpperCase(), m, y + 9, width, { font: 'bold', size: 8.5, color: colors.brand, lines: 1 }) + 7;
  };
  const columns = (count: number) => {
    const w = (width - 18 * (count - 1)) / count;
    return Array.from({ length: count }, (_, i) => ({ x: m + i * (w + 18), w }));
  };

  doc.image(Buffer.from(assets.logo), m, y, { width: 24, height: 24 });
  text(summary.company, m + 32, y + 5, width / 2, { font: 'bold', size: 13, color: colors.ink, lines: 1 });
  y += 44;
  y += text(summary.kindLabel.toUpperCase(), m, y, width, { font: 'bold', size: 9, color: colors.brand, lines: 1 }) + 5;
  y += text(summary.title, m, y, width, { font: 'bold', size: 23, color: colors.ink, lines: 2, gap: 0 }) + 6;
  y += text(summary.angle, m, y, width, { font: 'semibold', size: 12, color: colors.brandStrong, lines: 2 }) + 6;
  y +=
    text(summary.facts.map((f) => `${f.label}: ${f.value}`).join('   ·   '), m, y, width, {
      font: 'regular',
      size: 9,
      color: colors.soft,
      lines: 2,
    }) + 14;

  if (summary.messaging.length > 0) {
    heading('What to say');
    for (const house of summary.messaging) {
      y += text(`${house.product}: ${house.tagline}`, m, y, width, { font: 'semibold', size: 10.5, color: colors.ink, lines: 1 }) + 3;
      y += text(house.statement, m, y, width, { font: 'regular', size: 9, color: colors.soft, lines: 3 }) + 8;
    }
    y += 6;
  }
  if (summary.valueProps.length > 0) {
    heading('What changes');
    const slots = columns(3);
    const heights = summary.valueProps.map((vp, i) => {
      const { x, w } = slots[i] ?? { x: m, w: width };
      doc.rect(x, y, 22, 2.5).fill(colors.brand);
      const h = 9 + text(vp.title, x, y + 9, w, { font: 'semibold', size: 10.5, color: colors.ink, lines: 2 }) + 4;
      return h + text(vp.outcome, x, y + h, w, { font: 'regular', size: 9, color: colors.soft, lines: 4 });
    });
    y += Math.max(...heights) + 16;
  }
  if (summary.stories.length > 0) {
    heading('Customer proof');
    const slots = columns(summary.stories.length === 1 ? 1 : 2);
    const card = (story: KitSummary['stories'][number], x: number, w: number, measure: boolean) => {
      let h = 11;
      h += text(story.customer.toUpperCase(), x + 11, y + h, w - 22, { font: 'bold', size: 7, color: colors.soft, lines: 1 }, measure) + 3;
      h += text(story.title, x + 11, y + h, w - 22, { font: 'semibold', size: 10, color: colors.ink, lines: 2 }, measure) + 7;
      const mw = (w - 22 - 16) / 3;
      const mh = story.metrics.map((metric, i) => {
        const mx = x + 11 + i * (mw + 8);
        const vh = text(metric.value, mx, y + h, mw, { font: 'bold', size: 11.5, color: colors.brandStrong, lines: 2, gap: 0 }, measure);
        return (
          vh + 2 + text(metric.label, mx, y + h + vh + 2, mw, { font: 'regular', size: 7, color: colors.soft, lines: 3, gap: 1 }, measure)
        );
      });
      return h + Math.max(0, ...mh) + 11;
    };
    const cards = summary.stories.map((story, i) => ({ story, ...(slots[i] ?? { x: m, w: width }) }));
    const tallest = Math.max(...cards.map((c) => card(c.story, c.x, c.w, true)));
    for (const c of cards) doc.roundedRect(c.x, y, c.w, tallest, 6).fill(colors.brandSoft);
    for (const c of cards) card(c.story, c.x, c.w, false);
    y += tallest + 16;
  }
  // The talk and the kit's contents fill what room is left above the call to action, the talk first.
  if (y < bandTop - 90) {
    heading('The talk');
    y += text(summary.talk.title, m, y, width, { font: 'semibold', size: 10.5, color: colors.ink, lines: 2 }) + 3;
    y += text(summary.talk.abstract, m, y, width, { font: 'regular', size: 9, color: colors.soft, lines: 3 }) + 14;
  }
  if (y < bandTop - 70) {
    heading('In this kit');
    const slots = columns(2);
    summary.contents.forEach((line, i) => {
      const { x, w } = slots[i % 2] ?? { x: m, w: width };
      text(`•  ${line}`, x, y + Math.floor(i / 2) * 14, w, { font: 'regular', size: 9, color: colors.ink, lines: 1 });
    });
  }

  if (y > bandTop) {
    throw new Error(`the kit summary of "${summary.title}" runs into its call to action; lower a limit in kitSummaryLimits.`);
  }
  doc.roundedRect(m, bandTop, width, bandHeight, 8).fill(colors.brand);
  doc.link(m, bandTop, width, bandHeight, summary.contact.url);
  text(summary.contact.callToAction, m + 18, bandTop + 11, width - 36, { font: 'bold', size: 12.5, color: '#ffffff', lines: 1 });
  text(contactLine(summary.contact), m + 18, bandTop + 30, width - 36, {
    font: 'regular',
    size: 9,
    color: '#ffffff',
    lines: 1,
  });
  doc.end();
  return done;
}
