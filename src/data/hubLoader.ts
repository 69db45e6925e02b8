import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';

/**
 * Where content lives. Tests point this at fixture folders to prove that bad input fails the build.
 */
export function contentRoot(): string {
  return process.env['GTM_CONTENT_DIR'] ?? './src/content';
}

/**
 * The glob loader for one collection, accepting `.md` (cheap) and `.mdx` (when an entry needs a
 * component). The glob loader only logs files it cannot read or parse and carries on without them;
 * a hub that silently drops a case is worse than one that refuses to build, so any error it logs
 * fails the build here, naming the collection and the file.
 */
export function hubLoader(collection: string): Loader {
  const inner = glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentRoot()}/${collection}` });
  return {
    name: 'gtm-hub-loader',
    load: async (context) => {
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
    },
  };
}
