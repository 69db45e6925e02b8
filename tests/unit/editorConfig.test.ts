/**
 * The editor's configuration against the content schemas, field by field: every field has a widget,
 * and each widget's constraints (required, enum options, list lengths, number bounds, word limits)
 * say what the schema says. The schemas are read here through Zod's own API, independently of the
 * generator, which reads their JSON Schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it, vi } from 'vitest';
import { editorSchemas, hubEditorConfig } from '../../src/data/editorConfig';
import type { EditorConfig, EditorField } from '../../src/lib/editorConfig';
import {
  contentRepository,
  editorConfig,
  editorFields,
  editorHeadersRule,
  EditorConfigError,
  wordLimitPattern,
} from '../../src/lib/editorConfig';
import { collectionNames } from '../../src/lib/entries';
import { fieldKinds } from '../../src/schemas/fields';
import { hubConfig } from '../../src/config/hub.config';

// Astro's reference() exists only inside a build; the same shape stands in for it here.
vi.mock('astro:content', async () => {
  const { z: zod } = await import('astro/zod');
  return {
    reference: (collection: string) =>
      zod.union([zod.string(), zod.object({ id: zod.string(), collection: zod.string() })]).transform((id) => ({ id, collection })),
  };
});

const projectRoot = join(import.meta.dirname, '..', '..');
const config = hubEditorConfig('https://hub.example/');

/** Sveltia's pattern string, `/source/flags`, as a RegExp. */
function patternOf(field: Pick<EditorField, 'pattern'>): RegExp {
  const [source] = field.pattern ?? [''];
  const match = /^\/(.+)\/([a-z]*)$/su.exec(source);
  return match ? new RegExp(match[1]!, match[2]) : new RegExp(source);
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

interface Unwrapped {
  schema: z.ZodType;
  optional: boolean;
}

function unwrap(schema: z.ZodType): Unwrapped {
  let optional = false;
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodDefault) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else return { schema: current, optional };
  }
}

function lengthChecks(schema: z.ZodType): { min?: number; max?: number } {
  const checks = (schema._zod.def as { checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[] }).checks ?? [];
  const bounds: { min?: number; max?: number } = {};
  for (const { _zod } of checks) {
    if (_zod.def.check === 'min_length' && _zod.def.minimum !== undefined) bounds.min = _zod.def.minimum;
    if (_zod.def.check === 'max_length' && _zod.def.maximum !== undefined) bounds.max = _zod.def.maximum;
  }
  return bounds;
}

/**
 * What disagrees between a schema's fields and the editor's: each line names the field. Empty when
 * the editor offers every field, and nothing else, with the schema's constraints.
 */
function disagreements(where: string, schema: z.ZodType, fields: EditorField[]): string[] {
  const object = unwrap(schema).schema;
  if (!(object instanceof z.ZodObject)) return [`${where}: not an object schema`];
  const shape = object.shape as Record<string, z.ZodType>;
  const problems: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const extra of fields.filter((f) => !(f.name in shape) && !(where.indexOf('.') === -1 && f.name === 'body'))) {
    problems.push(`${where}.${extra.name}: in the editor, not in the schema`);
  }
  for (const [name, fieldSchema] of Object.entries(shape)) {
    const field = byName.get(name);
    const at = `${where}.${name}`;
    if (!field) {
      problems.push(`${at}: no editor widget`);
      continue;
    }
    const { schema: inner, optional } = unwrap(fieldSchema);
    if (field.required === optional)
      problems.push(`${at}: the schema ${optional ? 'may leave it out' : 'requires it'}, the editor says required: ${field.required}`);
    problems.push(...valueDisagreements(at, inner, field));
  }
  return problems;
}

function valueDisagreements(at: string, schema: z.ZodType, field: Omit<EditorField, 'name'> & { name?: string }): string[] {
  const kind = fieldKinds.get(schema);
  const expectWidget = (widget: string) => (field.widget === widget ? [] : [`${at}: a ${widget} field, shown as ${field.widget}`]);
  if (kind?.kind === 'reference') {
    return [
      ...expectWidget('relation'),
      ...(field.collection === kind.collection ? [] : [`${at}: refers to ${kind.collection}, the editor to ${field.collection}`]),
    ];
  }
  if (kind?.kind === 'date')
    return [...expectWidget('datetime'), ...(field.format === 'YYYY-MM-DD' ? [] : [`${at}: a day is stored as YYYY-MM-DD`])];
  if (kind?.kind === 'image') return expectWidget('image');
  if (kind?.kind === 'words') {
    const pattern = patternOf(field);
    const agree = (n: number) => schema.safeParse(words(n)).success === pattern.test(words(n));
    return agree(kind.max) && agree(kind.max + 1) && pattern.test(words(kind.max))
      ? []
      : [`${at}: the word limit of ${kind.max} is not the editor's`];
  }
  if (schema instanceof z.ZodEnum) {
    const options = schema.options.map(String);
    return [
      ...expectWidget('select'),
      ...(JSON.stringify(field.options) === JSON.stringify(options)
        ? []
        : [`${at}: options ${options.join(', ')}, the editor offers ${field.options?.join(', ')}`]),
    ];
  }
  if (schema instanceof z.ZodString || (schema instanceof z.ZodPipe && schema.in instanceof z.ZodString)) {
    return ['string', 'text'].includes(field.widget) ? [] : [`${at}: text, shown as ${field.widget}`];
  }
  if (schema instanceof z.ZodNumber) return numberDisagreements(at, schema, field);
  if (schema instanceof z.ZodBoolean) return expectWidget('boolean');
  if (schema instanceof z.ZodObject) return [...expectWidget('object'), ...disagreements(at, schema, field.fields ?? [])];
  if (schema instanceof z.ZodArray) return listDisagreements(at, schema, field);
  return [`${at}: a schema type the check does not know (${schema._zod.def.type})`];
}

function numberDisagreements(at: string, schema: z.ZodNumber, field: Omit<EditorField, 'name'>): string[] {
  const problems = field.widget === 'number' ? [] : [`${at}: a number, shown as ${field.widget}`];
  if ((field.value_type === 'int') !== Boolean(schema.isInt))
    problems.push(`${at}: whole numbers ${schema.isInt ? 'only' : 'not required'}, the editor's value_type is ${field.value_type}`);
  // A bound is the schema's edge: the value just outside it is refused, the value at it (or, for a
  // decimal bound the schema excludes, a hair inside it) accepted.
  const step = schema.isInt ? 1 : 0.5;
  const hair = schema.isInt ? 0 : 1e-9;
  for (const [bound, value, sign] of [
    ['min', field.min, -1],
    ['max', field.max, 1],
  ] as const) {
    if (value === undefined) {
      const edge = bound === 'min' ? schema.minValue : schema.maxValue;
      if (edge !== null && Math.abs(edge) < Number.MAX_SAFE_INTEGER)
        problems.push(`${at}: the schema bounds it (${bound} ${edge}), the editor does not`);
    } else if (schema.safeParse(value + sign * step).success || !schema.safeParse(value - sign * hair).success) {
      problems.push(`${at}: the editor's ${bound} ${value} is not the schema's`);
    }
  }
  return problems;
}

function listDisagreements(at: string, schema: z.ZodArray, field: Omit<EditorField, 'name'>): string[] {
  const problems: string[] = [];
  const { min, max } = lengthChecks(schema);
  if (field.min !== min) problems.push(`${at}: at least ${min ?? 0} items, the editor says ${field.min ?? 0}`);
  if (field.max !== max) problems.push(`${at}: at most ${max ?? 'any'} items, the editor says ${field.max ?? 'any'}`);
  const element = schema.element as z.ZodType;
  const kind = fieldKinds.get(element);
  if (kind?.kind === 'reference' || element instanceof z.ZodEnum) {
    if (!field.multiple) problems.push(`${at}: a list, the editor takes one value`);
    return [...problems, ...valueDisagreements(at, element, field)];
  }
  if (field.widget !== 'list') return [...problems, `${at}: a list, shown as ${field.widget}`];
  if (element instanceof z.ZodObject) return [...problems, ...disagreements(`${at}[]`, element, field.fields ?? [])];
  return [
    ...problems,
    ...(field.field ? valueDisagreements(`${at}[]`, element, field.field) : [`${at}[]: no editor widget for the items`]),
  ];
}

describe('the editor configuration generated from the schemas', () => {
  it('is a valid Sveltia CMS configuration, by the JSON Schema Sveltia publishes', () => {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const misspelt = structuredClone(config);
    Object.assign(misspelt.collections[0]!.fields[0]!, { optons: ['draft'] });
    expect(validate(misspelt)).toBe(false);
  });

  it('saves every change as a pull request to the content repository named by feedbackUrl', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'marketing/gtm-hub' });
  });

  it('offers every collection, in the hub’s order', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...collectionNames]);
  });

  it.each(collectionNames)('gives every field of %s a widget that agrees with the schema', (name) => {
    const collection = config.collections.find((c) => c.name === name)!;
    expect(disagreements(name, editorSchemas[name], collection.fields)).toEqual([]);
  });

  it('edits the front matter and the Markdown body of each entry', () => {
    for (const collection of config.collections) {
      expect(collection.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
    }
  });
});

describe('the agreement check', () => {
  const cases = () => structuredClone(config.collections.find((c) => c.name === 'cases')!.fields);
  const field = (fields: EditorField[], name: string) => fields.find((f) => f.name === name)!;

  it('names a schema field the editor lacks', () => {
    const fields = cases().filter((f) => f.name !== 'region');
    expect(disagreements('cases', editorSchemas.cases, fields)).toEqual(['cases.region: no editor widget']);
  });

  it('names a required field the editor lets go, and an enum option it lacks', () => {
    const fields = cases();
    field(fields, 'customer').required = false;
    field(fields, 'size').options = ['smb', 'enterprise'];
    expect(disagreements('cases', editorSchemas.cases, fields)).toEqual([
      'cases.customer: the schema requires it, the editor says required: false',
      'cases.size: options smb, mid-market, enterprise, the editor offers smb, enterprise',
    ]);
  });

  it('names a reference to the wrong collection, a list length and a nested field', () => {
    const fields = cases();
    field(fields, 'industry').collection = 'personas';
    delete field(fields, 'products').min;
    field(fields, 'logo').fields = field(fields, 'logo').fields!.filter((f) => f.name !== 'alt');
    expect(disagreements('cases', editorSchemas.cases, fields)).toEqual([
      'cases.industry: refers to industries, the editor to personas',
      'cases.products: at least 1 items, the editor says 0',
      'cases.logo.alt: no editor widget',
    ]);
  });

  it('names number bounds and word limits the editor does not hold', () => {
    const competitors = structuredClone(config.collections.find((c) => c.name === 'competitors')!.fields);
    const curve = field(competitors, 'valueCurve').fields!;
    field(curve, 'us').max = 100;
    expect(disagreements('competitors', editorSchemas.competitors, competitors)).toEqual([
      "competitors.valueCurve[].us: the editor's max 100 is not the schema's",
    ]);

    const messaging = structuredClone(config.collections.find((c) => c.name === 'messaging')!.fields);
    field(field(messaging, 'boilerplates').fields!, 'short').pattern = [wordLimitPattern(30), 'At most 30 words.'];
    expect(disagreements('messaging', editorSchemas.messaging, messaging)).toEqual([
      `messaging.boilerplates.short: the word limit of ${hubConfig.boilerplateWordLimits.short} is not the editor's`,
    ]);
  });
});

describe('a schema field with no widget', () => {
  it('stops the generator, naming the collection and the field', () => {
    const schema = z.strictObject({ title: z.string(), scores: z.record(z.string(), z.number()) });
    expect(() => editorFields('scorecards', schema)).toThrow(EditorConfigError);
    expect(() => editorFields('scorecards', schema)).toThrow(/^scorecards\.scores: no editor widget fits this field/u);
    const nested = z.strictObject({ title: z.string(), steps: z.array(z.strictObject({ at: z.tuple([z.number(), z.number()]) })) });
    expect(() => editorFields('routes', nested)).toThrow(/^routes\.steps\[\]\.at: no editor widget/u);
  });
});

describe('word limits in the editor', () => {
  const limit = new RegExp(wordLimitPattern(3).slice(1, -2), 'u');

  it('accepts up to the limit and refuses one word more', () => {
    expect(limit.test('')).toBe(true);
    expect(limit.test('one two three')).toBe(true);
    expect(limit.test('one two three four')).toBe(false);
  });

  it('counts as the build does: a lone dash is no word, a hyphenated compound is one', () => {
    expect(limit.test('fast — real-time — safe')).toBe(true);
    expect(limit.test('🚀 fast safe')).toBe(true);
    expect(limit.test('🚀 fast safe sound')).toBe(false);
  });

  it('never refuses text without spaces, which the build counts by dictionary', () => {
    expect(limit.test('数据治理平台让每个团队都能安全地使用数据')).toBe(true);
  });
});

describe('where entries live', () => {
  const contentDir = join(projectRoot, 'src/content');

  it.each(collectionNames)('finds every .md entry of %s where its files are', (name) => {
    const collection = config.collections.find((c) => c.name === name)!;
    const files = readdirSync(join(contentDir, name), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.md') && !f.split('/').at(-1)!.startsWith('_'),
    );
    const shape = collection.path === '{{slug}}/index' ? /^[^/]+\/index\.md$/u : /^[^/]+\.md$/u;
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !shape.test(f))).toEqual([]);
    expect(collection.folder).toBe(`src/content/${name}`);
  });

  it('leaves .mdx entries (those with components) to developers', () => {
    expect(config.collections.every((c) => c.extension === 'md')).toBe(true);
  });

  it('keeps images next to the entry in the collections that have them', () => {
    const withImages = config.collections.filter((c) => c.media_folder === './').map((c) => c.name);
    expect(withImages).toEqual(['cases', 'campaigns']);
  });
});

describe('the repository the editor saves to', () => {
  it('is read from the new-issue address, on github.com or a GitHub Enterprise Server', () => {
    expect(contentRepository('https://github.com/acme/hub/issues/new')).toEqual({ repo: 'acme/hub', apiRoot: 'https://api.github.com' });
    expect(contentRepository('https://git.acme.example/marketing/hub/issues/new')).toEqual({
      repo: 'marketing/hub',
      apiRoot: 'https://git.acme.example/api/v3',
    });
    expect(() => contentRepository('https://git.acme.example/issues')).toThrow(/feedbackUrl .* does not name a repository/u);
  });

  it('gets a GraphQL address beside a GitHub Enterprise Server’s REST API', () => {
    const enterprise: EditorConfig = editorConfig({
      contentDir: 'src/content',
      feedbackUrl: 'https://git.acme.example/marketing/hub/issues/new',
      siteUrl: 'https://hub.example/',
      title: 'Hub',
      logo: '/favicon.svg',
      collections: [],
    });
    expect(enterprise.backend).toEqual({
      name: 'github',
      repo: 'marketing/hub',
      auth_methods: ['token'],
      api_root: 'https://git.acme.example/api/v3',
      graphql_api_root: 'https://git.acme.example/api/graphql',
    });
  });
});

describe('the editor’s headers', () => {
  const site = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self'; object-src 'none'; frame-ancestors 'none'";

  it('replace the site policy on /admin/* with one that reaches the repository API and nothing else', () => {
    const rule = editorHeadersRule(site, contentRepository('https://github.com/acme/hub/issues/new'));
    expect(rule.split('\n').slice(0, 2)).toEqual(['/admin/*', '  ! Content-Security-Policy']);
    const policy = /Content-Security-Policy: (.+)/u.exec(rule)![1]!;
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("connect-src 'self' blob: data: https://api.github.com");
    expect(policy).toContain("font-src 'self' https://cdn.jsdelivr.net");
    expect(policy).toContain("img-src 'self' blob: data: https://api.github.com https://avatars.githubusercontent.com");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/(?<!wasm-)unsafe-eval|script-src[^;]*https:/u);
  });
});
