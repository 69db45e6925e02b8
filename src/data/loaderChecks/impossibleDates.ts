import yaml from 'js-yaml';
import { frontmatterOf, walkValues } from './frontmatter';

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_LIKE = /\b(\d{4})-(\d{2})-(\d{2})\b/gu;

/**
 * YAML turns `2027-02-30` into 2 March without a word. Reading the frontmatter without YAML's date
 * type keeps dates as written, so a day that is not in the calendar can be reported. Almost every
 * file has only real dates, so a scan of the raw text decides whether the YAML needs parsing again.
 */
export function impossibleDates(source: string): string[] {
  const fm = frontmatterOf(source);
  if (fm === undefined) return [];
  const suspicious = [...fm.matchAll(DATE_LIKE)].some((m) => !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])));
  if (!suspicious) return [];
  let data: unknown;
  try {
    data = yaml.load(fm, { schema: yaml.CORE_SCHEMA });
  } catch {
    return []; // a syntax error is reported by the content layer itself
  }
  const problems: string[] = [];
  walkValues(data, '', (value, field) => {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value) : null;
    if (m && !isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
      problems.push(`field "${field}" is ${String(value)}, which is not a day in the calendar. Write a real date as YYYY-MM-DD.`);
    }
  });
  return problems;
}
