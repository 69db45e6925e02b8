/**
 * A dedicated proposal for one customer, assembled from approved modules in the order the rep
 * chose. Pure functions shared by the build (which writes the module catalogue as JSON) and the
 * builder in the browser (which fetches it, keeps the selection in the URL, previews and exports
 * the document).
 */

/** One piece of a module's body. Formats (HTML preview, Markdown, DOCX) each render these. */
export type ProposalBlock =
  | { type: 'paragraph'; text: string; label?: string | undefined }
  | { type: 'list'; items: string[]; label?: string | undefined }
  | { type: 'metrics'; items: { label: string; value: string }[] }
  | { type: 'quote'; text: string; attribution: string }
  | { type: 'qa'; question: string; answer: string }
  | { type: 'link'; text: string; url: string };

export type ProposalModuleKind = 'solution' | 'case' | 'security' | 'rfp';

export const proposalModuleKinds: Record<ProposalModuleKind, { one: string; many: string }> = {
  solution: { one: 'Solution', many: 'Solutions' },
  case: { one: 'Reference case', many: 'Reference cases' },
  security: { one: 'Security section', many: 'Security and compliance' },
  rfp: { one: 'RFP answer', many: 'RFP answers' },
};

export interface ProposalModule {
  /** Stable id used in proposal links, e.g. "case.harbor-pine" or "security.privacy". */
  id: string;
  kind: ProposalModuleKind;
  /** The module's heading in the proposal. */
  title: string;
  /** One line for the picker, e.g. "Retail · 3 metrics". */
  detail: string;
  /** Industry ids the module is written for; empty for every industry. */
  industries: string[];
  blocks: ProposalBlock[];
}

/** Everything the builder may put in a proposal for one product, written at build time. */
export interface ProposalCatalogue {
  product: { id: string; title: string };
  company: string;
  /** Opens every proposal: the product as approved messaging describes it. */
  intro: { title: string; blocks: ProposalBlock[] };
  modules: ProposalModule[];
}

/** The picker's groups: one per kind, in the order of `proposalModuleKinds`, empty ones included. */
export function proposalModuleGroups(modules: readonly ProposalModule[]): { kind: ProposalModuleKind; label: string; modules: ProposalModule[] }[] {
  return (Object.keys(proposalModuleKinds) as ProposalModuleKind[]).map((kind) => ({
    kind,
    label: proposalModuleKinds[kind].many,
    modules: modules.filter((m) => m.kind === kind),
  }));
}

export interface ProposalSelection {
  customer: string;
  moduleIds: string[];
}

/** Query-string keys of a shared proposal. */
export const proposalParams = { customer: 'customer', modules: 'modules' } as const;

/**
 * Reads a proposal from a link. Ids the catalogue no longer holds (the entry was retired, expired
 * or unpublished since the link was shared) are reported, never silently kept.
 */
export function selectionFromQuery(
  search: string,
  catalogue: Pick<ProposalCatalogue, 'modules'>,
): { selection: ProposalSelection; missing: string[] } {
  const params = new URLSearchParams(search);
  const known = new Set(catalogue.modules.map((m) => m.id));
  const requested = (params.get(proposalParams.modules) ?? '').split(',').filter((id) => id.length > 0);
  const moduleIds = [...new Set(requested)];
  return {
    selection: { customer: (params.get(proposalParams.customer) ?? '').trim(), moduleIds: moduleIds.filter((id) => known.has(id)) },
    missing: moduleIds.filter((id) => !known.has(id)),
  };
}

/** Writes a proposal into a query string; module ids stay readable, separated by commas. */
export function selectionToQuery(selection: ProposalSelection): string {
  const parts: string[] = [];
  const customer = selection.customer.trim();
  if (customer) parts.push(`${proposalParams.customer}=${encodeURIComponent(customer)}`);
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
 * What fits an industry out of the box: its first solutions and cases, then the security sections
 * every tender asks for. The rep adds, removes or reorders from there.
 */
export function preselectionFor(catalogue: Pick<ProposalCatalogue, 'modules'>, industryId: string): string[] {
  const forIndustry = (m: ProposalModule) => m.industries.includes(industryId);
  const pick = (kind: ProposalModuleKind, fits: (m: ProposalModule) => boolean, limit?: number) =>
    catalogue.modules
      .filter((m) => m.kind === kind && fits(m))
      .slice(0, limit)
      .map((m) => m.id);
  return [
    ...pick('solution', forIndustry, preselectionLimits.solution),
    ...pick('case', forIndustry, preselectionLimits.case),
    ...pick('security', () => true),
  ];
}

export interface ProposalDocument {
  title: string;
  customer: string;
  /** "Prepared for … by … · date", under the title. */
  byline: string;
  sections: { id: string; kind: ProposalModuleKind | 'intro'; title: string; blocks: ProposalBlock[] }[];
}

const placeholderCustomer = 'your organisation';

function formatProposalDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Puts the chosen modules, in the chosen order, behind the product introduction. */
export function assembleProposal(catalogue: ProposalCatalogue, selection: ProposalSelection, date: Date): ProposalDocument {
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const customer = selection.customer.trim();
  const modules = selection.moduleIds.map((id) => byId.get(id)).filter((m): m is ProposalModule => m !== undefined);
  return {
    title: customer ? `${catalogue.product.title} for ${customer}` : `${catalogue.product.title} proposal`,
    customer,
    byline: `Prepared for ${customer || placeholderCustomer} by ${catalogue.company} · ${formatProposalDate(date)}`,
    sections: [
      { id: 'intro', kind: 'intro', title: catalogue.intro.title, blocks: catalogue.intro.blocks },
      ...modules.map((m) => ({ id: m.id, kind: m.kind, title: m.title, blocks: m.blocks })),
    ],
  };
}

/** A file name that says what the file is: "kestrel-vault-proposal-acme-health.md". */
export function proposalFileName(catalogue: Pick<ProposalCatalogue, 'product'>, selection: ProposalSelection, extension: 'md' | 'docx'): string {
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
