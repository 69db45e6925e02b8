import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { hubConfig } from '../config/hub.config';
import { documentTheme } from '../lib/brand/brandTheme';
import type { OnePager, PaperSize } from '../lib/toolkits/onePager';
import type { OnePagerAssets } from '../lib/toolkits/onePagerPdf';
import { missingGlyphs, onePagerPdf } from '../lib/toolkits/onePagerPdf';
import { documentKey } from './documentKey';
import { storedDocument } from './documentStore';

/**
 * Fonts and logo for the PDFs (one-pagers, kit documents), read once per build. Inter covers every
 * Latin text the sample holds (accents, arrows, the minus sign, typographic quotes); Noto Sans SC,
 * read only when a document needs it, covers Chinese (and the Latin text beside it). The logo is
 * rasterised with sharp because PDF has no SVG.
 */
const require = createRequire(import.meta.url);
const inter = (file: string) => readFile(require.resolve(`@expo-google-fonts/inter/${file}`));
const notoSansSc = (file: string) => readFile(require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`));

async function load(): Promise<OnePagerAssets> {
  const [regular, semibold, bold, italic, logo] = await Promise.all([
    inter('400Regular/Inter_400Regular.ttf'),
    inter('600SemiBold/Inter_600SemiBold.ttf'),
    inter('700Bold/Inter_700Bold.ttf'),
    inter('400Regular_Italic/Inter_400Regular_Italic.ttf'),
    // A logo that is not square is centred on a transparent square, not on sharp's default black.
    sharp(resolve(process.cwd(), hubConfig.brand.logo), { density: 600 })
      .resize(192, 192, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer(),
  ]);
  return { fonts: { regular, semibold, bold, italic }, logo };
}

let loaded: Promise<OnePagerAssets> | undefined;

export function onePagerAssets(): Promise<OnePagerAssets> {
  loaded ??= load();
  return loaded;
}

/** Chinese has no italic: emphasis keeps the upright face. */
async function loadChinese(): Promise<OnePagerAssets> {
  const [latin, regular, semibold, bold] = await Promise.all([
    onePagerAssets(),
    notoSansSc('400Regular/NotoSansSC_400Regular.ttf'),
    notoSansSc('600SemiBold/NotoSansSC_600SemiBold.ttf'),
    notoSansSc('700Bold/NotoSansSC_700Bold.ttf'),
  ]);
  return { ...latin, fonts: { regular, semibold, bold, italic: regular } };
}

let chinese: Promise<OnePagerAssets> | undefined;

/**
 * The assets whose fonts can print every character of `text`: Inter's, else Noto Sans SC's; with
 * the characters neither covers when none can.
 */
export async function assetsToPrint(text: string): Promise<{ assets: OnePagerAssets } | { missing: string[] }> {
  const latin = await onePagerAssets();
  if (missingGlyphs(text, latin).length === 0) return { assets: latin };
  chinese ??= loadChinese();
  const assets = await chinese;
  const missing = missingGlyphs(text, assets);
  return missing.length === 0 ? { assets } : { missing };
}

/** A one-pager as PDF, read back from the document store when an earlier build wrote it from the same inputs. */
export async function onePagerDocument(pager: OnePager, paper: PaperSize, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const assets = await onePagerAssets();
  const { fonts, logo } = assets;
  const theme = documentTheme(hubConfig.brand);
  const key = await documentKey({
    kind: `one-pager ${paper}`,
    data: { pager, theme, date },
    binaries: [logo, fonts.regular, fonts.semibold, fonts.bold, fonts.italic],
  });
  return storedDocument(key, 'pdf', () => onePagerPdf(pager, theme, assets, paper, date));
}
