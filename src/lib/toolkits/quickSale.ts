/**
 * The quick-sale toolkit: complete, standard, plug-and-play. One page whose sections always come
 * in the same order, so a rep learns once where the pitch, the proof and the answers are.
 */
import type { CustomerFacingCase } from '../customerCase';
import { bestCustomerCase } from '../customerCase';
import type { FilledEmail } from '../emailTemplate';
import { fillEmailTemplate } from '../emailTemplate';
import type { Product } from '../entries';
import type { GovernanceView } from '../governanceView';
import { cardsStatement } from '../governanceView';
import { entryPath } from '../entries';
import type { VariantDecision } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import type {
  CaseItem,
  CompetitorItem,
  DiscoveryItem,
  ObjectionItem,
  ToolkitContext,
  ToolkitItem,
  ToolkitSection,
  ValuePropItem,
} from './items';
import { byLevel, byShareability, caseItem, competitorItem, discoveryItem, governanceOf, objectionItem, valuePropItem } from './items';
import type { ProductContent } from './productContent';
import type { ArrangeOptions, OfferedAudiences, Rankable, Targeting } from './relevance';
import { everyone, itemsForIndustryPage, itemsSomeChoiceShows, variantForIndustry, withRanks } from './relevance';
import type { ReadyToSend } from './readyToSend';
import { readyToSend } from './readyToSend';
import type { ListedCollection } from './seeAll';
import { seeAllFor } from './seeAll';

export interface PitchItem extends ToolkitItem {
  label: string;
  text: string;
  /** Tagline and pitch lead the section; industry and buyer variants follow. */
  emphasis: 'tagline' | 'pitch' | 'variant';
}

export interface PackageItem extends ToolkitItem {
  name: string;
  price: string;
  includes: string[];
}

export interface EmailItem extends ToolkitItem {
  name: string;
  /** The template as written, placeholders and all. */
  subject: string;
  body: string;
  /**
   * The template filled for each industry a rep may pick: first the one for no industry, then one
   * per industry whose best case fills it differently. The page shows the one the filter picks.
   */
  variants: EmailVariant[];
}

export interface EmailVariant {
  /** The industry (id) this filling is for; undefined: no industry chosen, or one without its own. */
  industry: string | undefined;
  email: FilledEmail;
}

/** The email as filled for the chosen industry. */
export function emailForIndustry(item: Pick<EmailItem, 'variants'>, industry: string | undefined): FilledEmail | undefined {
  return variantForIndustry(item.variants, industry)?.email;
}

/** A link to a customer-facing case, ready to send. */
export type CaseLinkItem = { kind: 'case-link' } & CaseItem;

/** A section plus how the filters narrow it. */
export interface QuickSaleSection<T> extends ToolkitSection<T> {
  arrange: ArrangeOptions;
  /** Items outside the filtered list that every view shows, e.g. the email templates; counted in `total`. */
  fixed: number;
}

/** What a rep sends: customer-facing case links (filtered, best first) and email templates (always there). */
export type SendSection = QuickSaleSection<CaseLinkItem> & { emails: EmailItem[] };

export interface QuickSaleToolkit {
  product: Product;
  decision: VariantDecision;
  /** The industries and buyers the filters offer: the ones the product is sold to. */
  filters: {
    industries: { id: string; title: string }[];
    personas: { id: string; title: string; level: string }[];
  };
  /** Discount rules and floors; the hub of a partner or public build has none. */
  pricingNotes: string | undefined;
  /** What to send for each industry of the filters, in the same order; the page opens with the chosen one. */
  ready: ReadyToSend[];
  /** The product's governance: the page's governance bar, shown once for the whole toolkit. */
  governance: GovernanceView;
  /** Said once above the cards, which then add only where an item differs (see `governanceNotice`). */
  cardsStatement: string;
  sections: {
    pitch: QuickSaleSection<PitchItem>;
    packaging: QuickSaleSection<PackageItem>;
    valueProps: QuickSaleSection<ValuePropItem>;
    cases: QuickSaleSection<CaseItem>;
    discovery: QuickSaleSection<DiscoveryItem>;
    objections: QuickSaleSection<ObjectionItem>;
    competitors: QuickSaleSection<CompetitorItem>;
    send: SendSection;
  };
}

export type QuickSaleSectionId = keyof QuickSaleToolkit['sections'];

/** The fixed order of the page; the page, its navigation and its print-out all follow it. */
export const quickSaleSectionOrder = [
  'pitch',
  'packaging',
  'valueProps',
  'cases',
  'discovery',
  'objections',
  'competitors',
  'send',
] as const satisfies readonly QuickSaleSectionId[];

/** Presentation of each section: its short name in the navigation and what it is for. */
export const quickSaleSectionCopy: Record<QuickSaleSectionId, { nav: string; lede: string; repOnly?: boolean }> = {
  pitch: { nav: 'Pitch', lede: 'Open with these. Pick an industry or buyer above for the tailored line.' },
  packaging: { nav: 'Price', lede: 'Packages and list prices as quoted to customers.' },
  valueProps: { nav: 'Value', lede: 'What changes for the buyer, each with its proof.' },
  cases: { nav: 'Cases', lede: 'Customers like this one; the chosen industry comes first.' },
  discovery: { nav: 'Discovery', lede: 'Questions for each buyer, executive first.', repOnly: true },
  objections: { nav: 'Objections', lede: 'What buyers say, and the approved answer.', repOnly: true },
  competitors: { nav: 'Competitors', lede: 'How to win against the alternatives they name.', repOnly: true },
  send: { nav: 'Send', lede: 'Customer-facing links, the one-pager and email templates.', repOnly: true },
};

/**
 * How many items the growing sections show for any one choice of industry and buyer; the rest
 * are a search away. Pitch lines, packages and buyers are few by nature and are not limited.
 */
export const quickSaleLimits = { valueProps: 5, cases: 3, objections: 6, competitors: 4, caseLinks: 6 } as const;

function pitchItems(ctx: ToolkitContext, content: ProductContent): Omit<PitchItem, 'rank'>[] {
  const messaging = content.messaging;
  if (!messaging) return [];
  const d = messaging.data;
  const base = {
    audience: d.audience,
    lang: d.lang,
    href: entryPath(messaging),
    customerUrl: undefined,
    copyFor: d.audience === 'public' ? ('customer' as const) : ('staff' as const),
    governance: governanceOf(ctx, messaging),
  };
  const item = (key: string, label: string, text: string, emphasis: PitchItem['emphasis'], targeting: Targeting) => ({
    ...base,
    key: `messaging:${messaging.id}:${key}`,
    label,
    text,
    copyText: text,
    emphasis,
    targeting,
  });
  return [
    item('tagline', 'Tagline', d.tagline, 'tagline', everyone),
    item('pitch', 'Elevator pitch', d.elevatorPitch, 'pitch', everyone),
    ...d.industryVariants.flatMap((variant) => {
      const industry = ctx.hub.get(variant.industry);
      return industry
        ? [
            item(`industry:${industry.id}`, `For ${industry.data.title}`, variant.message, 'variant', {
              industries: [industry.id],
              personas: [],
            }),
          ]
        : [];
    }),
    ...d.personaVariants.flatMap((variant) => {
      const persona = ctx.hub.get(variant.persona);
      return persona
        ? [
            item(`persona:${persona.id}`, `For the ${persona.data.title}`, variant.message, 'variant', {
              industries: [],
              personas: [persona.id],
            }),
          ]
        : [];
    }),
  ];
}

function packageItems(ctx: ToolkitContext, product: Product): Omit<PackageItem, 'rank'>[] {
  const governance = governanceOf(ctx, product);
  return product.data.packages.map((pack) => ({
    key: `package:${product.id}:${pack.name}`,
    audience: product.data.audience,
    lang: product.data.lang,
    href: entryPath(product),
    customerUrl: undefined,
    copyText: `${product.data.title} ${pack.name}: ${pack.price}. Includes ${pack.includes.join(', ')}.`,
    copyFor: product.data.audience === 'public' ? ('customer' as const) : ('staff' as const),
    targeting: everyone,
    governance,
    name: pack.name,
    price: pack.price,
    includes: pack.includes,
  }));
}

/**
 * Email templates filled with the product and, per industry, the best case a customer may receive
 * (a named one from that industry, else an anonymised one, else the best from any industry).
 */
function emailItems(
  ctx: ToolkitContext,
  product: Product,
  sendable: readonly CustomerFacingCase[],
  industries: readonly string[],
): Omit<EmailItem, 'rank'>[] {
  const governance = governanceOf(ctx, product);
  return product.data.emailTemplates.map((template) => {
    const fillFor = (industry: string | undefined) =>
      fillEmailTemplate(template, {
        product: product.data.title,
        case: bestCustomerCase(sendable, { industry }, product.data.lang) ?? bestCustomerCase(sendable, {}, product.data.lang),
      });
    const general = fillFor(undefined);
    const variants: EmailVariant[] = [{ industry: undefined, email: general }];
    for (const industry of industries) {
      const email = fillFor(industry);
      if (email.text !== general.text) variants.push({ industry, email });
    }
    return {
      key: `email:${product.id}:${template.name}`,
      audience: product.data.audience,
      lang: product.data.lang,
      href: entryPath(product),
      customerUrl: undefined,
      copyText: general.text,
      copyFor: 'customer' as const,
      targeting: everyone,
      governance,
      name: template.name,
      subject: template.subject,
      body: template.body,
      variants,
    };
  });
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

interface SectionSource<T> {
  id: string;
  title: string;
  /** Every item, best first when no filter is set. */
  items: T[];
  emptyText: string;
  arrange?: ArrangeOptions;
  /** Where a limited section's full list is searched. */
  listed?: { collection: ListedCollection; customerFacing?: boolean };
}

/**
 * Ranks a section's items and keeps the ones some choice of industry and buyer shows: the page
 * renders those only, and the browser narrows them as it would narrow the whole list.
 */
function quickSaleSection<T extends Omit<Rankable, 'rank'>>(
  source: SectionSource<T>,
  offered: OfferedAudiences,
  productTitle: string,
): QuickSaleSection<T & { rank: number }> {
  const arrange = source.arrange ?? {};
  const all = withRanks(source.items);
  const limited = arrange.limit !== undefined && all.length > arrange.limit;
  return {
    id: source.id,
    title: source.title,
    items: itemsSomeChoiceShows(all, offered, arrange),
    total: all.length,
    seeAll:
      limited && source.listed
        ? seeAllFor(source.listed.collection, { product: productTitle, customerFacing: source.listed.customerFacing })
        : undefined,
    emptyText: source.emptyText,
    arrange,
    fixed: 0,
  };
}

export function quickSaleToolkit(ctx: ToolkitContext, content: ProductContent): QuickSaleToolkit {
  const { product } = content;
  const name = product.data.title;
  const none = (what: string) => `No approved ${what} for ${name} yet.`;

  const valueProps = content.valueProps
    .map((vp) => valuePropItem(ctx, vp))
    .filter(isDefined)
    .sort((a, b) => a.priority - b.priority);
  const cases = [...content.cases].sort(byShareability).map((c) => caseItem(ctx, c));
  const personas = [...content.personas].sort(byLevel);
  const offered: OfferedAudiences = { industries: content.industries.map((i) => i.id), personas: personas.map((p) => p.id) };
  const make = <T extends Omit<Rankable, 'rank'>>(source: SectionSource<T>) => quickSaleSection(source, offered, name);

  const caseLinks = make({
    id: 'send',
    title: 'Links, one-pager and emails',
    items: cases
      .filter((c) => c.customerUrl !== undefined)
      .map((c): Omit<CaseLinkItem, 'rank'> => ({ ...c, key: `link:${c.key}`, kind: 'case-link' })),
    emptyText: none('customer-facing material'),
    arrange: { limit: quickSaleLimits.caseLinks },
    listed: { collection: 'cases', customerFacing: true },
  });
  const sendable = cases.map((c) => c.send).filter(isDefined);
  const emails = withRanks(emailItems(ctx, product, sendable, offered.industries));
  const filters = {
    industries: content.industries.map((i) => ({ id: i.id, title: i.data.title })),
    personas: personas.map((p) => ({ id: p.id, title: p.data.title, level: p.data.level })),
  };
  const rankedCases = withRanks(cases);

  return {
    product,
    decision: toolkitVariantsFor(product.data, ctx.settings),
    filters,
    pricingNotes: product.data.pricingNotes,
    governance: governanceOf(ctx, product),
    cardsStatement: cardsStatement(ctx.hub.scope.audience),
    ready: filters.industries.map((industry) => readyToSend(ctx, content, rankedCases, industry, filters.personas)),
    sections: {
      pitch: make({ id: 'pitch', title: 'Pitch and tagline', items: pitchItems(ctx, content), emptyText: none('messaging') }),
      packaging: make({
        id: 'packaging',
        title: 'Packaging and price',
        items: packageItems(ctx, product),
        emptyText: none('packaging or price'),
      }),
      valueProps: make({
        id: 'value-props',
        title: 'Top value propositions',
        items: valueProps,
        emptyText: none('value propositions with proof'),
        arrange: { limit: quickSaleLimits.valueProps },
        listed: { collection: 'value-props' },
      }),
      cases: make({
        id: 'cases',
        title: 'Best-matching customer cases',
        items: cases,
        emptyText: none('customer cases'),
        arrange: { limit: quickSaleLimits.cases, keepOthers: true },
        listed: { collection: 'cases' },
      }),
      discovery: make({
        id: 'discovery',
        title: 'Discovery questions',
        items: personas.map((p) => discoveryItem(ctx, p)).filter((item) => item.questions.length > 0),
        emptyText: none('discovery questions'),
      }),
      objections: make({
        id: 'objections',
        title: 'Objection answers',
        items: content.objections.map((o) => objectionItem(ctx, o)),
        emptyText: none('objection answers'),
        arrange: { limit: quickSaleLimits.objections },
        listed: { collection: 'objections' },
      }),
      competitors: make({
        id: 'competitors',
        title: 'Competitor quick-hits',
        items: content.competitors.map((c) => competitorItem(ctx, c)),
        emptyText: none('competitor notes'),
        arrange: { limit: quickSaleLimits.competitors },
        listed: { collection: 'competitors' },
      }),
      send: { ...caseLinks, total: caseLinks.total + emails.length, fixed: emails.length, emails },
    },
  };
}

/**
 * One page of the toolkit, the whole toolkit's (no industry) or one industry's: each section keeps
 * only what some buyer choice on that page shows, with the "Ready to send" block and the email
 * fillings of the page's industry. Picking another industry opens its own page (src/client/toolkitFilters.ts),
 * so a page's size is bounded by its limits and buyers, not by how many entries the hub holds.
 */
export function quickSaleToolkitPage(toolkit: QuickSaleToolkit, industry: string | undefined): QuickSaleToolkit {
  const personas = toolkit.filters.personas.map((p) => p.id);
  const narrow = <T extends Rankable>(section: QuickSaleSection<T>): QuickSaleSection<T> => ({
    ...section,
    items: itemsForIndustryPage(section.items, industry, personas, section.arrange),
  });
  const { sections } = toolkit;
  return {
    ...toolkit,
    ready: toolkit.ready.filter((ready) => ready.industry.id === industry),
    sections: {
      pitch: narrow(sections.pitch),
      packaging: narrow(sections.packaging),
      valueProps: narrow(sections.valueProps),
      cases: narrow(sections.cases),
      discovery: narrow(sections.discovery),
      objections: narrow(sections.objections),
      competitors: narrow(sections.competitors),
      send: {
        ...narrow(sections.send),
        emails: sections.send.emails.map((email) => ({
          ...email,
          variants: [variantForIndustry(email.variants, industry)].filter(isDefined),
        })),
      },
    },
  };
}

/** Sections with nothing to show: the page says so and asks for the content instead of hiding them. */
export function emptyQuickSaleSections(toolkit: QuickSaleToolkit): QuickSaleSectionId[] {
  return quickSaleSectionOrder.filter((id) => toolkit.sections[id].total === 0);
}
