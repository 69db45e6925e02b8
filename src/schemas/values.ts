/**
 * The value lists of the content model and its API, declared once: the schemas validate against
 * them, the JSON Schemas are generated from them, and domain logic (src/lib) imports them from here.
 */

/** Lifecycle of every entry: only approved entries reach a published build. */
export const lifecycleStatuses = ['draft', 'review', 'approved', 'retired'] as const;
/** Who an entry is written for: anyone (`public`), or the company's own staff (`internal`). */
export const audiences = ['public', 'internal'] as const;
/**
 * Who a build is for. `internal` is the company's own hub; `partner` is for resellers who sell the
 * products (toolkits, messaging and kits, public entries only); `public` is the customer's library.
 */
export const buildAudiences = ['internal', 'partner', 'public'] as const;
/** Languages entries are written in (BCP 47). */
export const languages = ['en', 'zh-CN'] as const;
/** Where a customer is; cases and RFP answers written for one market say so. */
export const regions = ['north-america', 'europe', 'asia-pacific', 'latin-america', 'middle-east-africa', 'greater-china'] as const;
/** The three discovery levels, in discovery order: align goals, outline needs, learn how work runs. */
export const personaLevels = ['executive', 'business-line', 'execution'] as const;
export const solutionKinds = ['industry', 'scenario', 'function'] as const;
export const toolkitVariants = ['quick-sale', 'high-ticket'] as const;
/** Boilerplates come at three fixed lengths, each with a word limit (boilerplateWordLimits). */
export const boilerplateLengths = ['short', 'medium', 'long'] as const;
/** Channels a social post is written for; each has a character limit (channelCharacterLimits). */
export const socialChannels = ['linkedin', 'x', 'weibo'] as const;
/** A kit's images come as PNG for slide and print tools and WebP for the web. */
export const brandAssetFormats = ['png', 'webp'] as const;
/** A marketing kit is compiled from a campaign or from a solution. */
export const kitKinds = ['campaign', 'solution'] as const;
/** The files every kit offers beside its pages: the talk, the whitepaper twice, the one-page summary. */
export const kitDocumentKinds = ['talk.pptx', 'whitepaper.docx', 'whitepaper.pdf', 'summary.pdf'] as const;
/**
 * What content health reports, in the order it ranks them by their effect on sales: approved
 * content citing an expired or retired entry first, then a product × industry with no case a rep may
 * send, a buyer with no value proposition, and reviews coming due.
 */
export const healthProblemKinds = ['cited-unpublished', 'no-customer-case', 'no-value-proposition', 'review-due'] as const;
