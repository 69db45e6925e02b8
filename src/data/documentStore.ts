import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Generated documents (kits' talks, whitepapers, summaries and ZIPs, toolkits' one-pagers) kept
 * between builds, each under the key of its inputs (see documentKey): a rebuild after editing one
 * entry writes only the documents whose inputs changed and reads the rest back.
 */

/** Where the documents are kept: `documents/` in Astro's cacheDir (GTM_CACHE_DIR), set by the hub's integration. */
export const documentStoreVariable = 'GTM_DOCUMENT_STORE';

/** Entries not read or written for this long are removed when a build ends. */
const keptForMs = 7 * 24 * 60 * 60 * 1000;

function storeDir(): string | undefined {
  return process.env[documentStoreVariable];
}

/**
 * The document under `key`, read from the store when an earlier build wrote it, else written by
 * `write` and kept. Without a store (the dev server, a build outside the hub's integration) it writes.
 */
export async function storedDocument(
  key: string,
  extension: string,
  write: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const dir = storeDir();
  if (!dir) return write();
  const file = join(dir, key.slice(0, 2), `${key}.${extension}`);
  try {
    const kept = await readFile(file);
    // Marks the entry as used, so pruning keeps it.
    const now = new Date();
    await utimes(file, now, now);
    return new Uint8Array(kept.buffer.slice(kept.byteOffset, kept.byteOffset + kept.byteLength));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = await write();
  await mkdir(join(dir, key.slice(0, 2)), { recursive: true });
  // Written beside and renamed into place, so a build that stops half-way never leaves a torn file.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}

/** Removes the documents no build has used for a week, so the store holds about what the hub needs. */
export async function pruneDocumentStore(dir: string, now: number): Promise<number> {
  let removed = 0;
  const names = await readdir(dir, { recursive: true }).catch(() => []);
  for (const name of names) {
    const file = join(dir, String(name));
    const info = await stat(file);
    if (info.isFile() && now - info.mtimeMs > keptForMs) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
