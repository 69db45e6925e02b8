import { z } from 'astro/zod';
import { missingMessage } from './authorErrors';

/**
 * What a field means where its Zod type cannot say it: a reference names its collection, a
 * calendar day and an image read as text, a word limit hides in a refinement. Read by the editor's
 * configuration (src/lib/editorConfig.ts), so each field is declared once, here and in the schemas.
 */
export type FieldKind = { kind: 'reference'; collection: string } | { kind: 'date' } | { kind: 'image' } | { kind: 'words'; max: number };
export const fieldKinds = z.registry<FieldKind>();

/**
 * Field types every collection shares. Each refuses what would otherwise be read wrongly or lost
 * without a word: unknown fields, blank text, dates written as numbers, a reference listed twice.
 */

/**
 * Objects that refuse unknown fields: a misspelt `reviewby` or a YAML line split at a comma would
 * otherwise be dropped without a word. Used for every object, at every level of nesting.
 */
export function strictFields<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject(shape);
}

/** Required text: blank or whitespace-only copy is as good as missing. */
export function text(what?: string) {
  const field = z.string().refine((value) => value.trim().length > 0, {
    message: `is empty; write the text${what ? `: ${what}` : ''}`,
  });
  return what ? field.describe(what) : field;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A day written as YYYY-MM-DD. YAML reads `2027-06-30` as a date, but `20270630` and `2027` as
 * numbers, which JavaScript would turn into a day in January 1970: those are refused, as are a
 * time of day and any other text.
 */
export function calendarDay(what: string) {
  return z
    .unknown()
    .transform((value, ctx): Date => {
      if (value instanceof Date && !Number.isNaN(value.getTime())) {
        if (value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() + value.getUTCMilliseconds() === 0) return value;
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `has a time of day (${value.toISOString()}); write only the day as YYYY-MM-DD, e.g. ${value.toISOString().slice(0, 10)}.`,
        });
        return z.NEVER;
      }
      const match = typeof value === 'string' ? ISO_DAY.exec(value.trim()) : null;
      if (match && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
        return new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
      }
      if (value === undefined) ctx.addIssue({ code: 'custom', message: missingMessage(what) });
      else ctx.addIssue({ code: 'invalid_type', expected: 'date', input: value });
      return z.NEVER;
    })
    .describe(what)
    .register(fieldKinds, { kind: 'date' });
}

/** A list of distinct values (a duplicate is always a slip, a copied line). */
export function distinct<T extends z.ZodType<string>>(item: T) {
  return z.array(item).superRefine((values, ctx) => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) {
        ctx.addIssue({ code: 'custom', path: [i], input: value, message: `lists "${value}" a second time; remove the duplicate.` });
      }
    });
  });
}
