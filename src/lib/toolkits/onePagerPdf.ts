/**
 * Lays a one-pager out as a PDF with pdfkit (text layout, line wrapping, font subsetting), so the
 * rep gets a file to attach rather than whatever the browser's print dialog makes of a web page.
 * Every block is clamped to a few lines and the layout is checked to end above the contact band,
 * so the page count is one by construction, on A4 and on US Letter alike.
 */
import { create as openFont } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentTheme } from '../brand/brandTheme';
import type { OnePager, PaperSize } from './onePager';
import { onePagerLimits } from './onePager';

export interface OnePagerAssets {
  /** TrueType fonts that cover every character the page may hold. */
  fonts: { regular: Uint8Array; semibold: Uint8Array; bold: Uint8Array; italic: Uint8Array };
  /** The company's logo as PNG. */
  logo: Uint8Array;
}

const margin = 42;
const gutter = 18;
/** Benefits and plans share three columns. */
const onePagerColumns = 3;

type FontName = keyof OnePagerAssets['fonts'];

type ParsedFont = ReturnType<typeof openFont>;

const parsed = new WeakMap<Uint8Array, ParsedFont>();
/**
 * Fonts are parsed once per build, not once per document: fontkit decodes a font's tables (its
 * OpenType substitution and positioning lookups above all) lazily and keeps them on the font
 * object, so a font shared between documents shapes every later word from tables already decoded.
 */
function parsedFont(bytes: Uint8Array): ParsedFont {
  let font = parsed.get(bytes);
  if (!font) parsed.set(bytes, (font = openFont(Buffer.from(bytes))));
  return font;
}

/**
 * One document's view of a font parsed once: it shares the decoded tables and keeps glyphs of its
 * own. fontkit keeps each glyph with the characters it was first reached from (a glyph first reached
 * as a part of another, as "." is of "…", has none), and pdfkit maps glyphs back to text from them:
 * with glyphs of its own, a document's bytes do not depend on which documents the build wrote before.
 */
function documentFont(font: ParsedFont): ParsedFont {
  return Object.assign(Object.create(font) as ParsedFont, { _glyphs: {} });
}

/**
 * Registers the assets' fonts with a document, parsed once per build. pdfkit takes a parsed fontkit
 * font as well as its bytes (each document still subsets its own copy), though its types name bytes only.
 */
export function registerFonts(doc: PDFKit.PDFDocument, fonts: OnePagerAssets['fonts']): void {
  for (const [name, bytes] of Object.entries(fonts)) doc.registerFont(name, documentFont(parsedFont(bytes)) as unknown as Uint8Array);
}

/** The company's address and e-mail on one line, under the call to action of every printed page. */
export function contactLine(contact: { url: string; email: string }): string {
  const site = new URL(contact.url);
  return `${site.host}${site.pathname.replace(/\/$/u, '')}  ·  ${contact.email}`;
}

/** The characters of `text` some of the fonts has no glyph for: each would print as an empty box. */
export function missingGlyphs(text: string, assets: OnePagerAssets): string[] {
  const fonts = Object.values(assets.fonts).map(parsedFont);
  // Each distinct character is looked up once: a kit's text is tens of thousands of characters, a few dozen distinct.
  return [...new Set(text)].filter((ch) => !fonts.every((font) => font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)));
}

/** Every character on the page must have a glyph. */
function assertCovered(pager: OnePager, assets: OnePagerAssets): void {
  const missing = missingGlyphs(JSON.stringify(pager), assets);
  if (missing.length > 0) {
    throw new Error(
      `the one-pager "${pager.title}" holds characters its font cannot print (${missing.join(' ')}); embed a font that covers them in onePagerAssets.`,
    );
  }
}

/** How many lines each clamped block may take. */
interface Clamps {
  lead: number;
  outcome: number;
  proof: number;
  caseTitle: number;
  metricLabel: number;
  price: number;
  includes: number;
}
const roomy: Clamps = { lead: 5, outcome: 4, proof: 4, caseTitle: 3, metricLabel: 3, price: 2, includes: 3 };
/** Small enough that the longest possible text of every block still ends above the contact band. */
const tight: Clamps = { lead: 4, outcome: 3, proof: 3, caseTitle: 2, metricLabel: 2, price: 1, includes: 2 };

const withoutQuotes = (pager: OnePager): OnePager => ({
  ...pager,
  customers: { ...pager.customers, items: pager.customers.items.map((c) => ({ ...c, quote: undefined })) },
});

/**
 * The fullest layout that fits wins: a page that would run into the contact band drops the
 * customers' quotes, then cuts long texts shorter, then keeps one customer, and never needs a second page.
 */
const attempts: { clamps: Clamps; shape: (pager: OnePager) => OnePager }[] = [
  { clamps: roomy, shape: (pager) => pager },
  { clamps: roomy, shape: withoutQuotes },
  { clamps: tight, shape: withoutQuotes },
  {
    clamps: tight,
    shape: (pager) => ({ ...withoutQuotes(pager), customers: { ...pager.customers, items: pager.customers.items.slice(0, 1) } }),
  },
];

/**
 * Writes the one-pager as PDF bytes on the given paper, in the brand's colours. `date` is recorded as
 * the file's creation date.
 */
export async function onePagerPdf(
  pager: OnePager,
  { colors }: DocumentTheme,
  assets: OnePagerAssets,
  paper: PaperSize,
  date: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  assertCovered(pager, assets);
  const doc = new PDFDocument({
    size: paper === 'a4' ? 'A4' : 'LETTER',
    margin: 0,
    lang: pager.lang,
    displayTitle: true,
    info: { Title: pager.title, Author: pager.company, Subject: pager.headline, CreationDate: date, ModDate: date },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  registerFonts(doc, assets.fonts);

  const page = { width: doc.page.width, height: doc.page.height };
  const width = page.width - 2 * margin;
  const bandHeight = 52;
  const bandTop = page.height - margin - bandHeight;

  /** While set, nothing is painted: a layout is measured before it is drawn. */
  let measuring = true;
  /** Draws text clamped to `lines` lines (an ellipsis marks a cut) and returns its height. */
  const text = (
    value: string,
    x: number,
    y: number,
    w: number,
    style: { font: FontName; size: number; color: string; lines: number; gap?: number; align?: 'left' | 'right' },
  ) => {
    const gap = style.gap ?? 1.5;
    doc.font(style.font).fontSize(style.size).fillColor(style.color);
    const lineHeight = doc.currentLineHeight(true) + gap;
    const height = Math.min(doc.heightOfString(value, { width: w, lineGap: gap }), style.lines * lineHeight);
    if (!measuring)
      doc.text(value, x, y, {
        width: w,
        height: style.lines * lineHeight + 0.5,
        ellipsis: true,
        lineGap: gap,
        align: style.align ?? 'left',
      });
    return height;
  };
  const paint = (draw: () => void) => {
    if (!measuring) draw();
  };
  const columns = (count: number) => {
    const w = (width - gutter * (count - 1)) / count;
    return Array.from({ length: count }, (_, i) => ({ x: margin + i * (w + gutter), w }));
  };
  const sectionHeading = (label: string, y: number) => {
    paint(() =>
      doc
        .moveTo(margin, y)
        .lineTo(margin + width, y)
        .lineWidth(0.75)
        .strokeColor(colors.line)
        .stroke(),
    );
    return 9 + text(label.toUpperCase(), margin, y + 9, width, { font: 'bold', size: 8.5, color: colors.brand, lines: 1 }) + 7;
  };

  /** Lays the page out (painting it unless measuring) and returns where its content ends. */
  const layout = (pager: OnePager, clamps: Clamps): number => {
    // Header: the company's mark and name, the product and industry the page is about.
    let y = margin;
    paint(() => doc.image(Buffer.from(assets.logo), margin, y, { width: 24, height: 24 }));
    text(pager.company, margin + 32, y + 5, width / 2, { font: 'bold', size: 13, color: colors.ink, lines: 1 });
    text(new URL(pager.contact.url).host, margin + width / 2, y + 7, width / 2, {
      font: 'regular',
      size: 9,
      color: colors.faint,
      lines: 1,
      align: 'right',
    });
    y += 24 + 20;

    const eyebrow = pager.industry ? `${pager.product.title} · for ${pager.industry.title}` : pager.product.title;
    y += text(eyebrow.toUpperCase(), margin, y, width, { font: 'bold', size: 9, color: colors.brand, lines: 1 }) + 5;
    y += text(pager.headline, margin, y, width, { font: 'bold', size: 23, color: colors.ink, lines: 2, gap: 0 }) + 6;
    if (pager.industryLine)
      y += text(pager.industryLine, margin, y, width, { font: 'semibold', size: 12, color: colors.brandStrong, lines: 2 }) + 5;
    y += text(pager.lead, margin, y, width, { font: 'regular', size: 10, color: colors.soft, lines: clamps.lead, gap: 2.5 }) + 14;

    if (pager.benefits.items.length > 0) {
      y += sectionHeading(pager.benefits.heading, y);
      const slots = columns(onePagerColumns);
      const heights = pager.benefits.items.map((item, i) => {
        const { x, w } = slots[i] ?? { x: margin, w: width };
        paint(() => doc.rect(x, y, 22, 2.5).fill(colors.brand));
        let h = 9;
        h += text(item.title, x, y + h, w, { font: 'semibold', size: 10.5, color: colors.ink, lines: 3 }) + 4;
        h += text(item.outcome, x, y + h, w, { font: 'regular', size: 9, color: colors.soft, lines: clamps.outcome, gap: 1.5 }) + 4;
        if (item.proof) h += text(item.proof, x, y + h, w, { font: 'italic', size: 8, color: colors.faint, lines: clamps.proof });
        return h;
      });
      y += Math.max(...heights) + 16;
    }

    if (pager.customers.items.length > 0) {
      y += sectionHeading(pager.customers.heading, y);
      const slots = columns(pager.customers.items.length === 1 ? 1 : 2);
      const pad = 11;
      const card = (item: OnePager['customers']['items'][number], x: number, w: number) => {
        const inner = w - 2 * pad;
        let h = pad;
        h +=
          text(`${item.customer} · ${item.industry}`.toUpperCase(), x + pad, y + h, inner, {
            font: 'bold',
            size: 7,
            color: colors.faint,
            lines: 1,
          }) + 3;
        h += text(item.title, x + pad, y + h, inner, { font: 'semibold', size: 10, color: colors.ink, lines: clamps.caseTitle }) + 7;
        const metricWidth = (inner - 8 * (onePagerLimits.metricsPerCustomer - 1)) / onePagerLimits.metricsPerCustomer;
        const metricHeights = item.metrics.map((metric, m) => {
          const mx = x + pad + m * (metricWidth + 8);
          const vh = text(metric.value, mx, y + h, metricWidth, { font: 'bold', size: 11.5, color: colors.brandStrong, lines: 2, gap: 0 });
          return (
            vh +
            2 +
            text(metric.label, mx, y + h + vh + 2, metricWidth, {
              font: 'regular',
              size: 7,
              color: colors.soft,
              lines: clamps.metricLabel,
              gap: 1,
            })
          );
        });
        h += Math.max(0, ...metricHeights) + 7;
        if (item.quote) {
          h += text(`“${item.quote.text}”`, x + pad, y + h, inner, { font: 'italic', size: 8.5, color: colors.ink, lines: 4 }) + 3;
          h += text(`— ${item.quote.attribution}`, x + pad, y + h, inner, { font: 'regular', size: 7, color: colors.faint, lines: 2 });
        }
        return h + pad;
      };
      const cards = pager.customers.items.map((item, i) => ({ item, ...(slots[i] ?? { x: margin, w: width }) }));
      // Each card's tint is painted first, at the tallest card's height, so its text sits on top.
      const wasMeasuring = measuring;
      measuring = true;
      const tallest = Math.max(...cards.map((c) => card(c.item, c.x, c.w)));
      measuring = wasMeasuring;
      paint(() => {
        for (const c of cards) doc.roundedRect(c.x, y, c.w, tallest, 6).fill(colors.brandSoft);
      });
      for (const c of cards) card(c.item, c.x, c.w);
      y += tallest + 16;
    }

    if (pager.plans.items.length > 0) {
      y += sectionHeading(pager.plans.heading, y);
      const slots = columns(onePagerColumns);
      const heights = pager.plans.items.map((plan, i) => {
        const { x, w } = slots[i] ?? { x: margin, w: width };
        let h = text(plan.name, x, y, w, { font: 'bold', size: 10, color: colors.ink, lines: 1 }) + 1;
        h += text(plan.price, x, y + h, w, { font: 'semibold', size: 8.5, color: colors.brandStrong, lines: clamps.price }) + 3;
        return (
          h +
          text(plan.includes.join(' · '), x, y + h, w, { font: 'regular', size: 7.5, color: colors.soft, lines: clamps.includes, gap: 1 })
        );
      });
      y += Math.max(...heights) + 12;
    }

    // The call to action sits at the foot of the page whatever the content above it.
    paint(() => {
      doc.roundedRect(margin, bandTop, width, bandHeight, 8).fill(colors.brand);
      doc.link(margin, bandTop, width, bandHeight, pager.contact.url);
    });
    text(pager.contact.callToAction, margin + 18, bandTop + 11, width - 36, { font: 'bold', size: 12.5, color: '#ffffff', lines: 1 });
    text(contactLine(pager.contact), margin + 18, bandTop + 30, width - 36, {
      font: 'regular',
      size: 9,
      color: '#ffffff',
      lines: 1,
    });
    return y;
  };

  const fitting = attempts.find((attempt) => layout(attempt.shape(pager), attempt.clamps) <= bandTop);
  if (!fitting) {
    throw new Error(
      `the one-pager "${pager.title}" does not fit one ${paper === 'a4' ? 'A4' : 'US Letter'} page at its tightest; lower a limit in onePagerLimits.`,
    );
  }
  measuring = false;
  layout(fitting.shape(pager), fitting.clamps);
  doc.end();
  return done;
}
