/**
 * The high-ticket toolkit: modules for long, tendered deals that leave room for the rep. Nothing
 * is pre-arranged into a pitch; the rep picks solutions, proof and answers and assembles a proposal.
 */
import type { Industry, Product } from '../entries';
import type { GovernanceView } from '../governanceView';
import { cardsStatement } from '../governanceView';
import type { PersonaLevel } from '../personaLevels';
import { personaLevelLabels } from '../personaLevels';
import type { VariantDecision } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import type { CaseItem, CompetitorItem, DiscoveryItem, RfpItem, SolutionItem, ToolkitContext, ToolkitSection } from './items';
import {
  byLevel,
  byShareability,
  caseItem,
  competitorItem,
  discoveryItem,
  governanceOf,
  rfpCategoryLabels,
  rfpItem,
  solutionItem,
} from './items';
import type { ProductContent } from './productContent';
import type { AudienceFilter } from './relevance';
import { arrange, withRanks } from './relevance';
import type { ReadyToSend } from './readyToSend';
import { readyToSend } from './readyToSend';
import type { Listed, ListingScope, SeeAll } from './seeAll';
import { firstFew, seeAllFor } from './seeAll';

export interface SolutionGroup extends Listed<SolutionItem> {
  /** Anchor-safe id, unique within the module. */
  id: string;
  title: string;
}

/** Solutions of one kind: by industry (one group per industry), by scenario, or by job function. */
export interface SolutionModule {
  kind: SolutionItem['kind'];
  title: string;
  groups: SolutionGroup[];
}

export interface RfpCategoryGroup extends Listed<RfpItem> {
  category: RfpItem['category'];
  label: string;
}

export interface StakeholderLevel {
  level: PersonaLevel;
  label: string;
  /** What discovery at this level is for. */
  focus: string;
  items: DiscoveryItem[];
}

export interface HighTicketToolkit {
  product: Product;
  decision: VariantDecision;
  /** The industry an entry page is made for; undefined on the toolkit's overview. */
  focus: { id: string; title: string; summary: string } | undefined;
  /** Industries the product is sold to; each has an entry page. */
  industries: { id: string; title: string }[];
  /** What to send for the focus industry; undefined on the toolkit's overview. */
  ready: ReadyToSend | undefined;
  /** The product's governance: the page's governance bar, shown once for the whole toolkit. */
  governance: GovernanceView;
  /** Said once above the modules, whose cards then add only where an item differs (see `governanceNotice`). */
  cardsStatement: string;
  solutions: ToolkitSection<SolutionItem> & { modules: SolutionModule[] };
  securityPack: ToolkitSection<RfpItem> & {
    categories: RfpCategoryGroup[];
    regulations: { industry: { id: string; title: string }; regulations: string[] }[];
  };
  /** The first answers of each category, so the category filter shows the right ones without a page load. */
  rfpLibrary: ToolkitSection<RfpItem> & { categories: { category: RfpItem['category']; label: string; count: number; shown: number }[] };
  cases: ToolkitSection<CaseItem>;
  battlecards: ToolkitSection<CompetitorItem>;
  stakeholders: ToolkitSection<DiscoveryItem> & { levels: StakeholderLevel[] };
}

export type HighTicketModuleId = keyof Pick<
  HighTicketToolkit,
  'solutions' | 'securityPack' | 'rfpLibrary' | 'cases' | 'battlecards' | 'stakeholders'
>;

export const highTicketModuleOrder = [
  'solutions',
  'securityPack',
  'rfpLibrary',
  'cases',
  'battlecards',
  'stakeholders',
] as const satisfies readonly HighTicketModuleId[];

/** RFP categories that make up the security and compliance pack data buyers ask for first. */
export const securityCategories = ['security', 'privacy', 'compliance'] as const satisfies readonly RfpItem['category'][];

/**
 * How many items each module shows on a page; the rest are a search away. Industries, buyers and
 * RFP categories are few, so a page stays the same size however much content is written.
 */
export const highTicketLimits = { solutionsPerGroup: 4, answersPerCategory: 5, cases: 6, battlecards: 6 } as const;

/** Presentation of each module: its name in the navigation and what it is for. */
export function highTicketModuleCopy(focus: HighTicketToolkit['focus']): Record<HighTicketModuleId, { nav: string; lede: string }> {
  return {
    solutions: { nav: 'Solutions', lede: 'By industry, by scenario and by job function: pick the story that fits the account.' },
    securityPack: {
      nav: 'Security pack',
      lede: 'Approved security, privacy and compliance answers, and the regulations the buyer must meet.',
    },
    rfpLibrary: { nav: 'RFP library', lede: 'The first approved tender answers of each category. Open one to read and copy it.' },
    cases: {
      nav: 'Reference cases',
      lede: focus
        ? `${focus.title} references, with the metrics they achieved.`
        : 'References with the metrics they achieved, customer-facing first.',
    },
    battlecards: { nav: 'Battlecards', lede: 'Where we win and lose against each competitor, scored on the factors buyers weigh.' },
    stakeholders: { nav: 'Stakeholders', lede: 'Who decides, at each level of discovery, and what to ask them.' },
  };
}

const solutionKindTitles: Record<SolutionItem['kind'], string> = {
  industry: 'By industry',
  scenario: 'By scenario',
  function: 'By job function',
};

function solutionModules(solutions: SolutionItem[], industries: { id: string; title: string }[], productTitle: string): SolutionModule[] {
  const ofKind = (kind: SolutionItem['kind']) => solutions.filter((s) => s.kind === kind);
  const group = (id: string, title: string, items: SolutionItem[], scope: Omit<ListingScope, 'product'>): SolutionGroup => ({
    id,
    title,
    ...firstFew(items, highTicketLimits.solutionsPerGroup, seeAllFor('solutions', { product: productTitle, ...scope })),
  });
  // An industry solution may serve several industries; it is listed under each of them.
  const industryGroups = industries
    .map((industry) =>
      group(
        industry.id,
        industry.title,
        ofKind('industry').filter((s) => s.industries.some((i) => i.id === industry.id)),
        { solutionKind: 'industry', industry: industry.title },
      ),
    )
    .filter((g) => g.total > 0);
  const unplaced = ofKind('industry').filter((s) => !s.industries.some((i) => industries.some((industry) => industry.id === i.id)));
  if (unplaced.length > 0) industryGroups.push(group('other-industries', 'Other industries', unplaced, { solutionKind: 'industry' }));
  return [
    { kind: 'industry', title: solutionKindTitles.industry, groups: industryGroups },
    {
      kind: 'scenario',
      title: solutionKindTitles.scenario,
      groups: [group('scenario', solutionKindTitles.scenario, ofKind('scenario'), { solutionKind: 'scenario' })],
    },
    {
      kind: 'function',
      title: solutionKindTitles.function,
      groups: [group('function', solutionKindTitles.function, ofKind('function'), { solutionKind: 'function' })],
    },
  ];
}

function categoryGroups(items: RfpItem[], categories: readonly RfpItem['category'][], seeAll: SeeAll): RfpCategoryGroup[] {
  return categories.map((category) => ({
    category,
    label: rfpCategoryLabels[category],
    ...firstFew(
      items.filter((item) => item.category === category),
      highTicketLimits.answersPerCategory,
      seeAll,
    ),
  }));
}

/** The items of the groups, each once, in the order of `all`. */
function shownIn<T>(all: readonly T[], groups: readonly { items: readonly T[] }[]): T[] {
  const shown = new Set(groups.flatMap((g) => g.items));
  return all.filter((item) => shown.has(item));
}

/**
 * Compiles the high-ticket toolkit. With `focusIndustry`, it becomes that industry's entry page:
 * solutions narrowed to what fits the industry, its own cases only and its regulations only.
 * Long modules show their first items and link to the rest.
 */
export function highTicketToolkit(ctx: ToolkitContext, content: ProductContent, focusIndustry?: Industry): HighTicketToolkit {
  const { product } = content;
  const name = product.data.title;
  const where = focusIndustry ? ` in ${focusIndustry.data.title}` : '';
  const none = (what: string) => `No approved ${what} for ${name}${where} yet.`;
  const filter: AudienceFilter = { industry: focusIndustry?.id };
  const industries = content.industries.map((i) => ({ id: i.id, title: i.data.title }));
  const listing: ListingScope = { product: name };

  const solutions = arrange(withRanks(content.solutions.map((s) => solutionItem(ctx, s))), filter).shown;
  const modules = solutionModules(solutions, focusIndustry ? industries.filter((i) => i.id === focusIndustry.id) : industries, name);
  // Cases name exactly one industry: an industry page shows that industry's cases and no others.
  const cases = [...content.cases]
    .filter((c) => !focusIndustry || c.data.industry.id === focusIndustry.id)
    .sort(byShareability)
    .map((c) => caseItem(ctx, c));
  const rfp = withRanks(content.rfpAnswers.map((answer) => rfpItem(ctx, answer)));
  const rfpSeeAll = seeAllFor('rfp', listing);
  const security = rfp.filter((item) => (securityCategories as readonly string[]).includes(item.category));
  const securityGroups = categoryGroups(security, securityCategories, rfpSeeAll);
  const usedCategories = Object.keys(rfpCategoryLabels).filter((c) => rfp.some((item) => item.category === c)) as RfpItem['category'][];
  const libraryGroups = categoryGroups(rfp, usedCategories, rfpSeeAll);
  const stakeholders = withRanks([...content.personas].sort(byLevel).map((p) => discoveryItem(ctx, p)));
  const regulationIndustries = focusIndustry ? [focusIndustry] : content.industries;
  const solutionsShown = shownIn(
    solutions,
    modules.flatMap((m) => m.groups),
  );
  const rankedCases = withRanks(cases);
  const personas = [...content.personas].sort(byLevel).map((p) => ({ id: p.id, title: p.data.title }));

  return {
    product,
    decision: toolkitVariantsFor(product.data, ctx.settings),
    focus: focusIndustry && { id: focusIndustry.id, title: focusIndustry.data.title, summary: focusIndustry.data.summary },
    industries,
    governance: governanceOf(ctx, product),
    cardsStatement: cardsStatement(ctx.hub.scope.audience),
    ready: focusIndustry && readyToSend(ctx, content, rankedCases, { id: focusIndustry.id, title: focusIndustry.data.title }, personas),
    solutions: {
      id: 'solutions',
      title: 'Solutions',
      items: solutionsShown,
      total: solutions.length,
      seeAll: solutionsShown.length < solutions.length ? seeAllFor('solutions', listing) : undefined,
      emptyText: none('solutions'),
      modules,
    },
    securityPack: {
      id: 'security',
      title: 'Security and compliance pack',
      items: shownIn(security, securityGroups),
      total: security.length,
      seeAll: securityGroups.some((g) => g.seeAll) ? rfpSeeAll : undefined,
      emptyText: none('security, privacy or compliance answers'),
      categories: securityGroups,
      regulations: regulationIndustries
        .filter((i) => i.data.regulations.length > 0)
        .map((i) => ({ industry: { id: i.id, title: i.data.title }, regulations: i.data.regulations })),
    },
    rfpLibrary: {
      id: 'rfp-library',
      title: 'RFP answer library',
      items: shownIn(rfp, libraryGroups),
      total: rfp.length,
      seeAll: libraryGroups.some((g) => g.seeAll) ? rfpSeeAll : undefined,
      emptyText: none('RFP answers'),
      categories: libraryGroups.map((g) => ({ category: g.category, label: g.label, count: g.total, shown: g.items.length })),
    },
    cases: {
      id: 'cases',
      title: 'Reference cases',
      ...firstFew(rankedCases, highTicketLimits.cases, seeAllFor('cases', { ...listing, industry: focusIndustry?.data.title })),
      emptyText: none('customer cases'),
    },
    battlecards: {
      id: 'battlecards',
      title: 'Competitor battlecards',
      ...firstFew(
        withRanks(content.competitors.map((c) => competitorItem(ctx, c))),
        highTicketLimits.battlecards,
        seeAllFor('competitors', listing),
      ),
      emptyText: none('competitor battlecards'),
    },
    stakeholders: {
      id: 'stakeholders',
      title: 'Stakeholder map',
      items: stakeholders,
      total: stakeholders.length,
      seeAll: undefined,
      emptyText: none('buyer personas'),
      levels: (Object.keys(personaLevelLabels) as PersonaLevel[]).map((level) => ({
        level,
        label: personaLevelLabels[level].label,
        focus: personaLevelLabels[level].discoveryFocus,
        items: stakeholders.filter((s) => s.level === level),
      })),
    },
  };
}

/** Modules with nothing to show: the page says so and asks for the content instead of hiding them. */
export function emptyHighTicketModules(toolkit: HighTicketToolkit): HighTicketModuleId[] {
  return highTicketModuleOrder.filter((id) => toolkit[id].total === 0);
}
