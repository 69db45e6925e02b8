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
export function arrange<T extends Rankable>(
  items: readonly T[],
  filter: AudienceFilter,
  options: ArrangeOptions = {},
): Arrangement<T> {
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

/** Gives each item its position in the given order, the order used when no filter is set. */
export function withRanks<T>(items: readonly T[]): (T & { rank: number })[] {
  return items.map((item, rank) => ({ ...item, rank }));
}

/** The query-string keys of the audience filter, so a filtered toolkit can be bookmarked and shared. */
export const filterParams = { industry: 'industry', persona: 'persona' } as const;

/** Reads the filter from a query string, ignoring ids this toolkit does not offer. */
export function filterFromQuery(
  search: string,
  offered: { industries: readonly string[]; personas: readonly string[] },
): AudienceFilter {
  const params = new URLSearchParams(search);
  const industry = params.get(filterParams.industry) ?? undefined;
  const persona = params.get(filterParams.persona) ?? undefined;
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
