/**
 * Serves a build the way a static host would with its `_headers` file: `astro preview` on a free
 * port, sending the file's headers with every response. Preview sends one set of headers for all
 * paths, so a site is served with the headers of one path: the site's pages by default, or those
 * of the editor at /admin/, which has a rule of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'astro';
import { projectRoot } from '../../build/support/astroProject';
import { headersForPath, parseHeadersFile } from '../../build/support/headersFile';

export interface HeadersSite {
  url: string;
  /** The headers the file declares, as sent. */
  headers: Record<string, string>;
  stop(): Promise<void>;
}

export function headersOf(dir: string, path = '/'): Record<string, string> {
  const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const patterns = rules.map((rule) => rule.pattern).filter((pattern) => pattern !== '/admin/*');
  if (patterns.length !== 1 || patterns[0] !== '/*') {
    throw new Error(
      `${join(dir, '_headers')} must hold one rule for "/*" (and one for the editor, "/admin/*"); found ${JSON.stringify(patterns)}.`,
    );
  }
  return headersForPath(rules, path);
}

/** Serves `dir` with `headers` (by default those of its own `_headers` file). */
export async function serveWithHeaders(dir: string, headers = headersOf(dir)): Promise<HeadersSite> {
  const server = await preview({
    root: projectRoot,
    outDir: dir,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, headers },
  });
  return { url: `http://127.0.0.1:${server.port}`, headers, stop: () => server.stop() };
}
