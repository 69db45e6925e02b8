import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { ArchiveFile } from './markdown';

/** PNG and WebP are already compressed; deflating them again only costs build time. */
const STORED = /\.(png|webp|jpe?g|gif|avif)$/iu;

/**
 * Packs files into a ZIP. Every entry carries the same timestamp (noon on the build's day, so no
 * time zone moves it to another date), so two builds of the same content on one day produce the
 * same bytes.
 */
export function zipArchive(files: readonly ArchiveFile[], builtOn: Date): Uint8Array<ArrayBuffer> {
  const mtime = new Date(Date.UTC(builtOn.getUTCFullYear(), builtOn.getUTCMonth(), builtOn.getUTCDate(), 12));
  const zippable: Zippable = {};
  for (const file of files) {
    const data = typeof file.data === 'string' ? strToU8(file.data) : file.data;
    zippable[file.path] = [data, { level: STORED.test(file.path) ? 0 : 9, mtime }];
  }
  return zipSync(zippable);
}
