import { z } from 'astro/zod';

import { hubConfig } from '../config/hub.config';
import { daysUntilReview, scopeFromEnvironment } from '../lib/gating';
import { audiences, languages, lifecycleStatuses } from './values';
import { calendarDay, text } from './fields';

/** The day review-by dates are measured from: the build's day, read once. */
let buildDay: Date | undefined;
function today(): Date {
  buildDay ??= scopeFromEnvironment(process.env, false).today;
  return buildDay;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A review-by date further out than the horizon is a typo (2076 for 2026) or a way round review;
 * either way the entry would stay published unchecked for years.
 */
const reviewBy = calendarDay('After this date the entry is hidden from published builds until someone reviews it.').superRefine(
  (date, ctx) => {
    const years = hubConfig.reviewHorizonYears;
    const from = today();
    const latest = new Date(Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth(), from.getUTCDate()));
    if (daysUntilReview(date, latest) > 0) {
      ctx.addIssue({
        code: 'custom',
        input: date,
        message:
          `is ${isoDay(date)}, more than ${years} years after today (${isoDay(from)}). Content is reviewed at ` +
          `least every ${years} years: set a date by ${isoDay(latest)} (reviewHorizonYears in src/config/hub.config.ts).`,
      });
    }
  },
);

/** Fields every entry carries so the hub can decide who may see it and whether it is current. */
export const governanceFields = {
  status: z.enum(lifecycleStatuses).describe('Lifecycle: draft → review → approved → retired. Only approved entries are published.'),
  owner: text('The person accountable for keeping this entry correct, e.g. "owner: Mei Chen".').refine(
    (owner) => owner.trim().length >= 2,
    'must name the person accountable for this entry, e.g. "Mei Chen"',
  ),
  reviewBy,
  audience: z.enum(audiences).describe('Who may see the entry: public (may be shown to customers) or internal (never leaves the company).'),
  lang: z.enum(languages).default('en').describe('Language the entry is written in.'),
};
