import { readdir, readFile, realpath } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { frontmatterOf } from './frontmatter';
import { isInside } from './imageFiles';
import { yamlAliases } from './yamlAliases';

export const ENTRY_FILE = /\.(md|mdx)$/u;

/**
 * Entry files the glob pattern below matches (`.md`/`.mdx`, not in dot folders, not starting with
 * `_`), and the ones it skips for starting with `_`.
 */
export async function entryFiles(dir: string): Promise<{ entries: string[]; skipped: string[] }> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  const candidates = names.filter((name) => ENTRY_FILE.test(name)).filter((name) => !name.split(sep).some((part) => part.startsWith('.')));
  const skip = (name: string) => basename(name).startsWith('_');
  return {
    entries: candidates.filter((name) => !skip(name)).map((name) => resolve(dir, name)),
    skipped: candidates.filter(skip).map((name) => resolve(dir, name)),
  };
}

/**
 * What must be refused before Astro reads a single file: a symbolic link leading out of the content
 * folder (it would be published, and a link to a device would never finish reading) and frontmatter
 * using YAML aliases (a few nested ones expand to billions of values in whatever walks the data).
 * Returns the problems and the bytes read, so later checks need not read the files again.
 */
export async function refusedFiles(
  dir: string,
  folder: string,
  root: string,
): Promise<{ problems: string[]; sources: Map<string, Buffer> }> {
  const problems: string[] = [];
  const sources = new Map<string, Buffer>();
  const links = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const link of links.filter((entry) => entry.isSymbolicLink())) {
    const path = resolve(link.parentPath, link.name);
    const target = await realpath(path).catch(() => undefined);
    if (target === undefined || !isInside(folder, target)) {
      problems.push(
        `${relative(root, path)}: is a symbolic link to ${target ?? 'a file that does not exist'}, outside the content ` +
          'folder. Put the file itself in the content folder instead of linking to it.',
      );
    }
  }
  if (problems.length > 0) return { problems, sources };
  for (const file of (await entryFiles(dir)).entries) {
    const bytes = await readFile(file);
    sources.set(file, bytes);
    // Undecodable bytes are reported later as an encoding problem; an alias is ASCII either way.
    const aliases = yamlAliases(frontmatterOf(bytes.toString('utf8')) ?? '');
    if (aliases.length > 0) {
      problems.push(
        `${relative(root, file)}: the frontmatter uses YAML aliases (${aliases.slice(0, 5).join('; ')}` +
          `${aliases.length > 5 ? '; …' : ''}). Write each value out ` +
          'in full instead of referring to an &anchor.',
      );
    }
  }
  return { problems, sources };
}
