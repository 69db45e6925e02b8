/**
 * `npm run validate`: every check the build makes on content, without building pages. Astro's
 * content sync runs the collections' loaders and schemas (src/content.config.ts) exactly as a build
 * does, so an error reads word for word as the build's; the entries it stores are then read back
 * for the warnings no build fails on (src/lib/validation.ts). Under GitHub Actions each finding is
 * also printed as an annotation, which shows it on the pull request's diff at its file and line.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sync } from 'astro';
import { parse } from 'devalue';
import { mdxToJs } from 'satteri';
import { hubConfig } from '../../src/config/hub.config';
import { contentRoot } from '../../src/data/contentRoot';
import { sanitizeBodies } from '../../src/integrations/sanitizeBodies';
import { parseCodeowners } from '../../src/lib/codeowners';
import type { AllEntries, CollectionName, Entry } from '../../src/lib/entries';
import { collectionNames } from '../../src/lib/entries';
import { scopeFromEnvironment } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { healthDocument, healthRowsPerKind } from '../../src/lib/healthProblems';
import { formatHealthForTerminal } from '../../src/lib/healthTerminal';
import type { Finding } from '../../src/lib/validation';
import { annotation, contentWarnings, fieldLine, findingsFromBuildError } from '../../src/lib/validation';

const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg']);

type StoredEntry = Omit<Entry, 'collection'>;

function repositoryPath(path: string): string {
  return relative(projectRoot, resolve(projectRoot, path)).split('\\').join('/');
}

/** The entries the sync stored, by collection, as the build's `getCollection()` would return them. */
async function storedEntries(cacheDir: string): Promise<AllEntries> {
  const stored = parse(await readFile(join(cacheDir, 'data-store.json'), 'utf8')) as Map<string, Map<string, StoredEntry>>;
  const all = {} as Record<CollectionName, Entry[]>;
  for (const collection of collectionNames) {
    all[collection] = [...(stored.get(collection)?.values() ?? [])].map((entry) => ({ ...entry, collection }) as Entry);
  }
  return all as AllEntries;
}

/** Image files in the content folder and the ones entries point at (image fields and bodies alike). */
async function contentImages(entries: readonly Entry[]): Promise<{ present: string[]; referenced: Set<string> }> {
  const root = resolve(projectRoot, contentRoot());
  const names = await readdir(root, { recursive: true });
  const present = names
    .filter((name) => imageExtensions.has(extname(name).toLowerCase()))
    .map((name) => repositoryPath(join(root, name)))
    .sort();
  const referenced = new Set<string>();
  for (const entry of entries) {
    if (!entry.filePath) continue;
    const folder = dirname(resolve(projectRoot, entry.filePath));
    for (const written of (entry as { assetImports?: string[] }).assetImports ?? [])
      referenced.add(repositoryPath(resolve(folder, written)));
  }
  return { present, referenced };
}

/**
 * Compiles each MDX body as the build does, with the body sanitiser, which the content sync leaves
 * to the build: MDX syntax, imports and expressions fail here with the build's message. The
 * compiler counts a syntax error's lines from the body's start; the build, and this, from the file's.
 */
async function mdxErrors(entries: readonly Entry[]): Promise<string[]> {
  const errors: string[] = [];
  for (const entry of entries) {
    if (!entry.filePath?.endsWith('.mdx')) continue;
    const file = resolve(projectRoot, entry.filePath);
    const source = await readFile(file, 'utf8');
    const body = entry.body ?? '';
    try {
      await mdxToJs(body, { hastPlugins: [sanitizeBodies], fileURL: pathToFileURL(file) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = /^(\d+):(\d+): /u.exec(message);
      if (!at) {
        errors.push(message);
        continue;
      }
      const before = source.slice(0, source.lastIndexOf(body)).split('\n').length - 1;
      const line = Number(at[1]) + before;
      // Worded as the build's compiler error: the reason, then where it is.
      errors.push(`${line}:${at[2]}: ${message.slice(at[0].length)}\n  Location:\n    ${file}:${line}:${at[2]}`);
    }
  }
  return errors;
}

async function reportErrors(messages: string[], started: number, annotate: boolean): Promise<number> {
  const findings = await withLines(messages.flatMap((message) => findingsFromBuildError(message, repositoryPath)));
  if (annotate) for (const finding of findings) console.log(annotation(finding));
  for (const message of messages) console.error(`\n${message}\n`);
  console.error(`✗ content has ${findings.length} error(s), the build would fail on them (${seconds(started)})`);
  return 1;
}

/** Fills in the line of each finding that names a field, from the file as written. */
async function withLines(findings: Finding[]): Promise<Finding[]> {
  const sources = new Map<string, Promise<string | undefined>>();
  const source = (file: string) => {
    if (!sources.has(file))
      sources.set(
        file,
        readFile(resolve(projectRoot, file), 'utf8').catch(() => undefined),
      );
    return sources.get(file);
  };
  return Promise.all(
    findings.map(async (finding) => {
      if (finding.line || !finding.field || !finding.file) return finding;
      const text = await source(finding.file);
      return { ...finding, line: text === undefined ? undefined : fieldLine(text, finding.field) };
    }),
  );
}

function where(finding: Finding): string {
  return finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}: ` : '';
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** `health`: also print what /health/ ranks, for the terminal (`npm run validate -- --health`). */
export async function runValidate(options: { health: boolean } = { health: false }): Promise<number> {
  const started = performance.now();
  const annotate = process.env['GITHUB_ACTIONS'] === 'true';
  // A fresh cache each time: a cached entry is not parsed again, and its schema errors would go unseen.
  const cacheDir = await mkdtemp(join(tmpdir(), 'gtm-validate-'));
  try {
    try {
      await sync({ root: projectRoot, cacheDir, logLevel: 'warn' });
    } catch (error) {
      return await reportErrors([error instanceof Error ? error.message : String(error)], started, annotate);
    }

    const all = await storedEntries(cacheDir);
    const entries = collectionNames.flatMap((name) => all[name] as Entry[]);
    const bodyErrors = await mdxErrors(entries);
    if (bodyErrors.length > 0) return await reportErrors(bodyErrors, started, annotate);
    const codeownersFile = join(projectRoot, '.github', 'CODEOWNERS');
    // What a published build shows, whatever GTM_PREVIEW says: that is what the warnings are about.
    const hub = buildHub(all, scopeFromEnvironment({ ...process.env, GTM_PREVIEW: undefined }, false));
    const warnings = await withLines(
      contentWarnings({
        hub,
        entries,
        dueSoonDays: hubConfig.reviewDueSoonDays,
        codeowners: existsSync(codeownersFile) ? parseCodeowners(await readFile(codeownersFile, 'utf8')) : undefined,
        images: await contentImages(entries),
      }),
    );
    if (annotate) for (const warning of warnings) console.log(annotation(warning));
    for (const warning of warnings) console.warn(`warning: ${where(warning)}${warning.message}`);
    console.log(`✓ ${entries.length} entries valid, ${warnings.length} warning(s) (${seconds(started)})`);
    if (options.health) {
      const document = healthDocument(
        hub,
        { dueSoonDays: hubConfig.reviewDueSoonDays, rowsPerKind: healthRowsPerKind.api },
        hubConfig.internalSiteUrl,
      );
      console.log(`\n${formatHealthForTerminal(document, process.stdout.columns)}`);
    }
    return 0;
  } finally {
    // Astro may still be writing its store into it: retry while the folder fills up again under rm.
    await rm(cacheDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
