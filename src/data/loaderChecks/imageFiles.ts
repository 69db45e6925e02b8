import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { hubConfig } from '../../config/hub.config';

/** Image formats as sharp names them, by the extensions an author may use. SVG is not among them. */
const formatByExtension: Record<string, string> = {
  '.png': 'png',
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.webp': 'webp',
  '.avif': 'heif',
  '.gif': 'gif',
};

/** Whether `path` lies inside `folder` (both real paths, symbolic links resolved). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * What is wrong with an image an entry points at, as the end of a sentence starting with
 * `field "logo.src" points to "./logo.png"`, or undefined when it is fine. Content is written by
 * anyone who can open a pull request, so an image must be a file inside the content folder
 * (no absolute path, no `../../`, no symbolic link out), a raster format whose bytes match its
 * extension (an SVG can carry script and is published byte for byte), and no larger than
 * `maxImagePixels`: the header is read without decoding, so a tiny file claiming 40000 × 40000
 * pixels fails here instead of exhausting memory in the image service.
 */
export async function imageFileProblem(
  entryFile: string,
  written: string,
  where: { root: string; contentDir: string },
): Promise<string | undefined> {
  const path = resolve(dirname(entryFile), written);
  if (!written.startsWith('.')) {
    return `, which is not a path relative to the entry. Put the image next to the entry file and write "./${basename(written)}".`;
  }
  if (!existsSync(path)) {
    return `, but there is no such file (looked for ${relative(where.root, path)}). Put the image next to the entry file or correct the path.`;
  }
  const [real, folder] = await Promise.all([realpath(path), realpath(where.contentDir)]);
  if (!isInside(folder, real)) {
    return `, which is outside the content folder (it resolves to ${real}). Put the image next to the entry file.`;
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.svg') {
    return ': SVG images are not accepted, because an SVG can carry script. Export the image as PNG (or WebP or JPEG) and point to that.';
  }
  const expected = formatByExtension[extension];
  if (!expected) {
    return `, whose extension "${extension}" is not an image format the hub accepts. Use ${Object.keys(formatByExtension).join(', ')}.`;
  }
  let header: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // Only the header is read; the limit below, not sharp's, decides what is too large.
    header = await sharp(path, { limitInputPixels: false }).metadata();
  } catch (error) {
    return `, which cannot be read as an image (${error instanceof Error ? error.message : String(error)}). Export it again as PNG, WebP or JPEG.`;
  }
  if (header.format !== expected) {
    return `, which is named ${extension} but holds ${header.format === 'svg' ? 'an SVG' : `${header.format} data`}. Save it in the format its extension names, or rename it.`;
  }
  const pixels = header.width * header.height;
  if (pixels > hubConfig.maxImagePixels) {
    const mp = (n: number) => `${Math.round(n / 1e5) / 10} megapixels`;
    return (
      `, which is ${header.width} × ${header.height} pixels (${mp(pixels)}); an image may have at most ` +
      `${mp(hubConfig.maxImagePixels)} (maxImagePixels in src/config/hub.config.ts). Scale it down before adding it.`
    );
  }
  return undefined;
}
