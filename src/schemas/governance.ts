import { z } from 'astro/zod';

import { audiences, lifecycleStatuses } from '../lib/gating';

export const languages = ['en', 'zh-CN'] as const;

/** Fields every entry carries so the hub can decide who may see it and whether it is current. */
export const governanceFields = {
  status: z
    .enum(lifecycleStatuses)
    .describe('Lifecycle: draft → review → approved → retired. Only approved entries are published.'),
  owner: z
    .string()
    .min(2, 'owner must name the person accountable for this entry, e.g. "Mei Chen"')
    .describe('The person accountable for keeping this entry correct.'),
  reviewBy: z.coerce
    .date({ error: 'reviewBy must be a date written as YYYY-MM-DD, e.g. 2027-03-31' })
    .describe('After this date the entry is hidden from published builds until someone reviews it.'),
  audience: z
    .enum(audiences)
    .default('internal')
    .describe('public = may be shown to customers; internal = never leaves the company.'),
  lang: z.enum(languages).default('en').describe('Language the entry is written in.'),
};
