/**
 * A product's learning path: the modules a new rep works through, in the order they need them,
 * each compiled from the same approved entries (and the same selection rules) as the product's
 * toolkits, so training can never teach what the toolkit no longer says.
 */
import type { Audience } from '../gating';
import type { CollectionName, Entry, Product } from '../entries';
import { entryPath } from '../entries';
import type { Hub } from '../hub';
import type { BoilerplateLimits, MessagingHouse } from '../messaging';
import { messagingHousesFor } from '../messaging';
import type { PersonaLevel } from '../personaLevels';
import { personaLevelLabels } from '../personaLevels';
import { countWords } from '../text/wordCount';
import type { ToolkitVariant, VariantDecision } from '../toolkitVariant';
import { toolkitVariantsFor } from '../toolkitVariant';
import { dealSummary, highTicketToolkitFor, quickSaleToolkitFor, toolkitVariantLabels } from '../toolkits/catalog';
import { highTicketLimits, highTicketModuleCopy, highTicketModuleOrder } from '../toolkits/highTicket';
import type { CompetitorItem, DiscoveryItem, ObjectionItem, ToolkitContext, ValuePropItem } from '../toolkits/items';
import { byLevel, byShareability, caseItem, competitorItem, discoveryItem, objectionItem, valuePropItem } from '../toolkits/items';
import type { ProductContent } from '../toolkits/productContent';
import type { ReadyToSend } from '../toolkits/readyToSend';
import { readyToSend } from '../toolkits/readyToSend';
import { withRanks } from '../toolkits/relevance';
import { productContent } from '../toolkits/productContent';
import { quickSaleLimits, quickSaleSectionCopy, quickSaleSectionOrder } from '../toolkits/quickSale';
import type { ListedCollection, SeeAll } from '../toolkits/seeAll';
import { seeAllFor } from '../toolkits/seeAll';
import { toolkitPagePath } from '../toolkits/toolkitPaths';
import { contentVersion } from './contentVersion';
import type { TrainingQuestion } from './practice';
import { practiceFor } from './practice';
import type { PathManifest } from './progress';

/** Words a minute the reading times assume: an unhurried reading of business prose. */
export const readingWordsPerMinute = 200;

/** Whole minutes to read `words` at `readingWordsPerMinute`, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / readingWordsPerMinute));
}

export const trainingModuleIds = ['positioning', 'value', 'buyers', 'objections', 'competitors', 'selling'] as const;
export type TrainingModuleId = (typeof trainingModuleIds)[number];

/** Each module's address, title and what it is for, in the order a new rep needs them. */
export const trainingModuleCopy: Record<TrainingModuleId, { slug: string; title: string; lede: string }> = {
  positioning: {
    slug: 'positioning',
    title: 'Positioning and pitch',
    lede: 'Who the product is for, why it wins, and the lines you open every conversation with.',
  },
  value: {
    slug: 'value-propositions',
    title: 'Value propositions and proof',
    lede: 'The pain each buyer feels, what the product does about it, and the proof you cite.',
  },
  buyers: {
    slug: 'buyers',
    title: 'Buyers and discovery',
    lede: 'Who decides at each level, executive first, and the discovery questions to ask each of them.',
  },
  objections: {
    slug: 'objections',
    title: 'Objections and approved answers',
    lede: 'What buyers say to stall or refuse, and the answer product marketing approved, with its proof.',
  },
  competitors: {
    slug: 'competitors',
    title: 'Competitors',
    lede: 'Where we win, where they are strong, and the value curve buyers weigh us on.',
  },
  selling: {
    slug: 'how-it-is-sold',
    title: 'How this product is sold',
    lede: 'The deal it is, the toolkit it gets, and where everything sits in that toolkit before a call.',
  },
};

/** An approved entry a module teaches, with the version of what it teaches. */
export interface TrainingSource {
  /** "objections:too-expensive": unique across the hub, stable between builds. */
  key: string;
  collection: CollectionName;
  id: string;
  title: string;
  /** The entry's page in the hub. */
  href: string;
  audience: Audience;
  lang: string;
  /** Hash of the text the module teaches from this entry. */
  version: string;
}

/** One toolkit a product is sold with, and its sections in the toolkit's own order. */
export interface SellingToolkit {
  variant: ToolkitVariant;
  name: string;
  promise: string;
  href: string;
  sections: { title: string; lede: string; href: string; count: number }[];
}

export interface Lessons {
  positioning: { houses: MessagingHouse[] };
  value: { valueProps: ValuePropItem[] };
  buyers: { levels: { level: PersonaLevel; label: string; focus: string; buyers: DiscoveryItem[] }[] };
  objections: { objections: ObjectionItem[] };
  competitors: { competitors: CompetitorItem[] };
  selling: {
    deal: string;
    decision: VariantDecision;
    toolkits: SellingToolkit[];
    packages: Product['data']['packages'];
    /** What the toolkit's "Ready to send" leads with for each industry: the case and the opening lines. */
    ready: ReadyToSend[];
  };
}

interface ModuleBase {
  slug: string;
  /** Position in the path, from 1. */
  number: number;
  title: string;
  lede: string;
  sources: TrainingSource[];
  words: number;
  minutes: number;
  /** Hash of every source's version: changes exactly when what the module teaches changes. */
  version: string;
  questions: TrainingQuestion[];
  /** Where a module teaches the first few of a long list (as the toolkit shows them): how many, and where the rest are. */
  listing: { shown: number; total: number; seeAll: SeeAll } | undefined;
}

export type TrainingModule = { [K in TrainingModuleId]: ModuleBase & { id: K; lesson: Lessons[K] } }[TrainingModuleId];
export type TrainingModuleOf<K extends TrainingModuleId> = Extract<TrainingModule, { id: K }>;

export interface LearningPath {
  product: { id: string; title: string; summary: string; lang: string; href: string };
  modules: TrainingModule[];
  /** Hash of every module's version: the content version a certificate names. */
  version: string;
  minutes: number;
  questionCount: number;
}

export interface TrainingSettings extends Readonly<ToolkitContext['settings']> {
  boilerplateWordLimits: BoilerplateLimits;
}

/** Where a product's learning path, its modules and its certificate live. */
export function trainingPathPath(productId: string): string {
  return `/training/${productId}/`;
}
export function trainingModulePath(productId: string, moduleId: TrainingModuleId): string {
  return `${trainingPathPath(productId)}${trainingModuleCopy[moduleId].slug}/`;
}
export function certificatePath(productId: string): string {
  return `${trainingPathPath(productId)}certificate/`;
}

/** What a module teaches from one entry: the entry and the text it is taught by. */
interface Taught {
  entry: Entry;
  text: string[];
}

function source(taught: Taught): TrainingSource {
  const { entry } = taught;
  const data = entry.data as { title: string; audience: Audience; lang: string };
  return {
    key: `${entry.collection}:${entry.id}`,
    collection: entry.collection,
    id: entry.id,
    title: data.title,
    href: entryPath(entry),
    audience: data.audience,
    lang: data.lang,
    version: contentVersion(taught.text),
  };
}

function sellingToolkits(ctx: ToolkitContext, product: Product, decision: VariantDecision): SellingToolkit[] {
  return decision.variants.map((variant) => {
    const href = toolkitPagePath(product.id, variant);
    if (variant === 'quick-sale') {
      const toolkit = quickSaleToolkitFor(ctx, product);
      return {
        variant,
        ...toolkitVariantLabels[variant],
        href,
        sections: quickSaleSectionOrder.map((id) => {
          const section = toolkit.sections[id];
          return { title: section.title, lede: quickSaleSectionCopy[id].lede, href: `${href}#${section.id}`, count: section.total };
        }),
      };
    }
    const toolkit = highTicketToolkitFor(ctx, product);
    const copy = highTicketModuleCopy(undefined);
    return {
      variant,
      ...toolkitVariantLabels[variant],
      href,
      sections: highTicketModuleOrder.map((id) => ({
        title: toolkit[id].title,
        lede: copy[id].lede,
        href: `${href}#${toolkit[id].id}`,
        count: toolkit[id].total,
      })),
    };
  });
}

/**
 * How many entries a module teaches from a long list: as many as the toolkit shows at once, in the
 * toolkit's order, so the path stays readable (and its pages small) however much is written.
 */
export const trainingLimits = {
  valueProps: quickSaleLimits.valueProps,
  objections: quickSaleLimits.objections,
  competitors: highTicketLimits.battlecards,
} as const;

/** Each module's lesson and the entries it is taught from, before practice and versions are added. */
function lessons(
  ctx: ToolkitContext,
  content: ProductContent,
  settings: TrainingSettings,
): { [K in TrainingModuleId]: { lesson: Lessons[K]; taught: Taught[]; listing?: ModuleBase['listing'] } } {
  const { product } = content;
  const listing = (collection: ListedCollection, total: number, shown: number): ModuleBase['listing'] =>
    shown < total ? { shown, total, seeAll: seeAllFor(collection, { product: product.data.title }) } : undefined;
  const houses = messagingHousesFor(ctx.hub, product, settings.boilerplateWordLimits);
  const valueProps = content.valueProps
    .map((vp) => ({ entry: vp, item: valuePropItem(ctx, vp) }))
    .filter((v): v is { entry: typeof v.entry; item: NonNullable<typeof v.item> } => v.item !== undefined)
    .sort((a, b) => a.item.priority - b.item.priority);
  const valuePropsTaught = valueProps.slice(0, trainingLimits.valueProps);
  const personas = [...content.personas].sort(byLevel);
  const buyers = personas.map((p) => ({ entry: p, item: discoveryItem(ctx, p) })).filter((b) => b.item.questions.length > 0);
  const objections = content.objections.slice(0, trainingLimits.objections).map((o) => ({ entry: o, item: objectionItem(ctx, o) }));
  const competitors = content.competitors.slice(0, trainingLimits.competitors).map((c) => ({ entry: c, item: competitorItem(ctx, c) }));
  const decision = toolkitVariantsFor(product.data, ctx.settings);
  const toolkits = sellingToolkits(ctx, product, decision);
  const deal = dealSummary(product.data.deal);
  const cases = withRanks([...content.cases].sort(byShareability).map((c) => caseItem(ctx, c)));
  const audiences = personas.map((p) => ({ id: p.id, title: p.data.title }));
  const ready = content.industries.map((i) => readyToSend(ctx, content, cases, { id: i.id, title: i.data.title }, audiences));
  const readyCases = content.cases.filter((c) => ready.some((r) => r.case?.key === `cases:${c.id}`));
  const pitchSource = content.messaging && ready.some((r) => r.pitches.length > 0) ? [content.messaging] : [];

  return {
    positioning: {
      lesson: { houses },
      taught: houses.map((house) => ({
        entry: house.entry,
        text: [
          house.statement,
          house.tagline,
          house.elevatorPitch,
          ...house.pillars.flatMap((p) => [p.message, ...p.proofPoints.map((proof) => proof.claim)]),
          ...house.industryVariants.map((v) => `${v.target.title}: ${v.message}`),
          ...house.personaVariants.map((v) => `${v.target.title}: ${v.message}`),
        ],
      })),
    },
    value: {
      lesson: { valueProps: withRanks(valuePropsTaught.map((v) => v.item)) },
      listing: listing('value-props', valueProps.length, valuePropsTaught.length),
      taught: valuePropsTaught.map(({ entry, item }) => ({
        entry,
        text: [item.title, item.pain, item.capability, item.outcome, ...item.proof.map((p) => p.claim)],
      })),
    },
    buyers: {
      lesson: {
        levels: (Object.keys(personaLevelLabels) as PersonaLevel[]).map((level) => ({
          level,
          label: personaLevelLabels[level].label,
          focus: personaLevelLabels[level].discoveryFocus,
          buyers: withRanks(buyers.filter((b) => b.item.level === level).map((b) => b.item)),
        })),
      },
      taught: buyers.map(({ entry, item }) => ({
        entry,
        text: [item.persona, item.levelLabel, ...item.goals, ...item.pains, ...item.questions],
      })),
    },
    objections: {
      lesson: { objections: withRanks(objections.map((o) => o.item)) },
      listing: listing('objections', content.objections.length, objections.length),
      taught: objections.map(({ entry, item }) => ({
        entry,
        text: [item.objection, item.response, ...item.proof.map((p) => p.customer)],
      })),
    },
    competitors: {
      lesson: { competitors: withRanks(competitors.map((c) => c.item)) },
      listing: listing('competitors', content.competitors.length, competitors.length),
      taught: competitors.map(({ entry, item }) => ({
        entry,
        text: [
          item.name,
          item.summary,
          ...item.howWeWin,
          ...item.strengths,
          ...item.weaknesses,
          ...item.landmines,
          ...item.valueCurve.map((f) => `${f.factor} ${f.us} ${f.them}`),
        ],
      })),
    },
    selling: {
      lesson: { deal, decision, toolkits, packages: product.data.packages, ready },
      taught: [
        {
          entry: product,
          text: [
            deal,
            decision.reason,
            ...product.data.packages.map((p) => `${p.name} ${p.price} ${p.includes.join(' ')}`),
            ...toolkits.flatMap((t) => [t.name, ...t.sections.map((s) => s.title)]),
          ],
        },
        ...readyCases.map((entry) => ({
          entry,
          text: ready
            .filter((r) => r.case?.key === `cases:${entry.id}`)
            .flatMap((r) => [r.industry.title, entry.data.customer, entry.data.title, entry.data.results]),
        })),
        ...pitchSource.map((entry) => ({
          entry,
          text: ready.flatMap((r) => [r.industry.title, ...r.pitches.map((p) => `${p.label}: ${p.text}`)]),
        })),
      ],
    },
  };
}

const compiledPaths = new WeakMap<Hub, Map<string, LearningPath>>();

/** The product's learning path, compiled once per build: the index, each module and the certificate share it. */
export function learningPathFor(hub: Hub, product: Product, settings: TrainingSettings): LearningPath {
  let byProduct = compiledPaths.get(hub);
  if (!byProduct) compiledPaths.set(hub, (byProduct = new Map<string, LearningPath>()));
  let path = byProduct.get(product.id);
  if (!path) byProduct.set(product.id, (path = learningPath(hub, product, settings)));
  return path;
}

/** Compiles the learning path of one product from the gated hub: only what this build may show. */
export function learningPath(hub: Hub, product: Product, settings: TrainingSettings): LearningPath {
  const ctx: ToolkitContext = { hub, settings };
  const content = productContent(hub, product);
  const compiled = lessons(ctx, content, settings);
  const modules = trainingModuleIds.map((id, index) => {
    const { lesson, taught, listing } = compiled[id];
    const sources = taught.map(source);
    const words = countWords(taught.flatMap((t) => t.text).join('\n'));
    const version = contentVersion(sources.map((s) => [s.key, s.version]));
    const base = { id, ...trainingModuleCopy[id], number: index + 1, sources, words, minutes: readingMinutes(words), version, listing };
    return { ...base, lesson, questions: practiceFor({ ctx, content, module: { ...base, lesson } as TrainingModule }) } as TrainingModule;
  });
  return {
    product: {
      id: product.id,
      title: product.data.title,
      summary: product.data.summary,
      lang: product.data.lang,
      href: entryPath(product),
    },
    modules,
    version: contentVersion(modules.map((m) => [m.id, m.version])),
    minutes: modules.reduce((sum, m) => sum + m.minutes, 0),
    questionCount: modules.reduce((sum, m) => sum + m.questions.length, 0),
  };
}

/** What the pages' script compares stored progress with: versions, sources and question ids. */
export function pathManifest(path: LearningPath): PathManifest {
  return {
    product: path.product.id,
    title: path.product.title,
    version: path.version,
    modules: path.modules.map((m) => ({
      id: m.id,
      title: m.title,
      href: trainingModulePath(path.product.id, m.id),
      version: m.version,
      sources: m.sources.map((s) => ({ key: s.key, title: s.title, version: s.version })),
      questions: m.questions.map((q) => q.id),
    })),
  };
}

/** Products with a learning path in this build: none where the build has no training. */
export function trainingProducts(hub: Pick<Hub, 'entries' | 'publication'>): Product[] {
  return hub.publication.sections.training ? hub.entries.products : [];
}
