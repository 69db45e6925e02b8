import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { hubConfig } from '../config/hub.config';
import type { OnePagerAssets } from '../lib/toolkits/onePagerPdf';

/**
 * Fonts and logo for the one-pager PDFs, read once per build. Inter covers every Latin text the
 * sample holds (accents, arrows, the minus sign, typographic quotes); the logo is rasterised with
 * sharp because PDF has no SVG.
 */
const require = createRequire(import.meta.url);
const inter = (file: string) => readFile(require.resolve(`@expo-google-fonts/inter/${file}`));

async function load(): Promise<OnePagerAssets> {
  const [regular, semibold, bold, italic, logo] = await Promise.all([
    inter('400Regular/Inter_400Regular.ttf'),
    inter('600SemiBold/Inter_600SemiBold.ttf'),
    inter('700Bold/Inter_700Bold.ttf'),
    inter('400Regular_Italic/Inter_400Regular_Italic.ttf'),
    sharp(resolve(process.cwd(), hubConfig.companyLogo), { density: 600 }).resize(192, 192, { fit: 'contain' }).png().toBuffer(),
  ]);
  return { fonts: { regular, semibold, bold, italic }, logo };
}

let loaded: Promise<OnePagerAssets> | undefined;

export function onePagerAssets(): Promise<OnePagerAssets> {
  loaded ??= load();
  return loaded;
}
