/**
 * Another company's brand (tests/fixtures/brand/brand.json, through GTM_BRAND_FILE) reaches every
 * place the hub shows it: the pages' tokens and font, the header's logo and name, the HTML slides,
 * the talk (.pptx), the whitepaper (.docx and PDF), the kit summary and the one-pagers. One build of
 * the small valid fixture; nothing of the sample company's look may remain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { brandPalette } from '../../src/lib/brand/brandTheme';
import type { Brand } from '../../src/schemas/hubConfig';
import { pdfText } from '../e2e/support/documents';
import type { AstroRun } from './support/astroProject';
import { cleanup, projectRoot, runAstro } from './support/astroProject';

const brandFile = join(projectRoot, 'tests/fixtures/brand/brand.json');
const fjord = JSON.parse(readFileSync(brandFile, 'utf8')) as Brand;
const fjordDark = brandPalette(fjord).dark;
const sample = hubConfig.brand;
const bare = (hex: string) => hex.slice(1).toUpperCase();

let run: AstroRun;
const file = (path: string) => readFileSync(join(run.outDir, path));
const page = (path: string) => file(path).toString('utf8');

/** The stylesheets a page links, concatenated. */
function pageCss(html: string): string {
  return [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/gu)].map(([, href = '']) => page(href)).join('\n');
}

/** The fill and stroke colours a PDF paints with (pdfkit writes `r g b scn` in compressed content streams). */
function pdfColors(bytes: Uint8Array): Set<string> {
  const raw = Buffer.from(bytes).toString('latin1');
  const colors = new Set<string>();
  for (const [, stream = ''] of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/gu)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
    } catch {
      continue; // fonts and images compressed otherwise, or not at all
    }
    for (const [, r = '', g = '', b = ''] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN)/gu)) {
      colors.add(
        `#${[r, g, b]
          .map((v) =>
            Math.round(Number(v) * 255)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`,
      );
    }
  }
  return colors;
}

/** The share of an image's opaque pixels painted (nearly) in `hex`: the logo's own colour or not. */
async function shareOf(image: Uint8Array, hex: string): Promise<number> {
  const { data, info } = await sharp(image).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const target = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  let opaque = 0;
  let matching = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    if ((data[i + 3] ?? 0) < 128) continue;
    opaque += 1;
    if (target.every((channel, c) => Math.abs((data[i + c] ?? 0) - channel) <= 24)) matching += 1;
  }
  return opaque === 0 ? 0 : matching / opaque;
}

/** Whether one of the images is the fixture's logo: mostly its accent, where the sample's is indigo. */
async function holdsLogo(images: Uint8Array[]): Promise<boolean> {
  const shares = await Promise.all(images.map((image) => shareOf(image, fjord.colors.accent)));
  return shares.some((share) => share > 0.4);
}

beforeAll(async () => {
  run = await runAstro('brand', {
    command: 'build',
    contentDir: 'tests/fixtures/valid',
    env: { GTM_BRAND_FILE: brandFile },
    timeoutMs: 240_000,
  });
  expect(run.code, run.output).toBe(0);
}, 250_000);

afterAll(async () => {
  if (run.code === 0) await cleanup(run);
});

describe('pages', () => {
  it('carry the brand’s colours of both themes and its font in their stylesheet', () => {
    const css = pageCss(page('index.html'));
    expect(css).toContain(`--hub-color-brand:light-dark(${fjord.colors.accent},${fjordDark.accent})`);
    expect(css).toContain(`--hub-color-brand-soft:light-dark(${fjord.colors.accentSoft},${fjordDark.accentSoft})`);
    expect(css).toContain(`--hub-color-ink:light-dark(${fjord.colors.ink},${fjordDark.ink})`);
    expect(css).toMatch(/--hub-font-sans:system-ui,/u);
    const pairs = [...css.matchAll(/light-dark\([^)]*\)/gu)].map(([pair]) => pair).join(' ');
    for (const color of [...Object.values(sample.colors), ...Object.values(sample.dark ?? {})]) expect(pairs).not.toContain(color);
    expect(css).not.toMatch(/--hub-font-sans:"Inter/u);
  });

  it('show the brand’s logo and company in the header, and the logo as the icon', async () => {
    const html = page('index.html');
    const header = /<header[\s\S]*?<\/header>/u.exec(html)?.[0] ?? '';
    // 288 × 96 drawn 28 px high.
    expect(header).toMatch(/<img class="hub-header__logo" src="\/brand\/logo\.png" alt="" width="84" height="28"/u);
    expect(header).toContain('Fjord Analytics');
    expect(html).toMatch(/<title>[^<]*· Fjord Analytics<\/title>/u);
    expect(html).toContain('<link rel="icon" href="/brand/logo.png" type="image/png">');
    expect(html).not.toContain(sample.company);
    expect(file('brand/logo.png').equals(readFileSync(join(projectRoot, 'tests/fixtures/brand', fjord.logo)))).toBe(true);
  });

  it('give the HTML slides the same tokens and icon', () => {
    const html = page('kits/close-faster/slides/index.html');
    expect(pageCss(html)).toContain(`--hub-color-brand:light-dark(${fjord.colors.accent},`);
    expect(html).toContain('href="/brand/logo.png"');
    expect(html).toContain('Fjord Analytics · ');
  });
});

describe('documents', () => {
  it('the talk (.pptx): the brand’s colours, font, company and logo', async () => {
    const parts = unzipSync(file('kits/close-faster/talk.pptx'));
    const xml = Object.entries(parts)
      .filter(([name]) => /^ppt\/(slides|slideMasters|slideLayouts|theme)\/[^/]+\.xml$/u.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    for (const color of [fjord.colors.accent, fjord.colors.accentStrong, fjord.colors.ink])
      expect(xml).toContain(`<a:srgbClr val="${bare(color)}"`);
    expect(xml).not.toContain(bare(sample.colors.accent));
    expect(xml).toMatch(/<a:latin typeface="Arial"/u);
    expect(xml).not.toContain('typeface="Inter"');
    expect(xml).toContain('Fjord Analytics');
    const images = Object.entries(parts).filter(([name]) => /^ppt\/media\/.+\.png$/u.test(name));
    expect(await holdsLogo(images.map(([, bytes]) => bytes))).toBe(true);
  });

  it('the whitepaper (.docx): the brand’s colours, font, company and logo', async () => {
    const parts = unzipSync(file('kits/close-faster/whitepaper.docx'));
    const styles = strFromU8(parts['word/styles.xml'] ?? new Uint8Array());
    const documentXml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
    expect(styles).toContain(`w:val="${bare(fjord.colors.accent)}"`);
    expect(styles).toContain(`w:val="${bare(fjord.colors.ink)}"`);
    expect(styles).toMatch(/w:ascii="Arial"/u);
    expect(styles + documentXml).not.toContain(bare(sample.colors.accent));
    expect(documentXml).toContain('Fjord Analytics');
    const images = Object.entries(parts).filter(([name]) => /^word\/media\//u.test(name));
    expect(await holdsLogo(images.map(([, bytes]) => bytes))).toBe(true);
  });

  for (const path of [
    'kits/close-faster/whitepaper.pdf',
    'kits/close-faster/summary.pdf',
    'toolkits/kestrel-pulse/one-pager.pdf',
    'toolkits/kestrel-pulse/retail/one-pager-letter.pdf',
  ]) {
    it(`${path}: painted in the brand’s colours, naming the company`, async () => {
      const bytes = file(path);
      const colors = pdfColors(bytes);
      expect(colors).toContain(fjord.colors.accent);
      expect(colors).toContain(fjord.colors.ink);
      for (const color of Object.values(sample.colors)) expect(colors, `${color} of the sample brand`).not.toContain(color);
      expect(await pdfText(bytes)).toContain('Fjord Analytics');
    });
  }
});
