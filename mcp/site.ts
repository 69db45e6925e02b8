/**
 * Where the server reads a build: a folder (`dist/`) or the address it is served at. Documents name
 * absolute URLs on the build's own address, which may not be where it is read from, so every read
 * goes by the URL's path alone.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface Site {
  /** What the server was pointed at, for messages. */
  source: string;
  /** The file at this path or URL (its path is used), as text; undefined when the build has none. */
  read(pathOrUrl: string): Promise<string | undefined>;
}

function pathOf(pathOrUrl: string): string {
  return decodeURIComponent(new URL(pathOrUrl, 'http://build.invalid/').pathname);
}

export function openSite(source: string): Site {
  if (/^https?:\/\//u.test(source)) {
    const base = source.endsWith('/') ? source : `${source}/`;
    return {
      source,
      async read(pathOrUrl) {
        const response = await fetch(new URL(`.${pathOf(pathOrUrl)}`, base));
        return response.ok ? response.text() : undefined;
      },
    };
  }
  const root = resolve(source);
  return {
    source,
    async read(pathOrUrl) {
      const file = join(root, pathOf(pathOrUrl));
      // A path that climbs out of the build folder reads nothing.
      if (!file.startsWith(root)) return undefined;
      try {
        return await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
