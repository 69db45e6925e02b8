/**
 * The high-ticket toolkit: modules for long, tendered deals that leave room for the rep. Nothing
 * is pre-arranged into a pitch; the rep picks solutions, proof and answers and assembles a proposal.
 */
import type { Industry, Product } from '../entries';
import type { PersonaLevel } from '../personaLevels';
import { personaLevelLabels } from '../personaLevels';
import type { VariantDecision } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import type { CaseItem, CompetitorItem, DiscoveryItem, RfpItem, SolutionItem, ToolkitContext, ToolkitSection } from './items';
import { byLevel, byShareability, caseItem, competitorItem, discoveryItem, rfpCategoryLabels, rfpItem, solutionItem } from './items';
import type { ProductContent } from './productContent';
import type { AudienceFilter } from './relevance';
import { arrange, withRanks } from './relevance';

export interface SolutionGroup {
  /** Anchor-safe id, unique within the module. */
  id: string;
  title: string;
  items: SolutionItem[];
}

/** Solutions of one kind: by industry (one group per industry), by scenario, or by job function. */
export interface SolutionModule {
  kind: SolutionItem['kind'];
  title: string;
  groups: SolutionGroup[];
}

export interface RfpCategoryGroup {
  category: RfpItem['category'];
  label: string;
  items: RfpItem[];
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
  solutions: ToolkitSection<SolutionItem> & { modules: SolutionModule[] };
  securityPack: ToolkitSection<RfpItem> & {
    categories: RfpCategoryGroup[];
    regulations: { industry: { id: string; title: string }; regulations: string[] }[];
  };
  rfpLibrary: ToolkitSection<RfpItem> & { categories: { category: RfpItem['category']; label: string; count: number }[] };
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

const solutionKindTitles: Record<SolutionItem['kind'], string> = {
  industry: 'By industry',
  scenario: 'By scenario',
  function: 'By job function',
};

function solutionModules(solutions: SolutionItem[], industries: { id: string; title: string }[]): SolutionModule[] {
  const ofKind = (kind: SolutionItem['kind']) => solutions.filter((s) => s.kind === kind);
  // An industry solution may serve several industries; it is listed under each of them.
  const industryGroups = industries
    .map((industry) => ({ id: industry.id, title: industry.title, items: ofKind('industry').filter((s) => s.industries.some((i) => i.id === industry.id)) }))
    .filter((group) => group.items.length > 0);
  const unplaced = ofKind('industry').filter((s) => !s.industries.some((i) => industries.some((industry) => industry.id === i.id)));
  if (unplaced.length > 0) industryGroups.push({ id: 'other-industries', title: 'Other industries', items: unplaced });
  return [
    { kind: 'industry', title: solutionKindTitles.industry, groups: industryGroups },
    { kind: 'scenario', title: solutionKindTitles.scenario, groups: [{ id: 'scenario', title: solutionKindTitles.scenario, items: ofKind('scenario') }] },
    { kind: 'function', title: solutionKindTitles.function, groups: [{ id: 'function', title: solutionKindTitles.function, items: ofKind('function') }] },
  ];
}

function categoryGroups(items: RfpItem[], categories: readonly RfpItem['category'][]): RfpCategoryGroup[] {
  return categories.map((category) => ({
    category,
    label: rfpCategoryLabels[category],
    items: items.filter((item) => item.category === category),
  }));
}

/**
 * Compiles the high-ticket toolkit. With `focusIndustry`, it becomes that industry's entry page:
 * solutions narrowed to what fits the industry, its cases first and its regulations only.
 */
export function highTicketToolkit(ctx: ToolkitContext, content: ProductContent, focusIndustry?: Industry): HighTicketToolkit {
  const { product } = content;
  const name = product.data.title;
  const where = focusIndustry ? ` in ${focusIndustry.data.title}` : '';
  const none = (what: string) => `No approved ${what} for ${name}${where} yet.`;
  const filter: AudienceFilter = { industry: focusIndustry?.id };
  const industries = content.industries.map((i) => ({ id: i.id, title: i.data.title }));

  const solutions = arrange(withRanks(content.solutions.map((s) => solutionItem(ctx, s))), filter).shown;
  const cases = arrange(withRanks([...content.cases].sort(byShareability).map((c) => caseItem(ctx, c))), filter, { keepOthers: true }).shown;
  const rfp = withRanks(content.rfpAnswers.map((answer) => rfpItem(ctx, answer)));
  const security = rfp.filter((item) => (securityCategories as readonly string[]).includes(item.category));
  const stakeholders = withRanks([...content.personas].sort(byLevel).map((p) => discoveryItem(ctx, p)));
  const regulationIndustries = focusIndustry ? [focusIndustry] : content.industries;
  const usedCategories = Object.keys(rfpCategoryLabels).filter((c) => rfp.some((item) => item.category === c)) as RfpItem['category'][];

  return {
    product,
    decision: toolkitVariantsFor(product.data, ctx.settings),
    focus: focusIndustry && { id: focusIndustry.id, title: focusIndustry.data.title, summary: focusIndustry.data.summary },
    industries,
    solutions: {
      id: 'solutions',
      title: 'Solutions',
      items: solutions,
      emptyText: none('solutions'),
      modules: solutionModules(solutions, focusIndustry ? industries.filter((i) => i.id === focusIndustry.id) : industries),
    },
    securityPack: {
      id: 'security',
      title: 'Security and compliance pack',
      items: security,
      emptyText: none('security, privacy or compliance answers'),
      categories: categoryGroups(security, securityCategories),
      regulations: regulationIndustries
        .filter((i) => i.data.regulations.length > 0)
        .map((i) => ({ industry: { id: i.id, title: i.data.title }, regulations: i.data.regulations })),
    },
    rfpLibrary: {
      id: 'rfp-library',
      title: 'RFP answer library',
      items: rfp,
      emptyText: none('RFP answers'),
      categories: categoryGroups(rfp, usedCategories).map((g) => ({ category: g.category, label: g.label, count: g.items.length })),
    },
    cases: { id: 'cases', title: 'Reference cases', items: cases, emptyText: none('customer cases') },
    battlecards: {
      id: 'battlecards',
      title: 'Competitor battlecards',
      items: withRanks(content.competitors.map((c) => competitorItem(ctx, c))),
      emptyText: none('competitor battlecards'),
    },
    stakeholders: {
      id: 'stakeholders',
      title: 'Stakeholder map',
      items: stakeholders,
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
  return highTicketModuleOrder.filter((id) => toolkit[id].items.length === 0);
}
