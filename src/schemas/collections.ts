import { z } from 'astro/zod';
import type { CollectionKey, SchemaContext } from 'astro:content';
import { entryReference } from './entryReference';
import { calendarDay, distinct, fieldKinds, strictFields, text } from './fields';
import { hubConfig } from '../config/hub.config';
import { anonymisedFormProblems } from '../lib/customerCase';
import { positioningProblems } from '../lib/messaging';
import { countWords } from '../lib/text/wordCount';
import { personaLevels, regions, solutionKinds, toolkitVariants } from './values';
import { governanceFields } from './governance';
import { kitMaterialFields } from './kitMaterials';

export const rfpCategories = [
  'security',
  'privacy',
  'compliance',
  'architecture',
  'integration',
  'implementation',
  'support',
  'commercial',
] as const;

/**
 * A list of references to another collection, each entry at most once: a duplicate is always a
 * slip (a copied line), and would show the same case or buyer twice.
 */
export function references<C extends CollectionKey>(collection: C) {
  return z.array(entryReference(collection)).superRefine((refs, ctx) => {
    const seen = new Set<string>();
    refs.forEach((ref, i) => {
      if (seen.has(ref.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          input: ref.id,
          message: `lists "${ref.id}" a second time; remove the duplicate line.`,
        });
      }
      seen.add(ref.id);
    });
  });
}

/** A proof point is a claim backed by a customer case or by a sourced figure, never neither. */
export const proofPointSchema = strictFields({
  claim: text('The claim as a sales rep would say it.'),
  case: entryReference('cases').optional().describe('Id of the customer case that proves the claim.'),
  source: z.string().optional().describe('Where a figure comes from, e.g. "Forrester TEI study, 2026".'),
}).refine((proof) => proof.case !== undefined || (proof.source ?? '').trim().length > 0, {
  message: 'a proof point needs a `case` (id of a customer case) or a `source` for its figure',
});

const imageWithAlt = (image: SchemaContext['image'], what: string) =>
  strictFields({
    src: image().describe(`${what}: path to an image file next to the entry.`).register(fieldKinds, { kind: 'image' }),
    alt: text(`Alt text that describes the ${what} for people who cannot see it.`).refine(
      (alt) => alt.trim().length >= 3,
      `${what} needs alt text that describes the image for people who cannot see it`,
    ),
  });

const boilerplate = (limit: number) =>
  text(`Boilerplate of at most ${limit} words.`)
    .superRefine((copy, ctx) => {
      const words = countWords(copy);
      if (words > limit) {
        ctx.addIssue({
          code: 'custom',
          message: `this boilerplate may have at most ${limit} words; it has ${words}. Cut ${words - limit}.`,
        });
      }
    })
    .register(fieldKinds, { kind: 'words', max: limit });

export const productSchema = strictFields({
  ...governanceFields,
  title: text('Product name.'),
  summary: text('One sentence: what the product does and for whom.'),
  deal: strictFields({
    contractValue: z.number().positive().describe('Typical first-year contract value per customer.'),
    currency: z.string().refine((c) => c in hubConfig.exchangeRates, {
      message: `currency must be one of ${Object.keys(hubConfig.exchangeRates).join(', ')} (add a rate in src/config/hub.config.ts for another)`,
    }),
    cycleDays: z.number().int().positive().describe('Typical days from first meeting to signature.'),
    tenders: z.boolean().describe('Whether deals are usually won through tenders or RFPs.'),
  }).describe('Deal profile; decides which toolkit variant(s) the product gets.'),
  toolkitVariants: distinct(z.enum(toolkitVariants))
    .min(1)
    .optional()
    .describe('Overrides the variant rule, e.g. [quick-sale, high-ticket] for a product sold both ways.'),
  industries: references('industries').default([]).describe('Industries the product is sold to.'),
  personas: references('personas').default([]).describe('Buyers the product is sold to.'),
  packages: z
    .array(strictFields({ name: text(), price: text(), includes: z.array(text()).min(1) }))
    .default([])
    .describe('Packaging and list price, as quoted to customers.'),
  pricingNotes: z.string().optional().describe('Discount rules and floors. Internal only: never shown in a public build.'),
  emailTemplates: z.array(strictFields({ name: text(), subject: text(), body: text() })).default([]),
});

export const industrySchema = strictFields({
  ...governanceFields,
  title: text('Industry name.'),
  summary: text('What matters to buyers in this industry.'),
  trends: z.array(text()).default([]),
  regulations: z.array(text()).default([]).describe('Rules buyers must comply with; drives the security pack.'),
});

export const personaSchema = strictFields({
  ...governanceFields,
  title: text('Role, e.g. "Chief Financial Officer".'),
  level: z.enum(personaLevels).describe('executive (align goals), business-line (outline needs) or execution (how work runs today).'),
  goals: z.array(text()).min(1, 'a persona needs at least one goal'),
  pains: z.array(text()).min(1, 'a persona needs at least one pain'),
  kpis: z.array(text()).min(1, 'a persona needs at least one KPI'),
  discoveryQuestions: z.array(text()).default([]).describe('Questions a rep asks this buyer in discovery.'),
});

export const valuePropSchema = strictFields({
  ...governanceFields,
  title: text('The value proposition in one line.'),
  product: entryReference('products'),
  pain: text('The pain the buyer feels.'),
  capability: text('What the product does about it.'),
  outcome: text('The measurable result for the buyer.'),
  proofPoints: z.array(proofPointSchema).min(1, 'a value proposition without proof is a draft: add at least one proof point'),
  personas: references('personas').default([]),
  industries: references('industries').default([]),
  priority: z.number().int().min(1).max(5).default(3).describe('1 = lead with this, 5 = niche.'),
});

export const solutionSchema = strictFields({
  ...governanceFields,
  title: text('Solution name.'),
  kind: z.enum(solutionKinds).describe('industry, scenario or function (job role).'),
  summary: text('Two sentences on the problem and the approach.'),
  products: references('products').min(1, 'a solution must name at least one product'),
  industries: references('industries').default([]),
  personas: references('personas').default([]),
  valueProps: references('value-props').default([]),
  ...kitMaterialFields,
});

/**
 * The approved form in which an internal case may go to a customer: who it is about, said without
 * the name, and what changed. Customer-facing copy of the case uses only this form.
 */
export const anonymisedCaseSchema = strictFields({
  description: text('Who the customer is, without the name, as it may appear in a sentence, e.g. "a US county of 180,000 residents".'),
  headline: text('The headline without the name; left out, it is the title with the customer name replaced by the description.').optional(),
  summary: text('The result as it may be sent, without naming the customer.'),
}).describe('How an internal case may be sent to customers; without it the case is never sent.');

export const caseSchema = ({ image }: SchemaContext) =>
  strictFields({
    ...governanceFields,
    title: text('Headline of the case, with the result.'),
    customer: text('Customer name as it may be quoted.'),
    industry: entryReference('industries'),
    size: z.enum(['smb', 'mid-market', 'enterprise']),
    region: z.enum(regions),
    products: references('products').min(1),
    solutions: references('solutions').default([]),
    challenge: text('The challenge before.'),
    approach: text('What was done.'),
    results: text('What changed.'),
    metrics: z.array(strictFields({ label: text(), value: text('e.g. "38%" or "4.2x"') })).min(1, 'a case needs at least one metric'),
    quote: strictFields({ text: text(), author: text(), role: text() }).optional(),
    logo: imageWithAlt(image, 'logo'),
    anonymised: anonymisedCaseSchema.optional(),
  }).superRefine((entry, ctx) => {
    if (!entry.anonymised) return;
    if (entry.audience === 'public') {
      ctx.addIssue({
        code: 'custom',
        path: ['anonymised'],
        message: 'a customer-facing case is sent under its own name: remove `anonymised`, or set `audience: internal`',
      });
      return;
    }
    for (const problem of anonymisedFormProblems(entry)) ctx.addIssue({ code: 'custom', ...problem });
  });

export const competitorSchema = strictFields({
  ...governanceFields,
  title: text('Competitor name.'),
  summary: text('Who they are and where we meet them.'),
  products: references('products').min(1).describe('Our products that compete with them.'),
  strengths: z.array(text()).min(1),
  weaknesses: z.array(text()).min(1),
  howWeWin: z.array(text()).min(1),
  landmines: z.array(text()).default([]).describe('Questions that expose their weaknesses.'),
  valueCurve: z
    .array(strictFields({ factor: text(), us: z.number().min(0).max(10), them: z.number().min(0).max(10) }))
    .min(3, 'a value curve needs at least 3 factors buyers weigh, each scored 0-10'),
});

export const objectionSchema = strictFields({
  ...governanceFields,
  title: text('The objection in the buyer’s words.'),
  category: z.enum(['price', 'timing', 'competition', 'risk', 'fit', 'security']),
  products: references('products').min(1),
  personas: references('personas').default([]),
  response: text('How to answer it.'),
  proof: references('cases').default([]),
});

export const messagingSchema = strictFields({
  ...governanceFields,
  title: text('Name of this messaging set, e.g. "Ledgerline messaging".'),
  product: entryReference('products'),
  positioning: strictFields({
    target: text('Target customer.'),
    need: text('Their compelling need.'),
    category: text('Market category.'),
    value: text('Key benefit.'),
    alternatives: text('Competitive alternatives.'),
    differentiator: text('Unique attributes.'),
  }).describe('Positioning statement parts; the statement is composed from them.'),
  tagline: text('Tagline.'),
  elevatorPitch: text('Thirty-second pitch.'),
  boilerplates: strictFields({
    short: boilerplate(hubConfig.boilerplateWordLimits.short),
    medium: boilerplate(hubConfig.boilerplateWordLimits.medium),
    long: boilerplate(hubConfig.boilerplateWordLimits.long),
  }),
  keyMessages: z
    .array(strictFields({ message: text(), proofPoints: z.array(proofPointSchema).min(1, 'every key message needs proof') }))
    .min(3, 'a messaging house has 3 to 5 pillars (key messages)')
    .max(5, 'a messaging house has 3 to 5 pillars (key messages)'),
  personaVariants: z.array(strictFields({ persona: entryReference('personas'), message: text() })).default([]),
  industryVariants: z.array(strictFields({ industry: entryReference('industries'), message: text() })).default([]),
}).superRefine((messaging, ctx) => {
  // The statement's frame is English; parts in another language are composed as written.
  if (messaging.lang !== 'en') return;
  for (const problem of positioningProblems(messaging.positioning)) {
    ctx.addIssue({
      code: 'custom',
      path: ['positioning', problem.field],
      input: messaging.positioning[problem.field],
      message: problem.message,
    });
  }
});

export const rfpSchema = strictFields({
  ...governanceFields,
  title: text('The question as tenders phrase it.'),
  category: z.enum(rfpCategories),
  products: references('products').min(1),
  answer: text('Approved answer.'),
  industries: references('industries')
    .default([])
    .describe('Industries the answer is written for, e.g. [healthcare] for a HIPAA answer; empty for every industry.'),
  regions: z
    .array(z.enum(regions))
    .default([])
    .describe('Regions the answer is written for, e.g. [greater-china] for PIPL; empty for every region.'),
  lastReviewed: calendarDay('The day the answer was last checked, as YYYY-MM-DD.'),
});

export const campaignSchema = ({ image }: SchemaContext) =>
  strictFields({
    ...governanceFields,
    title: text('Campaign name.'),
    goal: text('What the campaign should achieve, measurably.'),
    theme: text('The angle all material takes.'),
    starts: calendarDay('First day of the campaign, as YYYY-MM-DD.'),
    ends: calendarDay('Last day of the campaign, as YYYY-MM-DD; on or after `starts`.'),
    products: references('products').min(1),
    solutions: references('solutions').default([]),
    industries: references('industries').default([]),
    personas: references('personas').default([]),
    hero: imageWithAlt(image, 'hero').optional(),
    ...kitMaterialFields,
  }).superRefine((campaign, ctx) => {
    if (campaign.ends < campaign.starts) {
      ctx.addIssue({
        code: 'custom',
        path: ['ends'],
        input: campaign.ends,
        message:
          `is ${campaign.ends.toISOString().slice(0, 10)}, before the campaign starts ` +
          `(${campaign.starts.toISOString().slice(0, 10)}). A campaign ends on or after the day it starts: correct one of the two dates.`,
      });
    }
  });

/**
 * Every collection's schema, declared once: the content config binds them to their loader, the
 * editor's configuration reads their shapes. Collections with images take Astro's schema context.
 */
export const collectionSchemas = {
  products: () => productSchema,
  industries: () => industrySchema,
  personas: () => personaSchema,
  'value-props': () => valuePropSchema,
  solutions: () => solutionSchema,
  cases: caseSchema,
  competitors: () => competitorSchema,
  objections: () => objectionSchema,
  messaging: () => messagingSchema,
  rfp: () => rfpSchema,
  campaigns: campaignSchema,
} satisfies Record<CollectionKey, (context: SchemaContext) => z.ZodType>;
