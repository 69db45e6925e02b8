/**
 * A few builders for the JSON Schemas the API publishes. Objects are closed (no unknown keys) and
 * every listed property is required unless named optional, so a consumer can rely on the shape.
 */
import { audiences, buildAudiences, lifecycleStatuses } from '../../schemas/values';

export type JsonSchema = Record<string, unknown>;

export const apiVersion = 1;
export const schemaDialect = 'https://json-schema.org/draft/2020-12/schema';

export const text: JsonSchema = { type: 'string', minLength: 1 };
export const anyText: JsonSchema = { type: 'string' };
export const count: JsonSchema = { type: 'integer', minimum: 0 };
export const isoDate: JsonSchema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const url: JsonSchema = { type: 'string', pattern: '^https?://\\S+$' };
export const bool: JsonSchema = { type: 'boolean' };

export function oneOf(...values: readonly string[]): JsonSchema {
  return { type: 'string', enum: [...values] };
}

export function list(items: JsonSchema, minItems = 0): JsonSchema {
  return minItems > 0 ? { type: 'array', items, minItems } : { type: 'array', items };
}

export function object(properties: Record<string, JsonSchema>, optional: readonly string[] = []): JsonSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    additionalProperties: false,
  };
}

/** An entry another document points at: its id, its title and where its page is. */
export const entryLink = object({ id: text, title: text, url });

/** `owner` is named only in the company's own (internal) build. */
export const governance = object(
  {
    status: oneOf(...lifecycleStatuses),
    owner: text,
    reviewBy: isoDate,
    audience: oneOf(...audiences),
  },
  ['owner'],
);

/** What every document of this API starts with. */
export function envelope(schemaUrl: string): Record<string, JsonSchema> {
  return {
    $schema: { const: schemaUrl },
    version: { const: apiVersion },
    audience: oneOf(...buildAudiences),
    builtOn: isoDate,
  };
}

export function schemaDocument(id: string, title: string, description: string, body: JsonSchema): JsonSchema {
  return { $schema: schemaDialect, $id: id, title, description, ...body };
}

/** Versioned file name of a schema: a breaking change gets a new version, and both stay served. */
function schemaFileName(name: string): string {
  return `${name}.v${apiVersion}.json`;
}

export function schemaUrl(siteUrl: string, name: string): string {
  return new URL(`/api/schema/${schemaFileName(name)}`, siteUrl).toString();
}
