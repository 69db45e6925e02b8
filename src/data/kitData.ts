import { readFile } from 'node:fs/promises';
import type { ImageMetadata, ImageTransform } from 'astro';
import { getConfiguredImageService, getImage, imageConfig } from 'astro:assets';
import { hubConfig } from '../config/hub.config';
import { documentTheme } from '../lib/brand/brandTheme';
import { getHub } from './hub';
import { lastUpdated } from './gitDates';
import { pageCacheKey } from './pageCacheKey';
import type { Hub } from '../lib/hub';
import type { RenderedImage } from '../lib/kits/api';
import { kitDocument } from '../lib/kits/api';
import type { ArchiveCache } from '../lib/kits/archive';
import { archiveCache, zipArchive } from '../lib/kits/archive';
import type { BrandAssetFormat, BrandImage } from '../lib/kits/brandAssets';
import { printRendition, renditionsFor } from '../lib/kits/brandAssets';
import type { KitDocumentKind, MarketingKit } from '../lib/kits/kit';
import { allKits, kitDocumentKinds, kitPaths, kitsByProduct } from '../lib/kits/kit';
import { kitSummary } from '../lib/kits/kitSummary';
import { kitArchiveFiles } from '../lib/kits/markdown';
import { printedWhitepaper } from '../lib/kits/printedWhitepaper';
import type { DeckImage } from './kitDeckPptx';
import { kitDeckPptx } from './kitDeckPptx';
import { kitSummaryPdf, kitWhitepaperPdf } from './kitPdfs';
import { kitWhitepaperDocx } from './kitWhitepaperDocx';
import type { DocumentInputs } from './documentKey';
import { documentKey } from './documentKey';
import { storedDocument } from './documentStore';
import { assetsToPrint, onePagerAssets } from './onePagerAssets';

/**
 * The Astro side of kits: assembling them once per hub, producing their images with the configured
 * image service (sharp) through getImage(), and packing the ZIP. Each archive is packed once per
 * build: the kit page reads its size and the endpoint serves the same bytes. Each image file is
 * produced once per build, however many kits use it.
 */

type Logger = { warn: (message: string) => void; info: (message: string) => void; error: (message: string) => void };

export interface RenderedFile {
  path: string;
  fileName: string;
  width: number;
  height: number;
  format: BrandAssetFormat;
  /** The transform getImage() resolved; the archive re-runs it to get the same bytes. */
  transform: ImageTransform;
}

export interface KitImageFiles extends RenderedImage {
  files: RenderedFile[];
}

interface HubKits {
  kits: MarketingKit[];
  /** Product id → the kits that sell it, built on first use. */
  byProduct?: Map<string, MarketingKit[]>;
  /** Each kit's ZIP, packed once for its page and its endpoint. */
  archives: ArchiveCache;
}

// Keyed by the hub object: a build loads it once, the dev server on every request.
const kitsByHub = new WeakMap<Hub, HubKits>();
const imagesByKit = new WeakMap<MarketingKit, Promise<KitImageFiles[]>>();
// Keyed by the file's URL, which Astro derives from the source image and the transform.
const renditionBytesByPath = new Map<string, Promise<Uint8Array>>();

async function hubKits(): Promise<{ hub: Hub; state: HubKits }> {
  const hub = await getHub();
  let state = kitsByHub.get(hub);
  if (!state) {
    state = { kits: allKits(hub, hubConfig), archives: archiveCache() };
    kitsByHub.set(hub, state);
  }
  return { hub, state };
}

export async function getKits(): Promise<MarketingKit[]> {
  return (await hubKits()).state.kits;
}

/**
 * One path per kit for a route made from the kit alone. The key covers the kit (its blocks carry
 * every entry and body it prints) and its entry's last update (the kit page says when).
 */
export async function kitRoutePaths(): Promise<{ params: { id: string }; props: { kit: MarketingKit }; cacheKey: string }[]> {
  return Promise.all(
    (await getKits()).map(async (kit) => ({
      params: { id: kit.id },
      props: { kit },
      cacheKey: await pageCacheKey(kit, { updated: lastUpdated(kit.entry.filePath) }),
    })),
  );
}

/** The kits that sell one product, from an index built once rather than a scan per page. */
export async function getKitsForProduct(productId: string): Promise<MarketingKit[]> {
  const { state } = await hubKits();
  state.byProduct ??= kitsByProduct(state.kits);
  return state.byProduct.get(productId) ?? [];
}

async function renderImage(image: BrandImage): Promise<KitImageFiles> {
  const files = await Promise.all(
    renditionsFor(image).map(async (rendition): Promise<RenderedFile> => {
      const result = await getImage({ src: image.image, width: rendition.width, format: rendition.format });
      return {
        path: result.src,
        fileName: rendition.fileName,
        width: Number(result.attributes['width'] ?? rendition.width),
        height: Number(result.attributes['height']),
        format: rendition.format,
        transform: result.options,
      };
    }),
  );
  return { image, files };
}

/** Every image of a kit in every ready size and format, as URLs of files the build writes. */
export function kitImageFiles(kit: MarketingKit): Promise<KitImageFiles[]> {
  let images = imagesByKit.get(kit);
  if (!images) {
    images = Promise.all(kit.images.map(renderImage));
    imagesByKit.set(kit, images);
  }
  return images;
}

/** Where the original image file is: Astro keeps it on the image's metadata, out of the public type. */
function sourceFile(image: ImageMetadata): string {
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) throw new Error(`The original file of image ${image.src} is unknown, so it cannot be put in a kit archive.`);
  return fsPath;
}

async function transformedBytes(image: BrandImage, file: RenderedFile, logger: Logger): Promise<Uint8Array> {
  const service = await getConfiguredImageService();
  if (!('transform' in service)) {
    throw new Error('Kit archives need a local image service (the default, sharp) to produce image files.');
  }
  const original = await readFile(sourceFile(image.image));
  // The same call Astro makes when it writes the file the page links to, so the bytes match.
  const { data } = await service.transform(original, { ...file.transform, src: image.image.src }, imageConfig, logger);
  return data;
}

function renditionBytes(image: BrandImage, file: RenderedFile, logger: Logger): Promise<Uint8Array> {
  // The dev server must pick up a replaced image file; a build produces each file once.
  if (import.meta.env.DEV) return transformedBytes(image, file, logger);
  let bytes = renditionBytesByPath.get(file.path);
  if (!bytes) {
    bytes = transformedBytes(image, file, logger);
    renditionBytesByPath.set(file.path, bytes);
  }
  return bytes;
}

/**
 * The kit's ZIP: its text as Markdown, its JSON document, its documents (.pptx, .docx, PDF) and the
 * print file of each image (the page offers the other sizes and WebP). A build packs it once for both
 * the page and the endpoint; the dev server packs it afresh each time.
 */
export async function kitArchive(kit: MarketingKit, siteUrl: string, logger: Logger): Promise<Uint8Array<ArrayBuffer>> {
  const { hub, state } = await hubKits();
  const pack = () => packArchive(hub, kit, siteUrl, logger);
  return import.meta.env.DEV ? pack() : state.archives.bytes(`${kit.id} ${siteUrl}`, pack);
}

/** The size of the kit's ZIP in bytes, as the download button states it. */
export async function kitArchiveSize(kit: MarketingKit, siteUrl: string, logger: Logger): Promise<number> {
  const { hub, state } = await hubKits();
  const pack = () => packArchive(hub, kit, siteUrl, logger);
  return import.meta.env.DEV ? (await pack()).byteLength : state.archives.size(`${kit.id} ${siteUrl}`, pack);
}

async function packArchive(hub: Hub, kit: MarketingKit, siteUrl: string, logger: Logger): Promise<Uint8Array<ArrayBuffer>> {
  const images = await kitImageFiles(kit);
  const assets = await Promise.all(
    images.flatMap(({ image, files }) => {
      const file = printRendition(files);
      return file ? [renditionBytes(image, file, logger).then((data) => ({ image: image.name, fileName: file.fileName, data }))] : [];
    }),
  );
  const kinds = await kitDocumentKindsFor(kit);
  // A kit travels as one file (to an agency, an event team): its documents go in whole, not as links.
  const documents = await Promise.all(
    kinds.map(async (kind) => ({
      fileName: kitPaths(kit.id).document(kind).fileName,
      data: await kitDocumentBytes(kit, kind, logger),
    })),
  );
  const json = kitDocument(kit, images, kinds, { siteUrl, scope: hub.scope });
  const files = kitArchiveFiles(kit, { siteUrl, company: hubConfig.brand.company, assets, documents, json });
  // Deflating a kit's files is most of what a ZIP costs once its documents come from the store:
  // an unchanged kit's ZIP is read back as well.
  const key = await documentKey({
    kind: 'kit.zip',
    data: { date: hub.scope.today, files: files.map((f) => ({ path: f.path, text: typeof f.data === 'string' ? f.data : null })) },
    binaries: files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data])),
  });
  return storedDocument(key, 'zip', () => Promise.resolve(zipArchive(files, hub.scope.today)));
}

/** The widest PNG rendition a slide needs of a kit image: a logo box on a 13-inch slide. */
const deckImageWidth = 640;

async function deckImage(image: BrandImage, files: readonly RenderedFile[], logger: Logger): Promise<DeckImage | undefined> {
  const png = files.filter((f) => f.format === 'png' && f.width <= deckImageWidth).at(-1);
  return png && { data: await renditionBytes(image, png, logger), width: png.width, height: png.height };
}

/** The fonts and logo a kit's PDFs are printed with: fonts that hold a glyph for every character of its text. */
function kitPrintAssets(kit: MarketingKit) {
  const text = JSON.stringify([
    printedWhitepaper(kit.whitepaper, hubConfig.brand.company),
    kitSummary(kit, hubConfig.brand.company, hubConfig.customerContact),
  ]);
  return assetsToPrint(text);
}

/**
 * Why a kit's PDFs cannot be made, or undefined when they can: every character must have a glyph in
 * the embedded fonts (Inter for Latin scripts, Noto Sans SC for Chinese), or it would print as an empty box.
 */
export async function kitPdfObstacle(kit: MarketingKit): Promise<string | undefined> {
  const printable = await kitPrintAssets(kit);
  if ('assets' in printable) return undefined;
  const { missing } = printable;
  return `No PDF of this kit yet: its fonts cannot print ${missing.slice(0, 5).join(' ')}${missing.length > 5 ? ' …' : ''}. The .pptx and .docx files carry its text.`;
}

/** The documents a kit offers: all four, or the Office files alone when its text cannot be printed. */
export async function kitDocumentKindsFor(kit: MarketingKit): Promise<KitDocumentKind[]> {
  const printable = (await kitPdfObstacle(kit)) === undefined;
  return kitDocumentKinds.filter((kind) => printable || !kind.endsWith('.pdf'));
}

const documentBytes = new WeakMap<MarketingKit, Map<KitDocumentKind, Promise<Uint8Array<ArrayBuffer>>>>();

/** A document's inputs, for its key in the store, and how to write it from them. */
interface DocumentJob extends DocumentInputs {
  write: () => Promise<Uint8Array<ArrayBuffer>>;
}

async function documentJob(kit: MarketingKit, kind: KitDocumentKind, logger: Logger): Promise<DocumentJob> {
  const { customerContact, brand } = hubConfig;
  const { company } = brand;
  const theme = documentTheme(brand);
  const { scope } = await getHub();
  const assets = await onePagerAssets();
  const companyLogo: DeckImage = { data: assets.logo, width: 192, height: 192 };
  const lang = kit.entry.data.lang;
  const date = scope.today;
  switch (kind) {
    case 'talk.pptx': {
      const caseLogos = new Map<string, DeckImage>();
      for (const { image, files } of await kitImageFiles(kit)) {
        if (image.role !== 'Customer logo') continue;
        const logo = await deckImage(image, files, logger);
        if (logo) caseLogos.set(image.owner.id, logo);
      }
      const logos = [...caseLogos].map(([id, { width, height }]) => ({ id, width, height }));
      return {
        kind,
        data: { title: kit.title, event: kit.event, slides: kit.slides, company, theme, logos, date },
        binaries: [companyLogo.data, ...[...caseLogos.values()].map((logo) => logo.data)],
        write: () => kitDeckPptx(kit, company, theme, { companyLogo, caseLogos }, date),
      };
    }
    case 'whitepaper.docx': {
      const paper = printedWhitepaper(kit.whitepaper, company);
      return {
        kind,
        data: { paper, company, theme, date },
        binaries: [companyLogo.data],
        write: () => kitWhitepaperDocx(paper, company, theme, companyLogo, date),
      };
    }
    case 'whitepaper.pdf':
    case 'summary.pdf': {
      const printable = await kitPrintAssets(kit);
      if (!('assets' in printable)) throw new Error(`kit ${kit.id}: no font prints ${printable.missing.join(' ')}`);
      const { fonts, logo } = printable.assets;
      const binaries = [logo, fonts.regular, fonts.semibold, fonts.bold, fonts.italic];
      if (kind === 'whitepaper.pdf') {
        const paper = printedWhitepaper(kit.whitepaper, company);
        return {
          kind,
          data: { paper, company, lang, theme, date },
          binaries,
          write: () => kitWhitepaperPdf(paper, company, lang, theme, printable.assets, date),
        };
      }
      const summary = kitSummary(kit, company, customerContact);
      return {
        kind,
        data: { summary, lang, theme, date },
        binaries,
        write: () => kitSummaryPdf(summary, lang, theme, printable.assets, date),
      };
    }
  }
}

async function writeDocument(kit: MarketingKit, kind: KitDocumentKind, logger: Logger): Promise<Uint8Array<ArrayBuffer>> {
  const job = await documentJob(kit, kind, logger);
  return storedDocument(await documentKey(job), kind.slice(kind.lastIndexOf('.') + 1), job.write);
}

/**
 * One document of a kit, written once per build for both its own download and the kit's ZIP, and
 * read back from the document store when an earlier build wrote it from the same inputs.
 */
export function kitDocumentBytes(kit: MarketingKit, kind: KitDocumentKind, logger: Logger): Promise<Uint8Array<ArrayBuffer>> {
  if (import.meta.env.DEV) return documentJob(kit, kind, logger).then((job) => job.write());
  let written = documentBytes.get(kit);
  if (!written) documentBytes.set(kit, (written = new Map<KitDocumentKind, Promise<Uint8Array<ArrayBuffer>>>()));
  let bytes = written.get(kind);
  if (!bytes) {
    bytes = writeDocument(kit, kind, logger);
    written.set(kind, bytes);
  }
  return bytes;
}
