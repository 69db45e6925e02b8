/**
 * The configuration of the editor at /admin/ (Sveltia CMS), generated from the content schemas so
 * that every field is declared once, in Zod. Each field becomes the widget its type calls for, with
 * the schema's constraints: required or not, the options of an enum, the number of items of a list,
 * a number's bounds, a boilerplate's word limit. A field no widget fits stops the build here, naming
 * the collection and the field, rather than leaving it out of the editor.
 */
import { z } from 'astro/zod';
import type { FieldKind } from '../schemas/fields';
import { fieldKinds } from '../schemas/fields';

/** A JSON Schema node as `z.toJSONSchema` writes it, with the field's kind where it has one. */
interface SchemaNode {
  type?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: SchemaNode[];
  'x-kind'?: FieldKind;
}

/** One field of the editor, in Sveltia CMS's configuration format. */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'number' | 'boolean' | 'datetime' | 'select' | 'list' | 'object' | 'relation' | 'image';
  required: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  pattern?: [string, string];
  field?: Omit<EditorField, 'name'> & { name: string };
  fields?: EditorField[];
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  path: string;
  extension: 'md';
  format: 'yaml-frontmatter';
  identifier_field: 'title';
  summary: string;
  media_folder?: string;
  fields: EditorField[];
}

export interface EditorConfig {
  backend: { name: 'github'; repo: string; auth_methods: ['token']; api_root?: string; graphql_api_root?: string };
  publish_mode: 'editorial_workflow';
  app_title: string;
  site_url: string;
  logo: { src: string };
  media_folder: string;
  output: { omit_empty_optional_fields: true };
  collections: EditorCollection[];
}

/** A content collection as the editor sees it. */
export interface CollectionInput {
  name: string;
  label: { one: string; many: string };
  schema: z.ZodType;
}

export class EditorConfigError extends Error {}

/** The repository the hub's content lives in, read from its "new issue" address. */
export interface ContentRepository {
  /** `owner/name`. */
  repo: string;
  /** Where the repository's REST API is: github.com's, or a GitHub Enterprise Server's own. */
  apiRoot: string;
}

export function contentRepository(feedbackUrl: string): ContentRepository {
  const url = new URL(feedbackUrl);
  const [owner, name] = url.pathname.split('/').filter(Boolean);
  if (!owner || !name) {
    throw new EditorConfigError(
      `feedbackUrl (${feedbackUrl}) does not name a repository: write it as https://<git host>/<owner>/<repository>/issues/new in src/config/hub.config.ts.`,
    );
  }
  const apiRoot = url.hostname === 'github.com' ? 'https://api.github.com' : `${url.origin}/api/v3`;
  return { repo: `${owner}/${name}`, apiRoot };
}

/**
 * Fields that hold a name or a short phrase get a one-line input; every other text a text area.
 * Both store the same string: this decides only the size of the box.
 */
const oneLineFields = new Set([
  'title',
  'owner',
  'customer',
  'name',
  'label',
  'value',
  'author',
  'role',
  'currency',
  'price',
  'source',
  'subject',
  'talkTitle',
  'factor',
  'alt',
  'claim',
  'tagline',
]);

/** "reviewBy" → "Review by", "valueProps" → "Value props". */
function fieldLabel(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A pattern that accepts at most `max` words. A word is a run of non-space characters holding a
 * letter, a digit or an emoji; a lone dash or bullet is free, as in the build's count. Text without
 * spaces (Chinese, Japanese) reads as one word here, so the editor never refuses what the build
 * accepts; the build, which segments such text by dictionary, has the last word.
 */
export function wordLimitPattern(max: number): string {
  const sign = '[\\p{L}\\p{N}\\p{Extended_Pictographic}]';
  const notSign = '[^\\s\\p{L}\\p{N}\\p{Extended_Pictographic}]';
  const free = `(?:${notSign}+(?:\\s+|$))*`;
  return `/^${free}(?:${notSign}*${sign}\\S*(?:\\s+|$)${free}){0,${max}}$/u`;
}

function jsonSchemaOf(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const kind = fieldKinds.get(zodSchema);
      if (kind) (jsonSchema as SchemaNode)['x-kind'] = kind;
    },
  }) as SchemaNode;
}

/** What a field's description says, as the hint under its input. */
function hintOf(node: SchemaNode, extra?: string): { hint?: string } {
  const hint = [node.description, extra].filter(Boolean).join(' ');
  return hint ? { hint } : {};
}

function widgetFor(where: string, name: string, node: SchemaNode, required: boolean): EditorField {
  const base = { name, label: fieldLabel(name), required, ...(node.default !== undefined ? { default: node.default } : {}) };
  const kind = node['x-kind'];
  if (kind?.kind === 'reference') {
    return { ...base, widget: 'relation', ...relationTo(kind.collection), ...hintOf(node) };
  }
  if (kind?.kind === 'date') {
    return {
      ...base,
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
      ...hintOf(node, 'Write the day as YYYY-MM-DD.'),
    };
  }
  if (kind?.kind === 'image') {
    return { ...base, widget: 'image', ...hintOf(node, 'PNG, JPEG, WebP, AVIF or GIF, kept next to the entry.') };
  }
  if (kind?.kind === 'words') {
    return {
      ...base,
      widget: 'text',
      pattern: [wordLimitPattern(kind.max), `At most ${kind.max} words.`],
      ...hintOf(node),
    };
  }
  if (node.type === 'string' && node.enum) {
    return { ...base, widget: 'select', options: node.enum.map(String), ...hintOf(node) };
  }
  if (node.type === 'string') {
    return { ...base, widget: oneLineFields.has(name) ? 'string' : 'text', ...hintOf(node) };
  }
  if (node.type === 'integer' || node.type === 'number') {
    return { ...base, widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float', ...numberBounds(node), ...hintOf(node) };
  }
  if (node.type === 'boolean') {
    return { ...base, widget: 'boolean', ...hintOf(node) };
  }
  if (node.type === 'object' && node.properties) {
    return { ...base, widget: 'object', fields: fieldsOf(where, node), ...hintOf(node) };
  }
  if (node.type === 'array' && node.items) {
    return { ...base, ...listOf(where, name, node, node.items), ...hintOf(node) };
  }
  throw new EditorConfigError(
    `${where}: no editor widget fits this field (${JSON.stringify(node)}). Map its type in src/lib/editorConfig.ts, or mark what it is in fieldKinds (src/schemas/fields.ts).`,
  );
}

function relationTo(collection: string) {
  return { collection, value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] };
}

/** The editor has no exclusive bounds: an integer above 0 starts at 1; a decimal above 0 at 0, and the build refuses 0. */
function numberBounds(node: SchemaNode): { min?: number; max?: number } {
  const step = node.type === 'integer' ? 1 : 0;
  const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + step : undefined);
  const max = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - step : undefined);
  return {
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined && max < Number.MAX_SAFE_INTEGER ? { max } : {}),
  };
}

function listOf(where: string, name: string, node: SchemaNode, items: SchemaNode): Omit<EditorField, 'name' | 'label' | 'required'> {
  const counts = {
    ...(node.minItems !== undefined ? { min: node.minItems } : {}),
    ...(node.maxItems !== undefined ? { max: node.maxItems } : {}),
  };
  const kind = items['x-kind'];
  if (kind?.kind === 'reference') return { widget: 'relation', multiple: true, ...relationTo(kind.collection), ...counts };
  if (items.type === 'string' && items.enum) return { widget: 'select', multiple: true, options: items.enum.map(String), ...counts };
  if (items.type === 'object' && items.properties) return { widget: 'list', fields: fieldsOf(`${where}[]`, items), ...counts };
  const item = widgetFor(`${where}[]`, name, items, true);
  return { widget: 'list', field: item, ...counts };
}

function fieldsOf(where: string, node: SchemaNode): EditorField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) =>
    widgetFor(`${where}.${name}`, name, child, required.has(name) && child.default === undefined),
  );
}

/** The fields of one collection's entries: the front matter, then the Markdown body. */
export function editorFields(collection: string, schema: z.ZodType): EditorField[] {
  const node = jsonSchemaOf(schema);
  if (node.type !== 'object' || !node.properties) {
    throw new EditorConfigError(`${collection}: the schema is not an object of fields, so the editor cannot show it.`);
  }
  return [
    ...fieldsOf(collection, node),
    { name: 'body', label: 'Body', widget: 'markdown', required: false, hint: 'The page text, in Markdown.' },
  ];
}

function holdsImage(fields: EditorField[]): boolean {
  return fields.some(
    (field) => field.widget === 'image' || holdsImage(field.fields ?? []) || (field.field ? holdsImage([field.field]) : false),
  );
}

export interface EditorConfigInput {
  /** Where the content folder is, relative to the repository root. */
  contentDir: string;
  feedbackUrl: string;
  siteUrl: string;
  title: string;
  /** The hub's mark, an absolute path, for the sign-in page and the tab. */
  logo: string;
  collections: CollectionInput[];
}

/**
 * Every change is saved as a pull request (the editorial workflow). Entries are `.md` files, each in
 * its collection's folder: `<id>.md`, or `<id>/index.md` with its images beside it where the
 * collection has image fields. `.mdx` entries (those that use a component) are not listed: they
 * stay with developers.
 */
export function editorConfig(input: EditorConfigInput): EditorConfig {
  const { repo, apiRoot } = contentRepository(input.feedbackUrl);
  // Signing in with GitHub needs an OAuth client the hub does not run; a personal access token
  // needs none, so that is the one way offered.
  const signIn = { name: 'github' as const, repo, auth_methods: ['token'] as ['token'] };
  const backend =
    apiRoot === 'https://api.github.com'
      ? signIn
      : { ...signIn, api_root: apiRoot, graphql_api_root: apiRoot.replace(/\/v3$/u, '/graphql') };
  return {
    backend,
    publish_mode: 'editorial_workflow',
    app_title: input.title,
    site_url: input.siteUrl,
    logo: { src: input.logo },
    media_folder: input.contentDir,
    // An optional field left empty is left out of the file, as an author would: an empty case
    // reference or quote would otherwise be written, and refused by the build.
    output: { omit_empty_optional_fields: true },
    collections: input.collections.map(({ name, label, schema }) => {
      const fields = editorFields(name, schema);
      const hasImages = holdsImage(fields);
      return {
        name,
        label: label.many,
        label_singular: label.one,
        folder: `${input.contentDir}/${name}`,
        path: hasImages ? '{{slug}}/index' : '{{slug}}',
        extension: 'md',
        format: 'yaml-frontmatter',
        identifier_field: 'title',
        summary: '{{title}} · {{status}}',
        // Images live next to the entry and are written `./logo.png`, as the build reads them.
        ...(hasImages ? { media_folder: './' } : {}),
        fields,
      };
    }),
  };
}

/**
 * The `_headers` rule for /admin/*: the site's policy, plus what the editor needs to reach the
 * repository's API (connect-src), show avatars and image previews (img-src), run its workers, and
 * its interface fonts, icons included, which Sveltia CMS links from the jsDelivr CDN (fonts only:
 * every script still comes from the build). A second Content-Security-Policy header would only
 * narrow the first, so the rule first detaches the site-wide one (`! Content-Security-Policy`, as
 * Cloudflare Pages reads it).
 */
export function editorHeadersRule(sitePolicy: string, repository: ContentRepository): string {
  const api = new URL(repository.apiRoot).origin;
  const extra: Record<string, string[]> = {
    'connect-src': ["'self'", 'blob:', 'data:', api],
    'font-src': ["'self'", 'https://cdn.jsdelivr.net'],
    'img-src': ["'self'", 'blob:', 'data:', api, 'https://avatars.githubusercontent.com'],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
  };
  const directives = sitePolicy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .filter((part) => !(part.split(/\s+/u)[0]! in extra));
  const policy = [...directives, ...Object.entries(extra).map(([name, sources]) => [name, ...new Set(sources)].join(' '))].join('; ');
  return ['/admin/*', '  ! Content-Security-Policy', `  Content-Security-Policy: ${policy}`, ''].join('\n');
}
