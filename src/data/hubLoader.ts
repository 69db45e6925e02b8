import { readdir, readFile, realpath } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { walkRefs } from '../lib/entries';
import { AuthorError, EntryDataError } from '../schemas/authorErrors';
import { pageAddressClash, unclosedFrontmatter, utf8Text } from '../lib/sourceChecks';
import { imageFileProblem, isInside } from './imageFiles';
import { yamlAliases } from './yamlAliases';

/**
 * Where content lives. Tests point this at fixture folders to prove that bad input fails the build.
 */
export function contentRoot(): string {
  return process.env['GTM_CONTENT_DIR'] ?? './src/content';
}

const ENTRY_FILE = /\.(md|mdx)$/u;

/**
 * Entry files the glob pattern below matches (`.md`/`.mdx`, not in dot folders, not starting with
 * `_`), and the ones it skips for starting with `_`.
 */
async function entryFiles(dir: string): Promise<{ entries: string[]; skipped: string[] }> {
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
async function refusedFiles(dir: string, folder: string, root: string): Promise<{ problems: string[]; sources: Map<string, Buffer> }> {
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

/** The id Astro derives from a path when no `slug` is set: the path without extension or `/index`. */
function stem(file: string, dir: string): string {
  const noExt = relative(dir, file).slice(0, -extname(file).length).split(sep).join('/');
  return noExt.replace(/(^|\/)index$/u, '').toLowerCase();
}

/** The YAML between the opening `---` line and the closing one, or undefined without frontmatter. */
function frontmatterOf(source: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/u.exec(source);
  return match?.[1];
}

function walkValues(value: unknown, path: string, visit: (value: unknown, field: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkValues(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walkValues(child, path ? `${path}.${key}` : key, visit);
  }
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_LIKE = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;

/**
 * YAML turns `2027-02-30` into 2 March without a word. Reading the frontmatter without YAML's date
 * type keeps dates as written, so a day that is not in the calendar can be reported. Almost every
 * file has only real dates, so a scan of the raw text decides whether the YAML needs parsing again.
 */
function impossibleDates(source: string): string[] {
  const fm = frontmatterOf(source);
  if (fm === undefined) return [];
  const suspicious = [...fm.matchAll(DATE_LIKE)].some((m) => !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])));
  if (!suspicious) return [];
  let data: unknown;
  try {
    data = yaml.load(fm, { schema: yaml.CORE_SCHEMA });
  } catch {
    return []; // a syntax error is reported by the content layer itself
  }
  const problems: string[] = [];
  walkValues(data, '', (value, field) => {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value) : null;
    if (m && !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
      problems.push(`field "${field}" is ${String(value)}, which is not a day in the calendar. Write a real date as YYYY-MM-DD.`);
    }
  });
  return problems;
}

/** Explains a frontmatter syntax error with the line it points at and the field on the line before. */
async function explainYamlError(error: unknown): Promise<Error | undefined> {
  const file = (error as { loc?: { file?: string } } | undefined)?.loc?.file;
  if (!file || !ENTRY_FILE.test(file)) return undefined;
  const source = await readFile(file, 'utf8').catch(() => undefined);
  const fm = source === undefined ? undefined : frontmatterOf(source);
  if (source === undefined || fm === undefined) return undefined;
  try {
    yaml.load(fm);
    return undefined;
  } catch (yamlError) {
    const mark = (yamlError as { mark?: { line: number }; reason?: string }).mark;
    const reason = (yamlError as { reason?: string }).reason ?? String(yamlError);
    if (!mark) return undefined;
    const lines = source.split(/\r?\n/u);
    // Line 1 of the file is the opening `---`; YAML counts from 0 after it.
    const at = mark.line + 2;
    const show = (n: number) => (lines[n - 1] === undefined ? '' : `\n    line ${n}: ${lines[n - 1]}`);
    return new AuthorError(
      `${file}: the YAML frontmatter cannot be read: ${reason}, near line ${at}.` +
        show(at - 1) +
        show(at) +
        '\nCheck the field on that line and the one before it: close every [ and " you open, and put ' +
        'values that contain ": " or " #" in quotes.',
    );
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
          `, or add ${contentRoot()}/${ref.collection}/${ref.id}.md.`,
      );
    });
  }
  return problems;
}

/**
 * The glob loader for one collection, accepting `.md` (cheap) and `.mdx` (when an entry needs a
 * component). The glob loader only logs files it cannot read or parse and carries on without them;
 * a hub that silently drops a case is worse than one that refuses to build, so any error it logs
 * fails the build here, naming the collection and the file. It also fails, naming file and field, on
 * what Astro lets through: two files that claim one id (Astro notices only when a cached entry
 * exists), references to entries that do not exist (Astro only logs them), dates YAML rolled over
 * (`2027-02-30`), and images that are missing (Astro's error does not name the entry).
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

      const folder = await realpath(resolve(root, contentRoot()));
      const refused = await refusedFiles(dir, folder, root);
      if (refused.problems.length > 0) {
        throw new AuthorError(
          `Content collection "${collection}" has ${refused.problems.length} file(s) that are refused:\n` +
            refused.problems.map((p) => `  - ${p}`).join('\n'),
        );
      }

      const errors: string[] = [];
      const logger = Object.create(context.logger) as typeof context.logger;
      logger.error = (message: string) => {
        errors.push(message);
        context.logger.error(message);
      };
      // Names the file when its front matter does not match the schema (the message names each field).
      const parseData: typeof context.parseData = async (entry) => {
        try {
          return await context.parseData(entry);
        } catch (error) {
          if (!(error instanceof EntryDataError)) throw error;
          const file = entry.filePath ? relative(root, entry.filePath) : `${collection}/${entry.id}`;
          // Without its closing line the front matter reads as body text, and every field as missing.
          const source = entry.filePath ? await readFile(entry.filePath, 'utf8').catch(() => '') : '';
          const unclosed = unclosedFrontmatter(source);
          if (unclosed) throw new AuthorError(`${file}: ${unclosed}`);
          throw new AuthorError(
            `${file}: the front matter (between the --- lines) has ${error.problems.length} problem(s):\n` +
              error.problems.map((p) => `  - ${p}`).join('\n'),
          );
        }
      };
      try {
        await inner.load({ ...context, logger, parseData });
      } catch (error) {
        // Astro notices two files with one id itself when it stores one before reading the other.
        if (error instanceof Error && error.name === 'DuplicateContentEntrySlugError') {
          throw new AuthorError(
            `${error.message.replaceAll('**', '')}\nAn id comes from the file name without extension, so rename or delete one of them.`,
          );
        }
        throw (await explainYamlError(error)) ?? error;
      }
      if (errors.length > 0) {
        throw new AuthorError(
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
      const files = await entryFiles(dir);
      for (const file of files.skipped) {
        context.logger.warn(
          `${relative(root, file)}: skipped, because its name starts with "_" (a note, not an entry). ` +
            'Rename it without the "_" to publish it.',
        );
      }
      const shadowed = files.entries.filter((file) => !stored.has(file));
      if (shadowed.length > 0) {
        const lines = shadowed.map((file) => {
          const rivals = [...stored].filter(([other, id]) => id === stem(file, dir) || stem(other, dir) === stem(file, dir));
          const rival = rivals.map(([other]) => relative(root, other)).join(', ') || 'another file';
          return `  - ${relative(root, file)} has the same id as ${rival}`;
        });
        throw new AuthorError(
          `Content collection "${collection}" has ${shadowed.length} file(s) whose id is already taken:\n` +
            lines.join('\n') +
            '\nAn id comes from the file name without extension (or the `slug` field), so `foo.md` and ' +
            '`foo.mdx` clash. Rename or delete one of them.',
        );
      }

      // Dates YAML silently rolled over, and images that are missing, outside the folder or unsafe.
      const fileProblems: string[] = [];
      for (const entry of context.store.values()) {
        if (!entry.filePath) continue;
        const file = resolve(root, entry.filePath);
        const source = utf8Text(refused.sources.get(file) ?? (await readFile(file)));
        if (typeof source !== 'string') {
          fileProblems.push(`${entry.filePath}: ${source.problem}`);
          continue;
        }
        for (const problem of impossibleDates(source)) fileProblems.push(`${entry.filePath}: ${problem}`);
        const clash = pageAddressClash(collection, entry.id);
        if (clash) fileProblems.push(`${entry.filePath}: ${clash}`);
        // Image fields hold the path as written; the store lists them, and the body's images, in `assetImports`.
        const images = new Map((entry.assetImports ?? []).map((path) => [path, 'body']));
        walkValues(entry.data, '', (value, field) => {
          if (typeof value === 'string' && images.has(value)) images.set(value, field);
        });
        for (const [value, field] of images) {
          const problem = await imageFileProblem(file, value, { root, contentDir: folder });
          if (problem) fileProblems.push(`${entry.filePath}: field "${field}" points to "${value}"${problem}`);
        }
      }
      if (fileProblems.length > 0) {
        throw new AuthorError(
          `Content collection "${collection}" has ${fileProblems.length} invalid field(s):\n` +
            fileProblems.map((p) => `  - ${p}`).join('\n'),
        );
      }

      loadedStores.set(collection, context.store);
      const problems = brokenReferences(collection, context.store);
      for (const [other, store] of loadedStores) {
        if (other !== collection) problems.push(...brokenReferences(other, store, collection));
      }
      if (problems.length > 0) {
        throw new AuthorError(
          `${problems.length} broken reference(s) to ${collection} or from it:\n` + problems.map((p) => `  - ${p}`).join('\n'),
        );
      }
    },
  };
}
