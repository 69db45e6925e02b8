/**
 * A dedicated proposal for one customer, assembled from approved modules in the order the rep
 * chose. Pure functions shared by the build (which writes the module catalogue as JSON) and the
 * builder in the browser (which fetches it, keeps the selection in the URL, previews and exports
 * the document). Every export (preview and print, Markdown, Word) renders the same
 * ProposalDocument, so they cannot disagree.
 */
import { formatLongDate } from '../text/dates';

/** Who a module or one of its blocks is written for. Empty lists fit every industry or region. */
export interface ProposalFit {
  industries: string[];
  regions: string[];
  /** The language it is written in; undefined for a section that gathers blocks of several languages. */
  lang: string | undefined;
}

/** What a proposal is written for: its language, and the customer's industry and region when known. */
export interface ProposalContext {
  lang: string;
  industry: string | undefined;
  region: string | undefined;
}

interface BlockMeta {
  /** The entry the block comes from, e.g. "rfp/vault-data-residency": a proposal says it once. */
  source?: string | undefined;
  /** Set on blocks of a gathering section (security answers): a block that does not fit is left out. */
  fit?: ProposalFit | undefined;
}

/** One piece of a module's body. Formats (HTML preview, Markdown, DOCX) each render these. */
export type ProposalBlock = BlockMeta &
  (
    | { type: 'paragraph'; text: string; label?: string | undefined }
    | { type: 'list'; items: string[]; label?: string | undefined }
    | { type: 'metrics'; items: { label: string; value: string }[] }
    | { type: 'quote'; text: string; attribution: string }
    | { type: 'qa'; question: string; answer: string }
    | { type: 'link'; text: string; url: string }
    /** Where the rep's own name and contact go, as the rep types them in the builder. */
    | { type: 'rep-contact' }
  );

/** A block as a document holds it: the rep's contact already filled in. */
export type DocumentBlock = Exclude<ProposalBlock, { type: 'rep-contact' }>;

export type ProposalModuleKind = 'summary' | 'solution' | 'case' | 'security' | 'rfp' | 'closing';

export const proposalModuleKinds: Record<ProposalModuleKind, { one: string; many: string }> = {
  summary: { one: 'Opening', many: 'Opening' },
  solution: { one: 'Solution', many: 'Solutions' },
  case: { one: 'Reference case', many: 'Reference cases' },
  security: { one: 'Security section', many: 'Security and compliance' },
  rfp: { one: 'RFP answer', many: 'RFP answers' },
  closing: { one: 'Closing', many: 'Closing' },
};

export interface ProposalModule {
  /** Stable id used in proposal links, e.g. "case.harbor-pine" or "security.privacy". */
  id: string;
  kind: ProposalModuleKind;
  /** The module's heading in the proposal. */
  title: string;
  /** One line for the picker, e.g. "Retail · 3 metrics". */
  detail: string;
  fit: ProposalFit;
  blocks: ProposalBlock[];
}

/** Everything the builder may put in a proposal for one product, written at build time. */
export interface ProposalCatalogue {
  product: { id: string; title: string };
  company: string;
  /** The language proposals are written in unless the rep picks another. */
  lang: string;
  /** What the builder offers to write a proposal for. */
  languages: { id: string; label: string }[];
  industries: { id: string; label: string }[];
  regions: { id: string; label: string }[];
  modules: ProposalModule[];
}

/** Names of the languages content is written in, as a proposal marks a section in another one. */
export const languageLabels: Record<string, string> = { en: 'English', 'zh-CN': 'Chinese (简体中文)' };

/** The picker's groups: one per kind, in the order of `proposalModuleKinds`, empty ones included. */
export function proposalModuleGroups(
  modules: readonly ProposalModule[],
): { kind: ProposalModuleKind; label: string; modules: ProposalModule[] }[] {
  return (Object.keys(proposalModuleKinds) as ProposalModuleKind[]).map((kind) => ({
    kind,
    label: proposalModuleKinds[kind].many,
    modules: modules.filter((m) => m.kind === kind),
  }));
}

/**
 * How many modules of a group the builder's page lists before the rep searches or asks for every
 * module: a large library has thousands, and the page would carry them all. The rest are drawn from
 * the catalogue file when asked for, which moves nothing the rep has not just asked to move.
 */
export const proposalPickerRows = 40;

/**
 * Whether something written for `fit` belongs in a proposal for `context`. The language always
 * decides; an industry or region decides once the rep has chosen one.
 */
export function fitsProposal(fit: ProposalFit, context: ProposalContext): boolean {
  const within = (tags: readonly string[], chosen: string | undefined) =>
    tags.length === 0 || chosen === undefined || tags.includes(chosen);
  return (
    (fit.lang === undefined || fit.lang === context.lang) && within(fit.industries, context.industry) && within(fit.regions, context.region)
  );
}

/** Why a module does not fit the proposal, for the picker, e.g. "Healthcare only · in Chinese (简体中文)"; '' when it fits. */
export function misfitLabel(
  fit: ProposalFit,
  context: ProposalContext,
  catalogue: Pick<ProposalCatalogue, 'industries' | 'regions'>,
): string {
  const names = (tags: readonly string[], known: { id: string; label: string }[]) =>
    tags.map((id) => known.find((k) => k.id === id)?.label ?? id).join(', ');
  const reasons: string[] = [];
  if (fit.industries.length > 0 && !fitsProposal({ ...fit, regions: [], lang: undefined }, context))
    reasons.push(`${names(fit.industries, catalogue.industries)} only`);
  if (fit.regions.length > 0 && !fitsProposal({ ...fit, industries: [], lang: undefined }, context))
    reasons.push(`${names(fit.regions, catalogue.regions)} only`);
  if (fit.lang !== undefined && fit.lang !== context.lang) reasons.push(`in ${languageLabels[fit.lang] ?? fit.lang}`);
  return reasons.join(' · ');
}

function blockText(block: ProposalBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.label ?? '', block.text];
    case 'list':
      return [block.label ?? '', ...block.items];
    case 'metrics':
      return block.items.flatMap((m) => [m.value, m.label]);
    case 'quote':
      return [block.text, block.attribution];
    case 'qa':
      return [block.question, block.answer];
    case 'link':
      return [block.text];
    case 'rep-contact':
      return [];
  }
}

/**
 * What the finder matches a module on: its title and detail, every text in it, and the names of
 * the entries it is made from (an answer filed as "vault-data-residency" is found by "data residency").
 */
export function moduleFindText(module: ProposalModule): string {
  const sources = module.blocks.map((b) => (b.source ?? '').replace(/^[^/]*\//u, '').replace(/[-_]/gu, ' '));
  return [module.title, module.detail, ...module.blocks.flatMap(blockText), ...sources].join(' ').toLowerCase();
}

export interface ProposalSelection extends ProposalContext {
  customer: string;
  /** The rep's name and contact (e-mail or phone), as the rep types them, for the cover and the contact section. */
  rep: { name: string; contact: string };
  moduleIds: string[];
}

/** Query-string keys of a shared proposal. */
export const proposalParams = {
  customer: 'customer',
  repName: 'rep',
  repContact: 'contact',
  lang: 'lang',
  industry: 'industry',
  region: 'region',
  modules: 'modules',
} as const;

/**
 * Reads a proposal from a link. Ids the catalogue no longer holds (the entry was retired, expired
 * or unpublished since the link was shared) are reported, never silently kept; an unknown
 * language, industry or region falls back to the default.
 */
export function selectionFromQuery(
  search: string,
  catalogue: Pick<ProposalCatalogue, 'modules' | 'lang' | 'languages' | 'industries' | 'regions'>,
): { selection: ProposalSelection; missing: string[] } {
  const params = new URLSearchParams(search);
  const text = (key: string) => (params.get(key) ?? '').trim();
  const oneOf = (key: string, known: { id: string }[]) => known.find((k) => k.id === params.get(key))?.id;
  const known = new Set(catalogue.modules.map((m) => m.id));
  const requested = text(proposalParams.modules)
    .split(',')
    .filter((id) => id.length > 0);
  const moduleIds = [...new Set(requested)];
  return {
    selection: {
      customer: text(proposalParams.customer),
      rep: { name: text(proposalParams.repName), contact: text(proposalParams.repContact) },
      lang: oneOf(proposalParams.lang, catalogue.languages) ?? catalogue.lang,
      industry: oneOf(proposalParams.industry, catalogue.industries),
      region: oneOf(proposalParams.region, catalogue.regions),
      moduleIds: moduleIds.filter((id) => known.has(id)),
    },
    missing: moduleIds.filter((id) => !known.has(id)),
  };
}

/** Writes a proposal into a query string; module ids stay readable, separated by commas. */
export function selectionToQuery(selection: ProposalSelection): string {
  const parts: string[] = [];
  const add = (key: string, value: string | undefined) => {
    const trimmed = (value ?? '').trim();
    if (trimmed) parts.push(`${key}=${encodeURIComponent(trimmed)}`);
  };
  add(proposalParams.customer, selection.customer);
  add(proposalParams.repName, selection.rep.name);
  add(proposalParams.repContact, selection.rep.contact);
  add(proposalParams.lang, selection.lang);
  add(proposalParams.industry, selection.industry);
  add(proposalParams.region, selection.region);
  if (selection.moduleIds.length > 0) {
    parts.push(`${proposalParams.modules}=${selection.moduleIds.map(encodeURIComponent).join(',')}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Moves one module up (delta -1) or down (+1); moving past either end leaves the order unchanged. */
export function moveModule(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const moved = [...ids];
  [moved[from], moved[to]] = [moved[to] as string, moved[from] as string];
  return moved;
}

/** Adds a module at the end, or removes it if it is already in the proposal. */
export function toggleModule(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((existing) => existing !== id) : [...ids, id];
}

/** How many of the industry's solutions and cases a pre-filled proposal starts with: a proposal, not a catalogue. */
export const preselectionLimits = { solution: 3, case: 3 } as const;

/**
 * What fits the proposal out of the box: the executive summary, the industry's first solutions and
 * cases, the security sections every tender asks for, and the closing sections, all written in the
 * proposal's language for its industry and region. The rep adds, removes or reorders from there.
 */
export function preselectionFor(catalogue: Pick<ProposalCatalogue, 'modules'>, context: ProposalContext): string[] {
  const fits = (m: ProposalModule) =>
    fitsProposal(m.fit, context) && m.blocks.some((b) => b.fit === undefined || fitsProposal(b.fit, context));
  const forIndustry = (m: ProposalModule) => context.industry !== undefined && m.fit.industries.includes(context.industry);
  const pick = (kind: ProposalModuleKind, extra: (m: ProposalModule) => boolean, limit?: number) =>
    catalogue.modules
      .filter((m) => m.kind === kind && fits(m) && extra(m))
      .slice(0, limit)
      .map((m) => m.id);
  const every = () => true;
  return [
    ...pick('summary', every),
    ...pick('solution', forIndustry, preselectionLimits.solution),
    ...pick('case', forIndustry, preselectionLimits.case),
    ...pick('security', every),
    ...pick('closing', every),
  ];
}

export interface ProposalSection {
  id: string;
  kind: ProposalModuleKind;
  /** Position in the document, from 1. */
  number: number;
  title: string;
  /** Set when the section is written in another language than the proposal: it is marked as such. */
  lang: string | undefined;
  blocks: DocumentBlock[];
  /** Blocks left out because an earlier section already says them. */
  repeatsLeftOut: number;
}

export interface ProposalDocument {
  title: string;
  customer: string;
  lang: string;
  cover: { preparedFor: string; date: string; preparedBy: string | undefined; company: string };
  sections: ProposalSection[];
  /**
   * Modules the rep chose that add nothing: all they say is already in an earlier section
   * (`coveredBy`), or none of it fits the proposal's industry, region or language.
   */
  omitted: { id: string; title: string; coveredBy: { number: number; title: string } | undefined }[];
}

const placeholderCustomer = 'your organisation';

function repLine(rep: ProposalSelection['rep']): string | undefined {
  return [rep.name.trim(), rep.contact.trim()].filter(Boolean).join(', ') || undefined;
}

/**
 * Puts the chosen modules in the chosen order. A proposal says each thing once: an answer, a
 * link or a proof point already in an earlier section is left out of a later one, and a module
 * left with nothing new is omitted and reported. Blocks of a gathering section that were written
 * for another industry, region or language stay out.
 */
export function assembleProposal(catalogue: ProposalCatalogue, selection: ProposalSelection, date: Date): ProposalDocument {
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const customer = selection.customer.trim();
  const preparedBy = repLine(selection.rep);
  const seenSources = new Map<string, { number: number; title: string }>();
  const seenItems = new Set<string>();
  const sections: ProposalSection[] = [];
  const omitted: ProposalDocument['omitted'] = [];

  for (const module of selection.moduleIds.map((id) => byId.get(id)).filter((m): m is ProposalModule => m !== undefined)) {
    const number = sections.length + 1;
    let repeatsLeftOut = 0;
    let coveredBy: { number: number; title: string } | undefined;
    const blocks: DocumentBlock[] = [];
    for (const block of module.blocks) {
      if (block.fit && !fitsProposal(block.fit, selection)) continue;
      if (block.source && seenSources.has(block.source)) {
        repeatsLeftOut += 1;
        coveredBy ??= seenSources.get(block.source);
        continue;
      }
      if (block.type === 'rep-contact') {
        if (preparedBy) blocks.push({ type: 'paragraph', label: 'Your contact', text: preparedBy });
        continue;
      }
      if (block.type === 'list') {
        const items = block.items.filter((item) => !seenItems.has(item));
        repeatsLeftOut += block.items.length - items.length;
        if (items.length > 0) blocks.push({ ...block, items });
        continue;
      }
      blocks.push(block);
    }
    if (blocks.length === 0) {
      omitted.push({ id: module.id, title: module.title, coveredBy });
      continue;
    }
    const section: ProposalSection = {
      id: module.id,
      kind: module.kind,
      number,
      title: module.title,
      lang: module.fit.lang !== undefined && module.fit.lang !== selection.lang ? module.fit.lang : undefined,
      blocks: blocks.map(({ source: _source, fit: _fit, ...block }) => block as DocumentBlock),
      repeatsLeftOut,
    };
    sections.push(section);
    for (const block of blocks) {
      if (block.source) seenSources.set(block.source, { number, title: module.title });
      if (block.type === 'list') for (const item of block.items) seenItems.add(item);
    }
  }
  return {
    title: customer ? `${catalogue.product.title} for ${customer}` : `${catalogue.product.title} proposal`,
    customer,
    lang: selection.lang,
    cover: { preparedFor: customer || placeholderCustomer, date: formatLongDate(date), preparedBy, company: catalogue.company },
    sections,
    omitted,
  };
}

/** The cover's lines, in the order every format prints them. */
export function coverLines(doc: ProposalDocument): { label: string; text: string }[] {
  return [
    { label: 'Prepared for', text: doc.cover.preparedFor },
    { label: 'Date', text: doc.cover.date },
    { label: 'Prepared by', text: [doc.cover.preparedBy, doc.cover.company].filter(Boolean).join(' · ') },
  ];
}

/** A section's heading as every format prints it: "3. Compliance". */
export function sectionHeading(section: Pick<ProposalSection, 'number' | 'title'>): string {
  return `${section.number}. ${section.title}`;
}

/** The line that marks a section written in another language than the proposal. */
export function languageNote(section: Pick<ProposalSection, 'lang'>): string | undefined {
  return section.lang ? `This section is in ${languageLabels[section.lang] ?? section.lang}.` : undefined;
}

/** A file name that says what the file is: "kestrel-vault-proposal-acme-health.md". */
export function proposalFileName(
  catalogue: Pick<ProposalCatalogue, 'product'>,
  selection: Pick<ProposalSelection, 'customer'>,
  extension: 'md' | 'docx',
): string {
  const slug = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{Mark}/gu, '')
      .toLowerCase()
      .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
      .replace(/^-+|-+$/gu, '');
  const customer = slug(selection.customer);
  return `${catalogue.product.id}-proposal${customer ? `-${customer}` : ''}.${extension}`;
}
