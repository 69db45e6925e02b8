import { z } from 'astro/zod';
import { AuthorError, authorErrorMap, describeIssues } from './authorErrors';
import { strictFields, text } from './fields';
import { collectionNames } from '../lib/entries';

const positive = z.number().positive();
const hexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/u, 'is not a colour as documents take it: write six hex digits after #, e.g. "#4338ca"');

/** The settings in src/config/hub.config.ts, checked once when the build starts. */
const hubConfigSchema = strictFields({
  toolkitThresholds: strictFields({
    quickSaleMaxContractValue: positive.describe('Largest typical first-year contract value of a quick-sale product.'),
    quickSaleMaxCycleDays: z.number().int().positive().describe('Longest typical sales cycle of a quick-sale product, in days.'),
    currency: text('Currency of quickSaleMaxContractValue, one of the exchangeRates.'),
  }),
  exchangeRates: z.record(z.string(), positive).describe('Units of USD per unit of each currency, e.g. EUR: 1.08.'),
  boilerplateWordLimits: strictFields({
    short: z.number().int().positive(),
    medium: z.number().int().positive(),
    long: z.number().int().positive(),
  }),
  channelCharacterLimits: z.record(z.string(), z.number().int().positive()),
  reviewHorizonYears: z.number().int().min(1).max(10).describe('How far ahead a review-by date may be set, in years.'),
  company: text('Company whose content this hub serves.'),
  publicSiteUrl: z.url().describe('Address of the public (customer) build: every customer-facing link points there.'),
  internalSiteUrl: z.url().describe('Address of the internal build, the company’s own hub.'),
  partnerSiteUrl: z.url().describe('Address of the partner build, for resellers.'),
  companyLogo: text('The company logo on customer documents: an SVG or PNG, path from the project root.'),
  documentTheme: strictFields({
    colors: strictFields({
      brand: hexColor.describe('Accent: headings, bars, the deck’s title slides.'),
      brandStrong: hexColor.describe('Darker accent: figures and subheadings.'),
      brandSoft: hexColor.describe('Tint behind call-out boxes and customer stories.'),
      ink: hexColor.describe('Body text.'),
      soft: hexColor.describe('Secondary text.'),
      line: hexColor.describe('Rules and borders.'),
    }),
    fonts: strictFields({
      heading: text('Font family of headings in .pptx and .docx files.'),
      body: text('Font family of body text in .pptx and .docx files.'),
    }),
  }).describe('Colours and fonts of the documents kits offer (.pptx, .docx, PDF).'),
  customerContact: strictFields({
    callToAction: text('What a customer should do next, e.g. "Book a 30-minute walkthrough".'),
    url: z.url().describe('Where the call to action leads.'),
    email: z.email().describe('Address customers write to.'),
  }).describe('How a customer reaches the company: the close of every one-pager.'),
  proposalNextSteps: z.array(text()).min(1).describe('What every proposal\'s "Next steps" section lists.'),
  feedbackUrl: z.url().describe('A "new issue" address of the content repository.'),
  editUrlBase: z.url().describe('Address an entry file path is appended to, to edit it.'),
  reviewDueSoonDays: z.number().int().min(0),
  newEntryReviewMonths: z
    .record(z.enum(collectionNames), z.number().int().min(1))
    .describe('Months from the day `npm run new` scaffolds an entry to its review-by date, for every collection.'),
  maxImagePixels: z.number().int().positive().describe('Largest image an entry may point at, in pixels (width × height).'),
}).superRefine((config, ctx) => {
  for (const [collection, months] of Object.entries(config.newEntryReviewMonths)) {
    if (months > config.reviewHorizonYears * 12) {
      ctx.addIssue({
        code: 'custom',
        path: ['newEntryReviewMonths', collection],
        message: `is ${months} months, beyond reviewHorizonYears (${config.reviewHorizonYears} years): a new entry would be refused. Use at most ${config.reviewHorizonYears * 12}.`,
      });
    }
  }
  if (!(config.toolkitThresholds.currency in config.exchangeRates)) {
    ctx.addIssue({
      code: 'custom',
      path: ['toolkitThresholds', 'currency'],
      message: `is "${config.toolkitThresholds.currency}", which has no rate in exchangeRates; add one or use ${Object.keys(config.exchangeRates).join(', ')}.`,
    });
  }
});

export type HubConfig = z.output<typeof hubConfigSchema>;
/** The company's colours and fonts in the documents kits offer. */
export type DocumentTheme = HubConfig['documentTheme'];

/** The hub's settings, or a build failure that names each wrong setting and how to fix it. */
export function parseHubConfig(settings: z.input<typeof hubConfigSchema>, file = 'src/config/hub.config.ts'): HubConfig {
  const result = hubConfigSchema.safeParse(settings, { error: authorErrorMap });
  if (result.success) return result.data;
  throw new AuthorError(
    `${file} has ${result.error.issues.length} wrong setting(s):\n` +
      describeIssues(result.error.issues)
        .map((p) => `  - ${p.replace(/^field /u, 'setting ')}`)
        .join('\n'),
  );
}
