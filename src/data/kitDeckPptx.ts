import PptxGenJS from 'pptxgenjs';
import type { DocumentTheme } from '../lib/brand/brandTheme';
import type { MarketingKit } from '../lib/kits/kit';
import type { Slide } from '../lib/kits/slides';
import { officePackage } from '../lib/kits/archive';

/**
 * The kit's talk as a PowerPoint file, written with pptxgenjs from the same slides the browser deck
 * shows: each title in the slide's title placeholder (so PowerPoint's outline, search and screen
 * readers find it), the points in the body, the speaker notes in the notes pane, the company's
 * colours, fonts and logo from the hub config.
 */

/** A PNG with its size, so a logo keeps its proportions in the box it is fitted to. */
export interface DeckImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export interface DeckAssets {
  companyLogo: DeckImage;
  /** Customer logos by case id. */
  caseLogos: ReadonlyMap<string, DeckImage>;
}

/** 16:9 at PowerPoint's widescreen size, in inches. */
const W = 13.333;
const H = 7.5;
const margin = 0.6;

const hex = (color: string) => color.replace('#', '').toUpperCase();
const dataUrl = (png: Uint8Array) => `image/png;base64,${Buffer.from(png).toString('base64')}`;

/** The largest box of the image's proportions that fits in w × h. */
function fit(image: DeckImage, w: number, h: number): { w: number; h: number } {
  const scale = Math.min(w / image.width, h / image.height);
  return { w: image.width * scale, h: image.height * scale };
}

export async function kitDeckPptx(
  kit: MarketingKit,
  company: string,
  theme: DocumentTheme,
  assets: DeckAssets,
  builtOn: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const { colors, fonts } = theme;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = company;
  pptx.company = company;
  pptx.title = kit.event.talkTitle;
  pptx.subject = kit.title;
  pptx.theme = { headFontFace: fonts.heading, bodyFontFace: fonts.body };

  const logo = fit(assets.companyLogo, 0.42, 0.42);
  const titlePlaceholder = (y: number, h: number, color: string, size: number) => ({
    placeholder: {
      options: {
        name: 'title',
        type: 'title' as const,
        x: margin,
        y,
        w: W - 2 * margin,
        h,
        fontFace: fonts.heading,
        fontSize: size,
        bold: true,
        color,
        valign: 'top' as const,
      },
      text: '',
    },
  });
  const footer = (color: string) => ({
    text: {
      text: `${company} · ${kit.event.talkTitle}`,
      options: { x: margin + 0.55, y: H - 0.55, w: W - 3, h: 0.3, fontFace: fonts.body, fontSize: 10, color },
    },
  });
  pptx.defineSlideMaster({
    title: 'CONTENT',
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: W, h: 0.12, fill: { color: hex(colors.brand) } } },
      { image: { x: margin, y: H - 0.62, ...logo, data: dataUrl(assets.companyLogo.data) } },
      footer(hex(colors.soft)),
      titlePlaceholder(0.45, 1.1, hex(colors.ink), 32),
    ],
    slideNumber: {
      x: W - margin - 0.6,
      y: H - 0.55,
      w: 0.6,
      h: 0.3,
      fontFace: fonts.body,
      fontSize: 10,
      color: hex(colors.soft),
      align: 'right',
    },
  });
  pptx.defineSlideMaster({
    title: 'FEATURE',
    background: { color: hex(colors.brandStrong) },
    objects: [
      { image: { x: margin, y: H - 0.62, ...logo, data: dataUrl(assets.companyLogo.data) } },
      footer('FFFFFF'),
      titlePlaceholder(2.2, 2.2, 'FFFFFF', 44),
    ],
    slideNumber: { x: W - margin - 0.6, y: H - 0.55, w: 0.6, h: 0.3, fontFace: fonts.body, fontSize: 10, color: 'FFFFFF', align: 'right' },
  });

  const body = { x: margin, w: W - 2 * margin, fontFace: fonts.body, color: hex(colors.ink), valign: 'top' as const };
  const bullets = (items: readonly string[], size: number) =>
    items.map((text) => ({ text, options: { bullet: { indent: size * 0.9 }, breakLine: true, paraSpaceAfter: size * 0.5 } }));

  const write = (slide: Slide) => {
    const feature = slide.layout === 'title' || slide.layout === 'divider' || slide.layout === 'closing';
    const s = pptx.addSlide({ masterName: feature ? 'FEATURE' : 'CONTENT' });
    s.addText(slide.title, { placeholder: 'title' });
    switch (slide.layout) {
      case 'title':
        s.addText(slide.eyebrow.toUpperCase(), { ...body, y: 1.6, h: 0.4, fontSize: 14, bold: true, color: 'FFFFFF', charSpacing: 2 });
        s.addText(slide.subtitle, { ...body, y: 4.6, h: 1.2, fontSize: 22, color: 'FFFFFF' });
        break;
      case 'agenda':
        s.addText(
          slide.items.map((text) => ({
            text,
            options: { bullet: { type: 'number' as const, indent: 30 }, breakLine: true, paraSpaceAfter: 10 },
          })),
          { ...body, y: 1.7, h: H - 2.6, fontSize: 22 },
        );
        break;
      case 'points':
        s.addText(bullets(slide.points, 24), { ...body, y: 1.7, h: H - 2.6, fontSize: 24 });
        break;
      case 'divider':
        break;
      case 'story': {
        const { customerCase } = slide;
        const caseLogo = assets.caseLogos.get(customerCase.id);
        if (caseLogo)
          s.addImage({
            data: dataUrl(caseLogo.data),
            x: W - margin - 2.2,
            y: 0.2,
            ...fit(caseLogo, 2.2, 0.5),
            altText: customerCase.data.logo.alt,
          });
        s.addText(`CUSTOMER STORY · ${customerCase.data.customer.toUpperCase()}`, {
          ...body,
          y: 1.55,
          h: 0.35,
          fontSize: 12,
          bold: true,
          color: hex(colors.brand),
        });
        const metrics = customerCase.data.metrics.slice(0, 4);
        const quote = customerCase.data.quote;
        const columnW = quote ? (W - 2 * margin) * 0.55 : W - 2 * margin;
        s.addText(bullets(slide.points, 18), { ...body, y: 2.0, w: columnW, h: 2.3, fontSize: 18 });
        if (quote) {
          const x = margin + columnW + 0.3;
          const w = W - margin - x;
          s.addShape('rect', { x, y: 2.0, w, h: 2.3, fill: { color: hex(colors.brandSoft) }, line: { color: hex(colors.brandSoft) } });
          s.addText(
            [
              { text: `“${quote.text}”`, options: { italic: true, fontSize: 14, color: hex(colors.ink), breakLine: true } },
              { text: `— ${quote.author}, ${quote.role}`, options: { fontSize: 11, color: hex(colors.soft) } },
            ],
            { x: x + 0.15, y: 2.1, w: w - 0.3, h: 2.1, fontFace: fonts.body, valign: 'middle', fit: 'shrink' },
          );
        }
        const metricW = (W - 2 * margin) / Math.max(metrics.length, 1);
        metrics.forEach((metric, i) => {
          const x = margin + i * metricW;
          s.addShape('rect', { x, y: 4.6, w: 0.06, h: 1.6, fill: { color: hex(colors.brand) }, line: { color: hex(colors.brand) } });
          s.addText(
            [
              { text: metric.value, options: { fontSize: 28, bold: true, color: hex(colors.brandStrong), breakLine: true } },
              { text: metric.label, options: { fontSize: 13, color: hex(colors.soft) } },
            ],
            { x: x + 0.2, y: 4.6, w: metricW - 0.4, h: 1.6, fontFace: fonts.body, valign: 'top', fit: 'shrink' },
          );
        });
        break;
      }
      case 'closing':
        s.addText(slide.subtitle, { ...body, y: 4.5, h: 0.5, fontSize: 18, color: 'FFFFFF' });
        s.addText(
          [
            {
              text: slide.contact.callToAction,
              options: { bold: true, fontSize: 20, breakLine: true, hyperlink: { url: slide.contact.url } },
            },
            { text: `${new URL(slide.contact.url).host} · ${slide.contact.email}`, options: { fontSize: 14 } },
          ],
          { ...body, y: 5.2, h: 1.0, color: 'FFFFFF' },
        );
        break;
    }
    if (slide.notes) s.addNotes(slide.notes);
  };
  kit.slides.forEach(write);

  // Stored, not deflated: officePackage deflates every part once more anyway, so this would be lost work.
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return officePackage(bytes, builtOn);
}
