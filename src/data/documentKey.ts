import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import assemblySource from './kitData.ts?raw';
import deckSource from './kitDeckPptx.ts?raw';
import pdfSource from './kitPdfs.ts?raw';
import docxSource from './kitWhitepaperDocx.ts?raw';
import archiveSource from '../lib/kits/archive.ts?raw';
import printSource from '../lib/toolkits/onePagerPdf.ts?raw';

/**
 * The key a generated document is kept under between builds: a hash of everything that makes its bytes,
 * the generators' code and libraries, the kind of document, the data it prints (taken after gating,
 * so an entry that changes status, passes its review-by date or leaves the audience changes the
 * key), the theme, the build day and the fonts and images it embeds.
 */

/** The libraries whose output the documents are; a new version of any writes them afresh. */
const generatorLibraries = ['pptxgenjs', 'docx', 'pdfkit', 'fontkit', 'fflate', 'jszip'];

let generatorDigest: Promise<string> | undefined;

/** The generators' own source and the versions of the libraries they drive. */
function generator(): Promise<string> {
  generatorDigest ??= (async () => {
    const hash = createHash('sha256');
    for (const source of [assemblySource, deckSource, docxSource, pdfSource, archiveSource, printSource]) hash.update(source).update('\0');
    for (const name of generatorLibraries) {
      const manifest = JSON.parse(await readFile(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      hash.update(`${name}@${manifest.version}\0`);
    }
    return hash.digest('hex');
  })();
  return generatorDigest;
}

const byteDigests = new WeakMap<Uint8Array, string>();
/** Fonts and logos are the same objects for every kit: each is hashed once per build. */
function bytesDigest(bytes: Uint8Array): string {
  let digest = byteDigests.get(bytes);
  if (!digest) byteDigests.set(bytes, (digest = createHash('sha256').update(bytes).digest('hex')));
  return digest;
}

/**
 * What a document is made from: `data` as JSON (dates as ISO strings), `binaries` (fonts, images)
 * by their digests, in order.
 */
export interface DocumentInputs {
  kind: string;
  data: unknown;
  binaries: readonly Uint8Array[];
}

export async function documentKey(inputs: DocumentInputs): Promise<string> {
  const hash = createHash('sha256').update(await generator());
  hash.update(`\0${inputs.kind}\0${JSON.stringify(inputs.data)}\0`);
  for (const bytes of inputs.binaries) hash.update(bytesDigest(bytes));
  return hash.digest('hex');
}
