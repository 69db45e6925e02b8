/**
 * The quick-sale toolkit: complete, standard, plug-and-play. One page whose sections always come
 * in the same order, so a rep learns once where the pitch, the proof and the answers are.
 */
import type { Product } from '../entries';
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
import {
  byLevel,
  byShareability,
  caseItem,
  competitorItem,
  discoveryItem,
  governanceOf,
  objectionItem,
  valuePropItem,
} from './items';
import type { ProductContent } from './productContent';
import type { ArrangeOptions, Targeting } from './relevance';
import { withRanks } from './relevance';

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
  subject: string;
  body: string;
}

/** What a rep sends: links to customer-facing cases and ready email templates. */
export type SendItem = ({ kind: 'case-link' } & CaseItem) | ({ kind: 'email' } & EmailItem);

/** A section plus how the filters narrow it. */
export interface QuickSaleSection<T> extends ToolkitSection<T> {
  arrange: ArrangeOptions;
}

export interface QuickSaleToolkit {
  product: Product;
  decision: VariantDecision;
  /** The industries and buyers the filters offer: the ones the product is sold to. */
  filters: {
    industries: { id: string; title: string }[];
    personas: { id: string; title: string; level: string }[];
  };
  /** Discount rules and floors, for internal builds only; undefined in a public build. */
  pricingNotes: string | undefined;
  sections: {
    pitch: QuickSaleSection<PitchItem>;
    packaging: QuickSaleSection<PackageItem>;
    valueProps: QuickSaleSection<ValuePropItem>;
    cases: QuickSaleSection<CaseItem>;
    discovery: QuickSaleSection<DiscoveryItem>;
    objections: QuickSaleSection<ObjectionItem>;
    competitors: QuickSaleSection<CompetitorItem>;
    send: QuickSaleSection<SendItem>;
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

/** How many value propositions and cases the toolkit leads with; the rest stay a click away. */
const quickSaleLimits = { valueProps: 5, cases: 3 } as const;

const everyone: Targeting = { industries: [], personas: [] };

function pitchItems(ctx: ToolkitContext, content: ProductContent): Omit<PitchItem, 'rank'>[] {
  const messaging = content.messaging;
  if (!messaging) return [];
  const d = messaging.data;
  const base = {
    audience: d.audience,
    lang: d.lang,
    href: entryPath(messaging),
    customerUrl: undefined,
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
        ? [item(`industry:${industry.id}`, `For ${industry.data.title}`, variant.message, 'variant', { industries: [industry.id], personas: [] })]
        : [];
    }),
    ...d.personaVariants.flatMap((variant) => {
      const persona = ctx.hub.get(variant.persona);
      return persona
        ? [item(`persona:${persona.id}`, `For the ${persona.data.title}`, variant.message, 'variant', { industries: [], personas: [persona.id] })]
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
    targeting: everyone,
    governance,
    name: pack.name,
    price: pack.price,
    includes: pack.includes,
  }));
}

function emailItems(ctx: ToolkitContext, product: Product): Omit<EmailItem, 'rank'>[] {
  const governance = governanceOf(ctx, product);
  return product.data.emailTemplates.map((email) => ({
    key: `email:${product.id}:${email.name}`,
    audience: product.data.audience,
    lang: product.data.lang,
    href: entryPath(product),
    customerUrl: undefined,
    copyText: `Subject: ${email.subject}\n\n${email.body}`,
    targeting: everyone,
    governance,
    name: email.name,
    subject: email.subject,
    body: email.body,
  }));
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

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

  return {
    product,
    decision: toolkitVariantsFor(product.data, ctx.settings),
    filters: {
      industries: content.industries.map((i) => ({ id: i.id, title: i.data.title })),
      personas: personas.map((p) => ({ id: p.id, title: p.data.title, level: p.data.level })),
    },
    pricingNotes: ctx.hub.scope.audience === 'internal' ? product.data.pricingNotes : undefined,
    sections: {
      pitch: { id: 'pitch', title: 'Pitch and tagline', items: withRanks(pitchItems(ctx, content)), emptyText: none('messaging'), arrange: {} },
      packaging: { id: 'packaging', title: 'Packaging and price', items: withRanks(packageItems(ctx, product)), emptyText: none('packaging or price'), arrange: {} },
      valueProps: {
        id: 'value-props',
        title: 'Top value propositions',
        items: withRanks(valueProps),
        emptyText: none('value propositions with proof'),
        arrange: { limit: quickSaleLimits.valueProps },
      },
      cases: {
        id: 'cases',
        title: 'Best-matching customer cases',
        items: withRanks(cases),
        emptyText: none('customer cases'),
        arrange: { limit: quickSaleLimits.cases, keepOthers: true },
      },
      discovery: {
        id: 'discovery',
        title: 'Discovery questions',
        items: withRanks(personas.map((p) => discoveryItem(ctx, p)).filter((item) => item.questions.length > 0)),
        emptyText: none('discovery questions'),
        arrange: {},
      },
      objections: {
        id: 'objections',
        title: 'Objection answers',
        items: withRanks(content.objections.map((o) => objectionItem(ctx, o))),
        emptyText: none('objection answers'),
        arrange: {},
      },
      competitors: {
        id: 'competitors',
        title: 'Competitor quick-hits',
        items: withRanks(content.competitors.map((c) => competitorItem(ctx, c))),
        emptyText: none('competitor notes'),
        arrange: {},
      },
      send: {
        id: 'send',
        title: 'Ready to send',
        items: withRanks([
          ...cases.filter((c) => c.audience === 'public').map((c) => ({ ...c, key: `link:${c.key}`, kind: 'case-link' as const })),
          ...emailItems(ctx, product).map((e) => ({ ...e, kind: 'email' as const })),
        ]),
        emptyText: none('customer-facing material'),
        arrange: {},
      },
    },
  };
}

/** Sections with nothing to show: the page says so and asks for the content instead of hiding them. */
export function emptyQuickSaleSections(toolkit: QuickSaleToolkit): QuickSaleSectionId[] {
  return quickSaleSectionOrder.filter((id) => toolkit.sections[id].items.length === 0);
}
