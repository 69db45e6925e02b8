import { z } from 'astro/zod';

/**
 * One error map for every schema error, so an author reads what is wrong, what was found and what
 * to write instead, whatever the field. Messages written next to a field in a schema (`.min(1, …)`,
 * `.refine(…, …)`) still win: they know the domain better than any general sentence.
 */

type RawIssue = z.core.$ZodRawIssue;

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  date: 'a date written as YYYY-MM-DD, e.g. 2027-06-30',
  array: 'a list (one "- item" per line, or [a, b])',
  object: 'a group of fields (indented lines below it)',
  record: 'a group of fields (indented lines below it)',
};

/** What the author wrote, in their words: `the number 20270630`, `an empty value`, `the text "x"`. */
function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `the date ${Number.isNaN(value.getTime()) ? 'that does not exist' : value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') {
    if (value.trim() === '') return value === '' ? 'empty text' : 'only spaces';
    return `the text "${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

function describedAs(issue: RawIssue): string | undefined {
  for (const schema of [issue.inst, issue.schema]) {
    if (schema && 'description' in schema && typeof schema.description === 'string') return schema.description;
  }
  return undefined;
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

/** The field an unknown key was most likely meant to be, when it is only a typo away. */
function closest(key: string, known: readonly string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j] ?? 0;
        row[j] = Math.min(here + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1));
        previous = here;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const ranked = known.map((k) => ({ k, d: distance(key, k) })).sort((x, y) => x.d - y.d);
  const best = ranked[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 4)) ? best.k : undefined;
}

function knownFields(issue: RawIssue): string[] {
  const schema = issue.inst;
  if (!schema || !('_zod' in schema)) return [];
  const def: unknown = schema._zod.def;
  const shape = def && typeof def === 'object' && 'shape' in def ? def.shape : undefined;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

function unknownFields(keys: readonly string[], known: readonly string[]): string {
  const named = keys
    .map((key) => {
      const meant = closest(key, known);
      return meant ? `"${key}" (did you mean "${meant}"?)` : `"${key}"`;
    })
    .join(', ');
  return (
    `unknown field${keys.length > 1 ? 's' : ''} ${named}: nothing here reads ${keys.length > 1 ? 'them' : 'it'}, so ` +
    `${keys.length > 1 ? 'they' : 'it'} would be lost. Check the spelling and the indentation` +
    (known.length > 0 ? `; the fields here are ${known.join(', ')}.` : '.')
  );
}

/** A required field that is not there, with what the field is for. */
export function missingMessage(about: string | undefined): string {
  return `missing. Add it to the front matter (between the --- lines).${about ? ` ${about}` : ''}`;
}

/** The message for one Zod issue, in an author's words; undefined leaves Zod's own. */
export function authorErrorMap(issue: RawIssue): string | undefined {
  const about = describedAs(issue);
  const hint = about ? ` ${about}` : '';
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union')) {
    return missingMessage(about);
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      if (issue.input === null)
        return `found an empty value; write ${expected} after the colon, or leave the field out if it is optional.${hint}`;
      return `found ${describeFound(issue.input)}, but this field takes ${expected}.${hint}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `found ${describeFound(issue.input)}; write ${quoteList(issue.values)}.`
        : `found ${describeFound(issue.input)}, which is not one of the allowed values. Use one of: ${quoteList(issue.values)} (exactly as written here).${hint}`;
    case 'unrecognized_keys':
      return unknownFields(issue.keys, knownFields(issue));
    case 'too_small':
      if (issue.origin === 'string')
        return `found ${describeFound(issue.input)}; write at least ${String(issue.minimum)} character(s).${hint}`;
      if (issue.origin === 'array') return `found ${describeFound(issue.input)}; list at least ${String(issue.minimum)} item(s).${hint}`;
      return `found ${describeFound(issue.input)}; the smallest allowed is ${String(issue.minimum)}.${hint}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long; write at most ${String(issue.maximum)} character(s).${hint}`;
      if (issue.origin === 'array') return `found ${describeFound(issue.input)}; list at most ${String(issue.maximum)} item(s).${hint}`;
      return `found ${describeFound(issue.input)}; the largest allowed is ${String(issue.maximum)}.${hint}`;
    case 'invalid_union':
      return `found ${describeFound(issue.input)}, which this field cannot read.${hint || ' Compare it with the same field in another entry of this collection.'}`;
    case 'invalid_format':
      return `found ${describeFound(issue.input)}, which is not in the expected form.${hint}`;
    default:
      return undefined;
  }
}

/** The path of an issue as an author writes it in YAML terms: `socialPosts[0].text`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** Every problem of one entry's front matter, one per line, each naming the field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    return field ? `field "${field}": ${issue.message}` : issue.message;
  });
}

/**
 * A build failure caused by content or settings, not code. Its message already names the file, the
 * field and the fix; a stack trace would only point into the loader and bury that message (Astro
 * prints one, plus a `Location:` line, for any error that carries a stack).
 */
export class AuthorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthorError';
    this.stack = '';
  }
}

/** Thrown when an entry's front matter does not match its schema; the loader names the file. */
export class EntryDataError extends Error {
  readonly problems: string[];
  constructor(issues: readonly z.core.$ZodIssue[]) {
    const problems = describeIssues(issues);
    super(problems.join('\n'));
    this.name = 'EntryDataError';
    this.problems = problems;
  }
}

/**
 * The collection schema as Astro runs it: parsed with the author error map, and on failure thrown
 * as one EntryDataError holding every problem. Astro's own error map would otherwise word each
 * message (`Expected type "object", received "object"`) and add a stack trace.
 */
export function withAuthorErrors<T extends z.ZodType>(schema: T) {
  return z.unknown().transform(async (data): Promise<z.output<T>> => {
    const result = await schema.safeParseAsync(data, { error: authorErrorMap });
    if (!result.success) throw new EntryDataError(result.error.issues);
    return result.data;
  });
}
