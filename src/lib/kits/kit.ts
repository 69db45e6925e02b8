import type { Entry } from '../entries';
import { isStaffView } from '../gating';
import type { Hub } from '../hub';
import type { SearchRecord } from '../search/record';
import { recordForReaders, searchRecord } from '../search/record';
import type { BoilerplateLimits } from '../messaging';
import { kitDocumentKinds } from '../../schemas/values';
import type { VariantRules } from '../toolkitVariant';
import type { BrandImage } from './brandAssets';
import { kitImages } from './brandAssets';
import type { EventKit } from './event';
import { eventFor } from './event';
import type { SalesHandoff } from './salesHandoff';
import { salesHandoffFor } from './salesHandoff';
import { fileNameStem } from '../text/phrasing';
import type { ShortForm } from './shortForm';
import { shortFormFor } from './shortForm';
import type { CallToAction, Slide } from './slides';
import { slideDeck } from './slides';
import type { KitEntry, KitSources } from './sources';
import { kitSourceEntries, kitSources } from './sources';
import type { Whitepaper } from './whitepaper';
import { whitepaperFor } from './whitepaper';

/** The settings a kit is compiled with; `hubConfig` satisfies it. */
export interface KitSettings extends VariantRules {
  brand: { company: string };
  /** What every customer document closes with: the deck's last slide, the kit summary's foot. */
  customerContact: CallToAction;
  boilerplateWordLimits: BoilerplateLimits;
  channelCharacterLimits: Record<string, number>;
}

/**
 * One solution or campaign as every format marketing needs, compiled from the same approved
 * sources the sales toolkits use: change a value proposition, and every kit shows it next build.
 */
export interface MarketingKit extends KitSources {
  id: string;
  /** Who owns the campaign or solution, in the company's own builds only. */
  owner: string | undefined;
  kindLabel: string;
  whitepaper: Whitepaper;
  event: EventKit;
  slides: Slide[];
  shortForm: ShortForm;
  salesHandoff: SalesHandoff;
  images: BrandImage[];
  /** Every entry the kit shows something from. */
  sourceEntries: Entry[];
  /** The kit is current until the earliest review-by date among its sources. */
  validUntil: { date: Date; entry: Entry };
}

export const kitKindLabels = { campaign: 'Campaign kit', solution: 'Solution kit' } as const;

/** The editable documents a kit offers, by the name each has under /kits/<id>/. */
export { kitDocumentKinds };
export type KitDocumentKind = (typeof kitDocumentKinds)[number];

export const kitDocumentFormats: Record<KitDocumentKind, { label: string; format: string; contentType: string }> = {
  'talk.pptx': {
    label: 'Talk',
    format: 'PowerPoint',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  'whitepaper.docx': {
    label: 'Whitepaper',
    format: 'Word',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  'whitepaper.pdf': { label: 'Whitepaper', format: 'PDF', contentType: 'application/pdf' },
  'summary.pdf': { label: 'Kit summary', format: 'PDF, one page', contentType: 'application/pdf' },
};

export function kitPaths(id: string) {
  const stem = fileNameStem(id, 'marketing');
  return {
    /** Where a document is served, and the name it is saved as (and has in the ZIP). */
    document: (kind: KitDocumentKind) => ({ path: `/kits/${id}/${kind}`, fileName: `${stem}-${kind}` }),
    page: `/kits/${id}/`,
    whitepaper: `/kits/${id}/whitepaper/`,
    slides: `/kits/${id}/slides/`,
    archive: `/kits/${id}.zip`,
    /** What the download is saved as, and the folder it unpacks to. */
    archiveFolder: `${fileNameStem(id, 'marketing')}-kit`,
    archiveFileName: `${fileNameStem(id, 'marketing')}-kit.zip`,
    api: `/api/kits/${id}.json`,
  };
}

function earliestReview(entries: readonly Entry[]): { date: Date; entry: Entry } {
  const [first, ...rest] = entries;
  if (!first) throw new Error('A kit has at least its own entry as a source.');
  return rest.reduce((earliest, entry) => (entry.data.reviewBy < earliest.date ? { date: entry.data.reviewBy, entry } : earliest), {
    date: first.data.reviewBy,
    entry: first,
  });
}

export function assembleKit(hub: Hub, entry: KitEntry, settings: KitSettings): MarketingKit {
  const found = kitSources(hub, entry, settings.boilerplateWordLimits);
  const { event, gaps } = eventFor(found, hub);
  // A story the outline tells is a source like any case the kit cites: its logo ships, its review date counts.
  const stories = event.sections.flatMap((s) => (s.customerCase && !found.cases.includes(s.customerCase) ? [s.customerCase] : []));
  const sources = { ...found, cases: [...found.cases, ...new Set(stories)], gaps: [...found.gaps, ...gaps] };
  const sourceEntries = kitSourceEntries(sources);
  return {
    ...sources,
    id: entry.id,
    owner: isStaffView(hub.scope) ? entry.data.owner : undefined,
    kindLabel: kitKindLabels[sources.kind],
    whitepaper: whitepaperFor(sources, settings.brand.company),
    event,
    slides: slideDeck(sources, event, settings.brand.company, settings.customerContact),
    shortForm: shortFormFor(sources, settings.channelCharacterLimits),
    salesHandoff: salesHandoffFor(sources, settings),
    images: kitImages(sources),
    sourceEntries,
    validUntil: earliestReview(sourceEntries),
  };
}

/**
 * Every kit this build publishes (none where the build has no kits): one per visible campaign, then
 * one per visible solution. Kits share one address space (/kits/<id>/), so a campaign and a solution
 * with the same id fail the build.
 */
export function allKits(hub: Hub, settings: KitSettings): MarketingKit[] {
  if (!hub.publication.sections.kits) return [];
  const solutionIds = new Set(hub.entries.solutions.map((s) => s.id));
  const clash = hub.entries.campaigns.find((c) => solutionIds.has(c.id));
  if (clash) {
    throw new Error(
      `${clash.filePath ?? `campaigns/${clash.id}`}: the campaign id "${clash.id}" is also a solution id, and both ` +
        `would get the kit /kits/${clash.id}/. Rename one of the two files.`,
    );
  }
  return [...hub.entries.campaigns, ...hub.entries.solutions].map((entry) => assembleKit(hub, entry, settings));
}

/** Kits per page of the kit index, as in the library's listings. */
export const kitListPageSize = 48;

/**
 * Address of a page of the kit index: /kits/, then /kits/<n>/ (a kit's id cannot be only digits).
 */
export function kitListPath(page: number): string {
  return page <= 1 ? '/kits/' : `/kits/${page}/`;
}

/** Every product's kits, in kit order, so a product page looks its kits up instead of scanning them all. */
export function kitsByProduct(kits: readonly MarketingKit[]): Map<string, MarketingKit[]> {
  const index = new Map<string, MarketingKit[]>();
  for (const kit of kits) {
    for (const product of kit.products) {
      const list = index.get(product.id) ?? [];
      list.push(kit);
      index.set(product.id, list);
    }
  }
  return index;
}

/** What a kit page tells search: found as a kit, current only as long as its sources are. */
export function kitSearchRecord(hub: Pick<Hub, 'scope'>, kit: MarketingKit): SearchRecord {
  const entry = kit.entry;
  const record = searchRecord({
    type: 'Marketing kit',
    products: kit.products.map((p) => p.data.title),
    industries: kit.industries.map((i) => i.data.title),
    personas: kit.personas.map((p) => p.data.title),
    ...(entry.collection === 'solutions' ? { solutionKind: entry.data.kind } : {}),
    audience: entry.data.audience,
    status: entry.data.status,
    reviewBy: kit.validUntil.date,
  });
  return recordForReaders(record, isStaffView(hub.scope));
}
