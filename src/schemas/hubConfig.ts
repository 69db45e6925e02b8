import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { AuthorError, authorErrorMap, describeIssues } from './authorErrors';
import { strictFields, text } from './fields';
import { brandContrastProblems } from '../lib/brand/brandTheme';
import { collectionNames } from '../lib/entries';

const positive = z.number().positive();
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/u, 'is not a hex colour: write six hex digits after #, e.g. "#4338ca"');

const brandColors = strictFields({
  accent: hexColor.describe('Links, buttons, the current section, bars and headings in documents, title slides.'),
  accentStrong: hexColor.describe('The darker accent: hovered links, figures, subheadings.'),
  accentSoft: hexColor.describe('Tint behind the current section, call-out boxes and customer stories.'),
  ink: hexColor.describe('Body text.'),
  inkSoft: hexColor.describe('Secondary text.'),
  inkFaint: hexColor.describe('Captions and labels.'),
  line: hexColor.describe('Rules and borders.'),
});

/** Fonts the hub can set pages in: Inter is bundled with the site; `system` is the platform's own. */
export const brandFonts = ['Inter', 'system'] as const;
export type BrandFont = (typeof brandFonts)[number];

const brandSchema = strictFields({
  company: text('Company whose content this hub serves: the header, page titles and every document.'),
  logo: text('The company logo: an SVG or PNG file, path from the project root.')
    .refine((path) => ['.svg', '.png'].includes(extname(path).toLowerCase()), {
      message: 'is not an SVG or PNG file; give the path of the logo as .svg or .png',
    })
    .refine((path) => existsSync(resolve(process.cwd(), path)), {
      message: 'names no file; give the logo’s path from the project root (from the brand file’s folder in GTM_BRAND_FILE)',
    }),
  colors: brandColors.describe('The light theme, documents and slides; the dark theme derives from these.'),
  dark: brandColors
    .partial()
    .optional()
    .describe('Colours of the dark theme, each derived from `colors` when left out (a lighter accent, light text).'),
  font: z.enum(brandFonts).default('Inter').describe('Inter (bundled with the site, the default) or the platform’s own interface font.'),
}).superRefine((brand, ctx) => {
  const colors = [...Object.values(brand.colors), ...Object.values(brand.dark ?? {})];
  // A colour that is not one has its own message already.
  if (!colors.every((color) => hexColor.safeParse(color).success)) return;
  for (const problem of brandContrastProblems(brand)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

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
  publicSiteUrl: z.url().describe('Address of the public (customer) build: every customer-facing link points there.'),
  internalSiteUrl: z.url().describe('Address of the internal build, the company’s own hub.'),
  partnerSiteUrl: z.url().describe('Address of the partner build, for resellers.'),
  brand: brandSchema,
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
/** The company's name, logo, colours and font: pages, slides and documents (src/lib/brand/brandTheme.ts). */
export type Brand = HubConfig['brand'];
export type BrandColors = Brand['colors'];

/** The hub's settings, or a build failure that names each wrong setting and how to fix it. */
function parsed<T extends z.ZodType>(schema: T, settings: unknown, file: string): z.output<T> {
  const result = schema.safeParse(settings, { error: authorErrorMap });
  if (result.success) return result.data;
  throw new AuthorError(
    `${file} has ${result.error.issues.length} wrong setting(s):\n` +
      describeIssues(result.error.issues)
        .map((p) => `  - ${p.replace(/^field /u, 'setting ')}`)
        .join('\n'),
  );
}

/**
 * The `brand` settings of a JSON file, its logo path read from the file's own folder: another
 * company's look for one build (GTM_BRAND_FILE), without editing the hub config.
 */
function brandFile(file: string): z.output<typeof brandSchema> {
  let settings: unknown;
  try {
    settings = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AuthorError(
      `GTM_BRAND_FILE (${file}) cannot be read as JSON: ${(error as Error).message}. Point it at a JSON file holding the \`brand\` settings of src/config/hub.config.ts.`,
    );
  }
  if (settings && typeof settings === 'object' && 'logo' in settings && typeof settings.logo === 'string') {
    settings = { ...settings, logo: resolve(dirname(file), settings.logo) };
  }
  return parsed(brandSchema, settings, file);
}

/**
 * The hub's settings, or a build failure that names each wrong setting and how to fix it. With
 * GTM_BRAND_FILE set, its brand replaces the config's.
 */
export function parseHubConfig(
  settings: z.input<typeof hubConfigSchema>,
  file = 'src/config/hub.config.ts',
  env: Record<string, string | undefined> = process.env,
): HubConfig {
  const config = parsed(hubConfigSchema, settings, file);
  const brandOverride = env['GTM_BRAND_FILE'];
  return brandOverride ? { ...config, brand: brandFile(resolve(process.cwd(), brandOverride)) } : config;
}
