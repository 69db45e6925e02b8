/**
 * `npm run new`: reads what the scaffold needs from the machine (taken ids, git identity, the day),
 * asks for collection and title on a terminal when they are not given, and writes the draft.
 * What the draft contains is decided in src/lib/newEntry.ts.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { hubConfig } from '../../src/config/hub.config';
import type { CollectionName } from '../../src/lib/entries';
import { collectionNames } from '../../src/lib/entries';
import { scopeFromEnvironment } from '../../src/lib/gating';
import { NewEntryError, newEntry } from '../../src/lib/newEntry';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const placeholderLogo = join(projectRoot, 'tools', 'lib', 'placeholder-logo.png');
const usage = `Usage: npm run new -- <collection> "<title>"\n  collections: ${collectionNames.join(', ')}`;

/** Ids as Astro derives them from file names: the path without extension or `/index`, lower case. */
async function takenIds(contentRoot: string): Promise<Record<CollectionName, string[]>> {
  const entries = await Promise.all(
    collectionNames.map(async (collection) => {
      const dir = join(contentRoot, collection);
      const files = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
      const ids = files
        .filter((file) => ['.md', '.mdx'].includes(extname(file)) && !file.split(sep).some((part) => part.startsWith('_')))
        .map((file) =>
          file
            .slice(0, -extname(file).length)
            .split(sep)
            .join('/')
            .replace(/(^|\/)index$/u, '')
            .toLowerCase(),
        );
      return [collection, ids] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<CollectionName, string[]>;
}

function gitOwner(env: NodeJS.ProcessEnv): string {
  for (const key of ['user.email', 'user.name']) {
    try {
      const value = execFileSync('git', ['config', key], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (value) return value;
    } catch {
      // not set: try the next key, then let the scaffold say what to set
    }
  }
  return '';
}

async function ask(): Promise<[string, string]> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const collection = (await prompt.question(`Collection (${collectionNames.join(', ')}): `)).trim();
    const title = (await prompt.question('Title: ')).trim();
    return [collection, title];
  } finally {
    prompt.close();
  }
}

/** Runs the command with the environment's content root, day and git identity; returns the exit code. */
export async function runNewEntry(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let [collection, title] = args;
  if (collection === undefined && process.stdin.isTTY) [collection, title] = await ask();
  if (!collection || title === undefined || args.length > 2) {
    console.error(usage);
    return 2;
  }
  const contentRoot = resolve(projectRoot, env['GTM_CONTENT_DIR'] ?? 'src/content');
  try {
    const entry = newEntry({
      collection,
      title,
      owner: gitOwner(env),
      today: scopeFromEnvironment(env, false).today,
      ids: await takenIds(contentRoot),
      settings: hubConfig,
    });
    const file = join(contentRoot, entry.file);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, entry.text, { flag: 'wx' });
    if (entry.placeholderImage) await copyFile(placeholderLogo, join(contentRoot, entry.placeholderImage));
    console.log(`Created ${relative(process.cwd(), file)} (status: draft). Replace every TODO, then preview it with npm start.`);
    return 0;
  } catch (error) {
    if (!(error instanceof NewEntryError)) throw error;
    console.error(`npm run new: ${error.message}`);
    return 1;
  }
}
