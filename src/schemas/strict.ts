import { z } from 'astro/zod';

/**
 * Objects that refuse unknown fields: a misspelt `reviewby` or a YAML line split at a comma
 * would otherwise be dropped without a word.
 */
export function strictFields<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check its spelling and indentation against the fields in src/schemas/`
        : undefined,
  });
}
