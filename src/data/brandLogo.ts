import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import sharp from 'sharp';
import { hubConfig } from '../config/hub.config';

export interface BrandLogo {
  /** Where the site serves it (src/pages/brand/[logo].ts). */
  href: string;
  fileName: string;
  type: 'image/svg+xml' | 'image/png';
  bytes: Uint8Array;
  /** Intrinsic size, so the header reserves the logo's box before it loads. */
  width: number;
  height: number;
}

async function load(): Promise<BrandLogo> {
  const file = resolve(process.cwd(), hubConfig.brand.logo);
  const svg = extname(file).toLowerCase() === '.svg';
  const bytes = await readFile(file);
  const { width, height } = await sharp(bytes).metadata();
  if (!width || !height)
    throw new Error(`${hubConfig.brand.logo} (brand.logo) has no size an image can be drawn at; export it again as SVG or PNG.`);
  const fileName = svg ? 'logo.svg' : 'logo.png';
  return { href: `/brand/${fileName}`, fileName, type: svg ? 'image/svg+xml' : 'image/png', bytes, width, height };
}

let loaded: Promise<BrandLogo> | undefined;

/** The company's logo as the pages show it, read once per build. */
export function brandLogo(): Promise<BrandLogo> {
  loaded ??= load();
  return loaded;
}
