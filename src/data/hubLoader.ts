import { readdir } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { EntryRef } from '../lib/entries';
import { isEntryRef } from '../lib/entries';

/**
 * Where content lives. Tests point this at fixture folders to prove that bad input fails the build.
 */
export function contentRoot(): string {
  return process.env['GTM_CONTENT_DIR'] ?? './src/content';
}

const ENTRY_FILE = /\.(md|mdx)$/u;

/** Entry files the glob pattern below matches: `.md`/`.mdx`, not starting with `_`, no dot folders. */
async function entryFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return names
    .filter((name) => ENTRY_FILE.test(name) && !basename(name).startsWith('_'))
    .filter((name) => !name.split(sep).some((part) => part.startsWith('.')))
    .map((name) => resolve(dir, name));
}

/** The id Astro derives from a path when no `slug` is set: the path without extension or `/index`. */
function stem(file: string, dir: string): string {
  const noExt = relative(dir, file).slice(0, -extname(file).length).split(sep).join('/');
  return noExt.replace(/(^|\/)index$/u, '').toLowerCase();
}

function walkRefs(value: unknown, path: string, visit: (ref: EntryRef, field: string) => void): void {
  if (isEntryRef(value)) {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkRefs(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walkRefs(child, path ? `${path}.${key}` : key, visit);
  }
}

/**
 * Stores of the collections loaded so far. Astro loads collections concurrently and only logs
 * references to missing entries; here each pair of collections is checked once, by whichever of
 * the two finishes loading last, so a broken reference fails the build naming file and field.
 */
const loadedStores = new Map<string, DataStore>();

function brokenReferences(from: string, store: DataStore, onlyTo?: string): string[] {
  const problems: string[] = [];
  for (const entry of store.values()) {
    walkRefs(entry.data, '', (ref, field) => {
      if (onlyTo !== undefined && ref.collection !== onlyTo) return;
      const target = loadedStores.get(ref.collection);
      if (!target || target.has(ref.id)) return;
      const known = target.keys().sort();
      problems.push(
        `${entry.filePath ?? `${from}/${entry.id}`}: field "${field}" references "${ref.id}" in ` +
          `${ref.collection}, but no such entry exists. Use the id (file name without extension) of an ` +
          `existing ${ref.collection} entry` +
          (known.length > 0 ? `, one of: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}` : '') +
          `, or add src/content/${ref.collection}/${ref.id}.md.`,
      );
    });
  }
  return problems;
}

/**
 * The glob loader for one collection, accepting `.md` (cheap) and `.mdx` (when an entry needs a
 * component). The glob loader only logs files it cannot read or parse and carries on without them;
 * a hub that silently drops a case is worse than one that refuses to build, so any error it logs
 * fails the build here, naming the collection and the file. It also fails on two files that claim
 * the same id (which Astro only notices when a cached entry exists) and on references to entries
 * that do not exist (which Astro only logs).
 */
export function hubLoader(collection: string): Loader {
  const base = `${contentRoot()}/${collection}`;
  const inner = glob({ pattern: '**/[^_]*.{md,mdx}', base });
  return {
    name: 'gtm-hub-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = resolve(root, base);
      loadedStores.delete(collection);

      // A cache written by a build of another content root must not shadow or clash with this one.
      for (const entry of context.store.values()) {
        const file = entry.filePath ? resolve(root, entry.filePath) : undefined;
        if (!file || relative(dir, file).startsWith('..') || isAbsolute(relative(dir, file))) {
          context.store.delete(entry.id);
        }
      }

      const errors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        errors.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      if (errors.length > 0) {
        throw new Error(
          `Content collection "${collection}" has ${errors.length} file(s) that could not be read:\n` +
            errors.map((e) => `  - ${e}`).join('\n') +
            '\nFix the file (often malformed YAML frontmatter between the --- lines) and build again.',
        );
      }

      // Two files with one id: only one reaches the store, the other would vanish without a word.
      const stored = new Map<string, string>();
      for (const entry of context.store.values()) {
        if (entry.filePath) stored.set(resolve(root, entry.filePath), entry.id);
      }
      const shadowed = (await entryFiles(dir)).filter((file) => !stored.has(file));
      if (shadowed.length > 0) {
        const lines = shadowed.map((file) => {
          const rivals = [...stored].filter(([other, id]) => id === stem(file, dir) || stem(other, dir) === stem(file, dir));
          const rival = rivals.map(([other]) => relative(root, other)).join(', ') || 'another file';
          return `  - ${relative(root, file)} has the same id as ${rival}`;
        });
        throw new Error(
          `Content collection "${collection}" has ${shadowed.length} file(s) whose id is already taken:\n` +
            lines.join('\n') +
            '\nAn id comes from the file name without extension (or the `slug` field), so `foo.md` and ' +
            '`foo.mdx` clash. Rename or delete one of them.',
        );
      }

      loadedStores.set(collection, context.store);
      const problems = brokenReferences(collection, context.store);
      for (const [other, store] of loadedStores) {
        if (other !== collection) problems.push(...brokenReferences(other, store, collection));
      }
      if (problems.length > 0) {
        throw new Error(
          `Content collection "${collection}" is linked by ${problems.length} broken reference(s):\n` +
            problems.map((p) => `  - ${p}`).join('\n'),
        );
      }
    },
  };
}
