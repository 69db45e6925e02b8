import { z } from 'astro/zod';

/** A required field the author left out gets a sentence that says what to write there. */
export function missingFieldError(what: string) {
  return (issue: { code: string; input?: unknown }) =>
    issue.code === 'invalid_type' && issue.input === undefined ? `is missing: add it to the frontmatter. ${what}` : undefined;
}

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
