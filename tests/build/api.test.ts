/**
 * The static JSON API: every document validates against the JSON Schema the build serves, is
 * versioned, lists only what the build publishes, and a partner build's documents hold public
 * content only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { Audience } from './support/content';
import { loadContent, published } from './support/content';
import { distDirs, encodings } from './support/dist';

const entries = loadContent();
// The builds that carry toolkits, messaging and kits; the customer's library has none (public-build.test.ts).
const audiences: Audience[] = ['internal', 'partner'];

type Json = Record<string, unknown>;

function readJson(dir: string, path: string): Json {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as Json;
}

/** The file a URL of this site points at in the output folder. */
function localPath(url: string): string {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

describe.each(audiences)('%s build: JSON API', (audience) => {
  const dir = distDirs[audience];
  const shown = published(entries, audience);
  const shownKeys = new Set(shown.map((e) => `${e.collection}/${e.id}`));
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const name of readdirSync(join(dir, 'api', 'schema'))) ajv.addSchema(readJson(dir, `api/schema/${name}`));
  const validator = (name: string) => {
    const schema = ajv.getSchema(new URL(`/api/schema/${name}.v1.json`, String(readJson(dir, 'api/index.json')['$schema'])).toString());
    if (!schema) throw new Error(`no schema ${name}.v1 in ${dir}/api/schema/`);
    return schema;
  };
  const index = readJson(dir, 'api/index.json') as Json & {
    messaging: { product: string; url: string; page: string }[];
    kits: { id: string; url: string; page: string; archive: string }[];
  };

  it('serves versioned schemas whose ids say v1', () => {
    for (const name of ['messaging', 'kit', 'index']) {
      const schema = readJson(dir, `api/schema/${name}.v1.json`);
      expect(String(schema['$id'])).toMatch(new RegExp(`/api/schema/${name}\\.v1\\.json$`, 'u'));
    }
  });

  it('has an index that validates and lists every published product and kit, each document present', () => {
    const validate = validator('index');
    expect(validate(index), JSON.stringify(validate.errors)).toBe(true);
    expect(index['audience']).toBe(audience);
    expect(index.messaging.map((m) => m.product).sort()).toEqual(
      shown
        .filter((e) => e.collection === 'products')
        .map((e) => e.id)
        .sort(),
    );
    expect(index.kits.map((k) => k.id).sort()).toEqual(
      shown
        .filter((e) => e.collection === 'campaigns' || e.collection === 'solutions')
        .map((e) => e.id)
        .sort(),
    );
    const missing = [...index.messaging.flatMap((m) => [m.url, m.page]), ...index.kits.flatMap((k) => [k.url, k.page, k.archive])]
      .map(localPath)
      .filter((path) => !existsSync(join(dir, path)));
    expect(missing).toEqual([]);
  });

  it('serves messaging documents that validate and hold only published messaging', () => {
    const validate = validator('messaging');
    const problems = index.messaging.flatMap(({ url }) => {
      const doc = readJson(dir, localPath(url)) as Json & { messaging: { id: string; governance: { audience: string } }[] };
      const invalid = validate(doc) ? [] : [`${url}: ${JSON.stringify(validate.errors)}`];
      const unpublished = doc.messaging.filter((m) => !shownKeys.has(`messaging/${m.id}`)).map((m) => `${url} holds messaging/${m.id}`);
      return [...invalid, ...unpublished];
    });
    expect(problems).toEqual([]);
  });

  it('serves kit documents that validate and are compiled only from published sources', () => {
    const validate = validator('kit');
    const problems = index.kits.flatMap(({ url }) => {
      const doc = readJson(dir, localPath(url)) as Json & { sources: { collection: string; id: string }[] };
      const invalid = validate(doc) ? [] : [`${url}: ${JSON.stringify(validate.errors)}`];
      const unpublished = doc.sources
        .filter((s) => !shownKeys.has(`${s.collection}/${s.id}`))
        .map((s) => `${url} draws on ${s.collection}/${s.id}`);
      return [...invalid, ...unpublished];
    });
    expect(problems).toEqual([]);
  });
});

describe('public build: JSON API', () => {
  it('lists no messaging and no kit: the customer’s library has neither', () => {
    const index = readJson(distDirs.public, 'api/index.json');
    expect(index).toMatchObject({ audience: 'public', messaging: [], kits: [] });
  });
});

describe('partner build: JSON API', () => {
  const dir = distDirs.partner;
  const internal = new Set(entries.filter((e) => e.audience === 'internal').map((e) => `${e.collection}/${e.id}`));

  it('holds customer-facing content only', () => {
    const docs = readdirSync(join(dir, 'api'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json') && !name.startsWith('schema'))
      .map((name) => ({ name, text: readFileSync(join(dir, 'api', name), 'utf8') }));
    const leaks = docs.flatMap(({ name, text }) => {
      const doc = JSON.parse(text) as Json;
      const internalGovernance = text.includes('"audience":"internal"') ? [`api/${name} has internal content`] : [];
      const sources = ((doc['sources'] ?? []) as { collection: string; id: string }[])
        .filter((s) => internal.has(`${s.collection}/${s.id}`))
        .map((s) => `api/${name} draws on internal ${s.collection}/${s.id}`);
      return [...internalGovernance, ...sources];
    });
    expect(leaks).toEqual([]);
  });
});

describe('internal build: JSON API', () => {
  const dir = distDirs.internal;
  const internalCases = entries.filter((e) => e.collection === 'cases' && e.audience === 'internal');

  it('names no internal-only customer in messaging or kit documents: both are customer-facing copy', () => {
    expect(internalCases.length).toBeGreaterThan(0);
    const docs = readdirSync(join(dir, 'api'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.json') && (name.startsWith('messaging') || name.startsWith('kits')))
      .map((name) => ({ name, text: readFileSync(join(dir, 'api', name), 'utf8') }));
    expect(docs.length).toBeGreaterThan(0);
    const leaks = docs.flatMap(({ name, text }) =>
      internalCases
        .filter((c) => [...encodings(String(c.data['customer'] ?? '')), `/cases/${c.id}/`].some((needle) => text.includes(needle)))
        .map((c) => `api/${name} names ${String(c.data['customer'])} (${c.file})`),
    );
    expect(leaks).toEqual([]);
  });
});
