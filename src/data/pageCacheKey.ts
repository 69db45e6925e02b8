import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hubConfig } from '../config/hub.config';
import { collectionNames } from '../lib/entries';
import { contentRoot } from './contentRoot';
import { getHub } from './hub';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code
 * are those of the previous build is copied from that build instead of rendered again.
 *
 * A page's key hashes what it is made from: the inputs its route gives (an entry page its entry,
 * body and all, and the entry's view with its last-updated date; a kit route its kit, whose blocks
 * carry every body it prints) and the build's fingerprint: every gated entry's data without its
 * body, the retired entries this build may mention, who the build is for, the day it runs (review
 * states change with it), the site's address, the hub's settings and brand, and the bytes of every
 * file beside the content's Markdown (logos, images). The page's own code, Astro's configuration
 * and the installed packages are Astro's to compare.
 *
 * So editing an entry's body renders again only the pages that print that body; a change to any
 * entry's data, its status or review-by, the day or the settings renders every keyed page again,
 * because a page may name any entry. Routes whose output reads other entries' bodies or the
 * content's history (feeds, "what changed", llms-full, toolkits, catalogues) give no key and are
 * always rendered.
 */

/** JSON that keeps what plain JSON would drop: Maps, Sets and bytes (as their digest). */
function keyJson(value: unknown): string {
  return JSON.stringify(value, (key, part: unknown) => {
    if (part instanceof Map) return { map: [...part.entries()] };
    if (part instanceof Set) return { set: [...part] };
    if (part instanceof Uint8Array) return { bytes: createHash('sha256').update(part).digest('hex') };
    if (typeof part === 'function' || typeof part === 'symbol') {
      throw new Error(`A page's cache key cannot include a ${typeof part} (at "${key}"): pass data only.`);
    }
    return part;
  });
}

/**
 * Every file under the content folder that is not an entry's Markdown, by its path in the folder
 * (so a checkout elsewhere keeps its keys) and its bytes.
 */
async function contentFilesDigest(): Promise<string> {
  const root = contentRoot();
  const hash = createHash('sha256');
  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((file) => file.isFile() && !/\.mdx?$/u.test(file.name))
    .map((file) => join(file.parentPath, file.name))
    .sort();
  for (const file of files) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

let fingerprint: Promise<string> | undefined;

/** What every page of this build may show besides its own inputs, hashed once per build. */
function buildFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const hub = await getHub();
    const hash = createHash('sha256');
    hash.update(keyJson({ scope: hub.scope, site: import.meta.env.SITE, settings: hubConfig }));
    for (const name of collectionNames) {
      for (const entry of hub.entries[name]) hash.update(keyJson([entry.collection, entry.id, entry.filePath, entry.data]));
    }
    for (const entry of hub.retired) hash.update(keyJson(['retired', entry.collection, entry.id, entry.data]));
    hash.update(await contentFilesDigest());
    return hash.digest('hex');
  })();
  return fingerprint;
}

const inputDigests = new WeakMap<object, string>();

/** Kits are the inputs of six routes each: each is hashed once per build. */
function inputsDigest(inputs: object): string {
  let digest = inputDigests.get(inputs);
  if (!digest) inputDigests.set(inputs, (digest = createHash('sha256').update(keyJson(inputs)).digest('hex')));
  return digest;
}

/** The incremental-build key of a page made from `inputs` (see above for what else it covers). */
export async function pageCacheKey(...inputs: readonly object[]): Promise<string> {
  const hash = createHash('sha256').update(await buildFingerprint());
  for (const part of inputs) hash.update(inputsDigest(part));
  return hash.digest('hex');
}
