import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
  const mtime = buildNoon(builtOn);
  const zippable: Zippable = {};
  for (const file of files) {
    const data = typeof file.data === 'string' ? strToU8(file.data) : file.data;
    zippable[file.path] = [data, { level: STORED.test(file.path) ? 0 : 9, mtime }];
  }
  return zipSync(zippable);
}

/** Noon on the build's day, in UTC: what every file in a kit's packages is dated. */
function buildNoon(builtOn: Date): Date {
  return new Date(Date.UTC(builtOn.getUTCFullYear(), builtOn.getUTCMonth(), builtOn.getUTCDate(), 12));
}

/**
 * The docx writer numbers bookmarks (a contents list's `_Toc` targets) and drawings with counters
 * shared by every document the process writes, so a document's ids would depend on which documents
 * were written before it, and in which order (pages render four at a time; unchanged documents come
 * from the store). Numbered again in order of appearance, they depend on the document alone.
 */
export function renumberDocumentIds(xml: string): string {
  const bookmarks = new Map<string, number>();
  const bookmark = (id: string) => {
    let renumbered = bookmarks.get(id);
    if (renumbered === undefined) bookmarks.set(id, (renumbered = bookmarks.size + 1));
    return renumbered;
  };
  let drawings = 0;
  return xml
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/gu, (_match, head: string, id: string) => `${head}${bookmark(id)}"`)
    .replace(/_Toc(\d+)/gu, (_match, id: string) => `_Toc${bookmark(id)}`)
    .replace(/(<wp:docPr\b[^>]*?\bid=")\d+"/gu, (_match, head: string) => `${head}${++drawings}"`);
}

/**
 * An Office file (.pptx, .docx: a ZIP of XML parts) re-packed so two builds of the same content
 * on one day give the same bytes: its writers stamp the moment they ran into the document's
 * properties and into every ZIP entry, and number some elements across documents (see above). The
 * parts keep their order, `[Content_Types].xml` first.
 */
export function officePackage(bytes: Uint8Array, builtOn: Date): Uint8Array<ArrayBuffer> {
  const noon = buildNoon(builtOn);
  const stamp = noon.toISOString().replace(/\.\d{3}Z$/u, 'Z');
  const parts = unzipSync(bytes);
  const zippable: Zippable = {};
  const names = Object.keys(parts).sort((a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'));
  for (const name of names) {
    let data = parts[name] ?? new Uint8Array();
    if (name === 'docProps/core.xml') {
      data = strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/gu, `$1${stamp}`));
    } else if (name === 'word/document.xml') {
      data = strToU8(renumberDocumentIds(strFromU8(data)));
    }
    zippable[name] = [data, { level: STORED.test(name) ? 0 : 9, mtime: noon }];
  }
  return zipSync(zippable);
}

/**
 * The `Content-Disposition` of a download. HTTP headers carry only Latin-1, so a name in another
 * script goes in `filename*` (RFC 6266, UTF-8, percent-encoded) with an ASCII `filename` for old
 * clients; an ASCII name is sent as it is.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]|["\\]/gu, '')
    .replace(/^[- ]+/u, '');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const fallback = /^[^.]/u.test(ascii) ? ascii : `download${ascii}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

type Bytes = Uint8Array<ArrayBuffer>;

export interface ArchiveCache {
  /** The archive's size in bytes, for the kit page's download button. */
  size(key: string, pack: () => Promise<Bytes>): Promise<number>;
  /** The archive's bytes, for the download itself. */
  bytes(key: string, pack: () => Promise<Bytes>): Promise<Bytes>;
}

/**
 * Packs each kit's ZIP once per build although two routes need it: the kit page states its size,
 * the endpoint serves its bytes. Whichever asks first packs; the bytes are kept only until the
 * endpoint has them (a build does not hold every kit's images in memory at once), the size for good.
 */
export function archiveCache(): ArchiveCache {
  const sizes = new Map<string, Promise<number>>();
  const waiting = new Map<string, Promise<Bytes>>();
  return {
    size(key, pack) {
      let size = sizes.get(key);
      if (!size) {
        const bytes = pack();
        waiting.set(key, bytes);
        size = bytes.then((b) => b.byteLength);
        sizes.set(key, size);
      }
      return size;
    },
    bytes(key, pack) {
      const kept = waiting.get(key);
      if (kept) {
        waiting.delete(key);
        return kept;
      }
      const bytes = pack();
      if (!sizes.has(key))
        sizes.set(
          key,
          bytes.then((b) => b.byteLength),
        );
      return bytes;
    },
  };
}
