/**
 * Who a toolkit item is for, and how items are narrowed and ranked for the industry and buyer a
 * rep picks. The same functions order the static page at build time and re-order it in the
 * browser when the filters change, so both always agree.
 */

/** Industries and buyer personas (ids) an item is written for; an empty list serves all of them. */
export interface Targeting {
  industries: readonly string[];
  personas: readonly string[];
}

/** Written for every industry and buyer. */
export const everyone: Targeting = { industries: [], personas: [] };

/** The rep's choice of industry and buyer; either may be left open. */
export interface AudienceFilter {
  industry?: string | undefined;
  persona?: string | undefined;
}

/** How one item relates to one filter dimension. */
export type Fit = 'match' | 'general' | 'other';

export interface Relevance {
  /** Written for the chosen industry and buyer, or for everyone. */
  fits: boolean;
  /** The industry's fit: decides whether a case is labelled as coming from another industry. */
  industryFit: Fit;
  /** Higher is closer: items written for the chosen audience outrank general ones. */
  score: number;
}

const fitWeight: Record<Fit, number> = { match: 2, general: 1, other: 0 };

function dimensionFit(targets: readonly string[], chosen: string | undefined): Fit {
  if (chosen === undefined || targets.length === 0) return 'general';
  return targets.includes(chosen) ? 'match' : 'other';
}

export function relevance(targeting: Targeting, filter: AudienceFilter): Relevance {
  const industryFit = dimensionFit(targeting.industries, filter.industry);
  const personaFit = dimensionFit(targeting.personas, filter.persona);
  return {
    fits: industryFit !== 'other' && personaFit !== 'other',
    industryFit,
    // Industry weighs more than the buyer: proof from the customer's own industry persuades most.
    score: fitWeight[industryFit] * 3 + fitWeight[personaFit],
  };
}

/** Anything that can be ranked: its targeting and its position when no filter is set. */
export interface Rankable {
  targeting: Targeting;
  rank: number;
}

export interface ArrangeOptions {
  /** Show at most this many items (e.g. the best few cases); unlimited when left out. */
  limit?: number | undefined;
  /**
   * Keep items written for another industry or buyer, ranked last. For customer cases the closest
   * proof beats none; for pitches or objection answers the wrong audience's text is noise.
   */
  keepOthers?: boolean | undefined;
}

export interface Arrangement<T> {
  /** Items to show, best first. */
  shown: T[];
  /** Items to hide, in their original order. */
  hidden: T[];
  /** How many items fit the filter (shown or not): zero means the section has nothing for this audience. */
  fitting: number;
}

/** Narrows and orders one toolkit section for the chosen audience. */
export function arrange<T extends Rankable>(items: readonly T[], filter: AudienceFilter, options: ArrangeOptions = {}): Arrangement<T> {
  const scored = items.map((item) => ({ item, ...relevance(item.targeting, filter) }));
  const eligible = scored
    .filter((s) => s.fits || options.keepOthers === true)
    .sort((a, b) => Number(b.fits) - Number(a.fits) || b.score - a.score || a.item.rank - b.item.rank);
  const shown = eligible.slice(0, options.limit ?? eligible.length).map((s) => s.item);
  const shownSet = new Set(shown);
  return {
    shown,
    hidden: items.filter((item) => !shownSet.has(item)),
    fitting: scored.filter((s) => s.fits).length,
  };
}

/**
 * What the page shows before the rep changes the filters: the ranking and limit the browser applies
 * later, for the page's own audience (none on a whole toolkit, the industry on an industry page).
 */
export interface InitialArrangement<T> {
  /** How many items are shown. */
  count: number;
  /** Whether the item starts out hidden: items that do not fit, and items past the limit. */
  isHidden(item: T): boolean;
  /** Every item in the order the page renders them: the shown ones as ranked, then the hidden ones. */
  ordered: T[];
}

export function initialArrangement<T extends Rankable>(
  items: readonly T[],
  options: ArrangeOptions = {},
  filter: AudienceFilter = {},
): InitialArrangement<T> {
  const { shown, hidden } = arrange(items, filter, options);
  const hiddenSet = new Set(hidden);
  return { count: shown.length, isHidden: (item) => hiddenSet.has(item), ordered: [...shown, ...hidden] };
}

/** The industries and buyers a toolkit's filters offer, by id. */
export interface OfferedAudiences {
  industries: readonly string[];
  personas: readonly string[];
}

/** Every filter a rep can set: none, each industry, each buyer, and each industry with each buyer. */
export function audienceChoices(offered: OfferedAudiences): AudienceFilter[] {
  const industries = [undefined, ...offered.industries];
  const personas = [undefined, ...offered.personas];
  return industries.flatMap((industry) => personas.map((persona) => ({ industry, persona })));
}

/**
 * The items at least one filter choice shows, in their original order. With a limit, a page that
 * renders only these stays the same size however much content there is (at most the limit per
 * choice, and industries and buyers are few), and the browser, arranging just these, still shows
 * exactly what it would show with every item: each choice's best items are among them, and the
 * order is the same. Without a limit every item can be shown, so all are kept.
 */
export function itemsSomeChoiceShows<T extends Rankable>(
  items: readonly T[],
  offered: OfferedAudiences,
  options: ArrangeOptions = {},
): T[] {
  if (options.limit === undefined || items.length <= options.limit) return [...items];
  const kept = new Set<T>();
  for (const filter of audienceChoices(offered)) {
    for (const item of arrange(items, filter, options).shown) kept.add(item);
  }
  return items.filter((item) => kept.has(item));
}

/**
 * The items a toolkit page for one industry (undefined: the whole toolkit) shows for some choice of
 * buyer, in their original order. Choosing another industry opens that industry's page, so a page
 * needs no more than these: with a limit, at most the limit per buyer however much content there is.
 */
export function itemsForIndustryPage<T extends Rankable>(
  items: readonly T[],
  industry: string | undefined,
  personas: readonly string[],
  options: ArrangeOptions = {},
): T[] {
  const kept = new Set<T>();
  for (const persona of [undefined, ...personas]) {
    for (const item of arrange(items, { industry, persona }, options).shown) kept.add(item);
  }
  return items.filter((item) => kept.has(item));
}

/** Gives each item its position in the given order, the order used when no filter is set. */
export function withRanks<T>(items: readonly T[]): (T & { rank: number })[] {
  return items.map((item, rank) => ({ ...item, rank }));
}

/** The query-string keys of the audience filter, so a filtered toolkit can be bookmarked and shared. */
export const filterParams = { industry: 'industry', persona: 'persona' } as const;

/**
 * Reads the filter from a query string, ignoring ids this toolkit does not offer. A key the query
 * leaves out takes the page's own value: an industry page is narrowed to its industry.
 */
export function filterFromQuery(
  search: string,
  offered: { industries: readonly string[]; personas: readonly string[] },
  page: AudienceFilter = {},
): AudienceFilter {
  const params = new URLSearchParams(search);
  const industry = params.get(filterParams.industry) ?? page.industry;
  const persona = params.get(filterParams.persona) ?? page.persona;
  return {
    industry: industry !== undefined && offered.industries.includes(industry) ? industry : undefined,
    persona: persona !== undefined && offered.personas.includes(persona) ? persona : undefined,
  };
}

/** Writes the filter into a query string, keeping any other parameters; '' when nothing is set. */
export function filterToQuery(filter: AudienceFilter, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of ['industry', 'persona'] as const) {
    const value = filter[key];
    if (value) params.set(filterParams[key], value);
    else params.delete(filterParams[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function isFiltered(filter: AudienceFilter): boolean {
  return filter.industry !== undefined || filter.persona !== undefined;
}

/**
 * The variant of something filled per industry (an email template) for the chosen industry: its
 * own, else the first, general one. The build and the filter script both pick with it.
 */
export function variantForIndustry<T extends { industry: string | undefined }>(
  variants: readonly T[],
  industry: string | undefined,
): T | undefined {
  return variants.find((v) => industry !== undefined && v.industry === industry) ?? variants[0];
}
