import { parseHubConfig } from '../schemas/hubConfig';

/**
 * Settings a PMM team tunes without touching code. Every threshold the build applies lives here;
 * they are checked when the build starts (src/schemas/hubConfig.ts says what each may be).
 */
export const hubConfig = parseHubConfig({
  /**
   * A product is quick-sale when its typical deal is below both limits and never tendered
   * (the core article: under about 40k per customer, closed within a month). Anything else is
   * high-ticket. A product's own `toolkitVariants` overrides the rule.
   */
  toolkitThresholds: {
    quickSaleMaxContractValue: 40_000,
    quickSaleMaxCycleDays: 30,
    currency: 'USD',
  },
  /** Contract values in other currencies are converted with these rates (units of USD per unit). */
  exchangeRates: { USD: 1, EUR: 1.08, GBP: 1.27, CNY: 0.14 },
  /** Hard word limits for boilerplates; an over-long boilerplate fails the build. */
  boilerplateWordLimits: { short: 25, medium: 50, long: 100 },
  /** Character limits of short-form channels, checked at build time. */
  channelCharacterLimits: { linkedin: 3000, x: 280, weibo: 2000, email_subject: 78 },
  /**
   * Address of the public (customer) build. Every customer-facing "copy link" and every link in
   * what a rep sends points here, never into the internal hub.
   */
  publicSiteUrl: 'https://library.kestrel-data.example/',
  /** Addresses of the other two builds: the company's own hub and the resellers' (see README, three builds). */
  internalSiteUrl: 'https://hub.kestrel-data.example/',
  partnerSiteUrl: 'https://partners.kestrel-data.example/',
  /**
   * The company's look, set once: pages (through the design tokens of src/styles/tokens.css), the
   * HTML slides and every document (the kits' .pptx, .docx and PDFs, the one-pagers). Colours are
   * the light theme's; the dark theme derives its own (a lighter accent, light text) unless `dark`
   * sets them. Both themes must pass WCAG AA contrast, or the build stops and suggests a colour.
   * `GTM_BRAND_FILE=<file.json>` replaces this section for one build (see README, Brand theming).
   */
  brand: {
    company: 'Kestrel Data',
    /** In the header, on the one-pagers, slides and documents: an SVG or PNG, path from the project root. */
    logo: 'public/favicon.svg',
    colors: {
      accent: '#4338ca',
      accentStrong: '#3730a3',
      accentSoft: '#eef0ff',
      ink: '#111827',
      inkSoft: '#4b5563',
      inkFaint: '#566070',
      line: '#e2e5ea',
    },
    dark: {
      accent: '#aab6fd',
      accentStrong: '#c7d0fe',
      accentSoft: '#262b52',
      ink: '#e8eaee',
      inkSoft: '#bfc5cf',
      inkFaint: '#a3acb9',
      line: '#2a303b',
    },
    /** Inter (bundled with the site; documents name it and PDFs embed it) or `system`, the platform's own. */
    font: 'Inter',
  },
  /** How a customer reaches the company: the call to action every one-pager closes with. */
  customerContact: {
    callToAction: 'Book a 30-minute walkthrough with our team',
    url: 'https://kestrel-data.example/contact/',
    email: 'sales@kestrel-data.example',
  },
  /** What every proposal's "Next steps" section lists; the rep edits the exported document for a deal's own dates. */
  proposalNextSteps: [
    'A scoping workshop with your team to confirm priorities, systems and success criteria.',
    'Your security and compliance review, with our security pack and a call with our security team.',
    'A proof of value on your own data, against the success criteria agreed in the workshop.',
    'A commercial proposal and implementation plan for your approval.',
  ],
  /**
   * Where readers report a problem or ask for missing content: a "new issue" address of the
   * repository the content lives in. Title and body are filled in with the page's context.
   */
  feedbackUrl: 'https://git.kestrel-data.example/marketing/gtm-hub/issues/new',
  /** Where an entry's source file can be opened for editing (file path is appended). */
  editUrlBase: 'https://git.kestrel-data.example/marketing/gtm-hub/edit/main/',
  /** Entries whose review-by date is this close are flagged as due soon. */
  reviewDueSoonDays: 30,
  /**
   * How far ahead a review-by date may be set, in years: a date further out is refused, so no
   * entry stays published unchecked for longer (and a typo such as 2076 for 2026 is caught).
   */
  reviewHorizonYears: 3,
  /**
   * Review-by date of an entry started with `npm run new`, in months from that day. Fast-moving
   * material (battlecards, campaigns) is checked sooner than the taxonomy.
   */
  newEntryReviewMonths: {
    products: 12,
    industries: 12,
    personas: 12,
    'value-props': 6,
    solutions: 6,
    cases: 12,
    competitors: 3,
    objections: 6,
    messaging: 6,
    rfp: 12,
    campaigns: 3,
  },
  /**
   * Largest image (width × height) an entry may point at. Decoding costs about 4 bytes a pixel, so a
   * small file claiming a huge canvas would otherwise exhaust the build's memory.
   */
  maxImagePixels: 40_000_000,
});
