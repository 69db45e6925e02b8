import { brandAssetFormats } from '../../schemas/values';
import type { ImageMetadata } from 'astro';
import type { Entry } from '../entries';
import type { KitSources } from './sources';
import { fileNameStem, uniqueNames } from '../text/phrasing';

/** Widths marketers ask for: thumbnail, web, slide and full-bleed. Never larger than the original. */
export const brandAssetWidths = [160, 320, 640, 1280] as const;
/** PNG for slide and print tools, WebP for the web. */
export type BrandAssetFormat = (typeof brandAssetFormats)[number];

export interface BrandImage {
  /** File-name stem, unique within a kit, e.g. "harbor-pine-logo" or "金海一号-logo". */
  name: string;
  role: 'Campaign hero' | 'Customer logo';
  alt: string;
  image: ImageMetadata;
  /** The entry that owns the image, for its usage rights and review date. */
  owner: Entry;
}

export interface Rendition {
  width: number;
  format: BrandAssetFormat;
  fileName: string;
}

/** The images a kit uses: the campaign's hero first, then the logo of every case it cites. */
export function kitImages(sources: KitSources): BrandImage[] {
  const images: BrandImage[] = [];
  if (sources.entry.collection === 'campaigns' && sources.entry.data.hero) {
    const { hero } = sources.entry.data;
    images.push({
      name: `${fileNameStem(sources.entry.id, 'campaign')}-hero`,
      role: 'Campaign hero',
      alt: hero.alt,
      image: hero.src,
      owner: sources.entry,
    });
  }
  for (const c of sources.cases) {
    images.push({
      name: `${fileNameStem(c.id, 'customer')}-logo`,
      role: 'Customer logo',
      alt: c.data.logo.alt,
      image: c.data.logo.src,
      owner: c,
    });
  }
  // Two ids can make one stem (`a/b` and `a-b`); a ZIP must not hold two files of one name.
  const names = uniqueNames(images.map((image) => image.name));
  return images.map((image, i) => ({ ...image, name: names[i] ?? image.name }));
}

/** The widest file a kit offers: print and high-density screens need no more, and a kit stays small. */
export const brandAssetMaxWidth = 2560;

/** Each standard width below the original, plus the original width itself up to the widest kept. */
export function renditionWidths(originalWidth: number): number[] {
  const widest = Math.min(originalWidth, brandAssetMaxWidth);
  return [...brandAssetWidths.filter((w) => w < widest), widest];
}

export function renditionsFor(image: BrandImage): Rendition[] {
  return renditionWidths(image.image.width).flatMap((width) =>
    brandAssetFormats.map((format) => ({ width, format, fileName: `${image.name}-${width}w.${format}` })),
  );
}

/**
 * The one file of an image a kit's ZIP carries: its widest PNG, what slide, print and layout tools
 * take. The other sizes and the WebP files are on the kit page, one click each, so the ZIP does not
 * carry six copies of every logo.
 */
export function printRendition<T extends { width: number; format: BrandAssetFormat }>(files: readonly T[]): T | undefined {
  return files
    .filter((file) => file.format === 'png')
    .reduce<T | undefined>((widest, file) => (widest && widest.width >= file.width ? widest : file), undefined);
}
