import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { AuthorError, EntryDataError } from '../schemas/authorErrors';
import { pageAddressClash, unclosedFrontmatter, utf8Text } from '../lib/sourceChecks';
import { contentRoot } from './contentRoot';
import { brokenReferences, loadedStores } from './loaderChecks/brokenReferences';
import { entryFiles, refusedFiles } from './loaderChecks/entryFiles';
import { walkValues } from './loaderChecks/frontmatter';
import { imageFileProblem } from './loaderChecks/imageFiles';
import { impossibleDates } from './loaderChecks/impossibleDates';
import { explainYamlError } from './loaderChecks/yamlErrors';

/** The id Astro derives from a path when no `slug` is set: the path without extension or `/index`. */
function stem(file: string, dir: string): string {
  const noExt = relative(dir, file).slice(0, -extname(file).length).split(sep).join('/');
  return noExt.replace(/(^|\/)index$/u, '').toLowerCase();
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
