import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import sharp from 'sharp';
import { hubConfig } from '../config/hub.config';

const svg = extname(hubConfig.brand.logo).toLowerCase() === '.svg';
/** The logo's file name on the site: the brand's logo keeps its format (SVG or PNG). */
export const brandLogoFileName = svg ? 'logo.svg' : 'logo.png';
/** Where the site serves the logo (src/pages/brand/[logo].ts). */
export const brandLogoHref = `/brand/${brandLogoFileName}`;

export interface BrandLogo {
  href: string;
  type: 'image/svg+xml' | 'image/png';
  bytes: Uint8Array;
  /** Intrinsic size, so the header reserves the logo's box before it loads. */
  width: number;
  height: number;
}

async function load(): Promise<BrandLogo> {
  const bytes = await readFile(resolve(process.cwd(), hubConfig.brand.logo));
  const { width, height } = await sharp(bytes).metadata();
  if (!width || !height) {
    throw new Error(
      `${hubConfig.brand.logo} (brand.logo in src/config/hub.config.ts) has no size to draw it at; export it again as SVG or PNG.`,
    );
  }
  return { href: brandLogoHref, type: svg ? 'image/svg+xml' : 'image/png', bytes, width, height };
}

let loaded: Promise<BrandLogo> | undefined;

/** The company's logo as the pages show it, read once per build. */
export function brandLogo(): Promise<BrandLogo> {
  loaded ??= load();
  return loaded;
}
