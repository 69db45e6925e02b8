/**
 * The pieces toolkits are made of. Each item is built from exactly one approved entry (or one
 * field of it) and carries what a rep needs to act on it: the text one click copies, the link a
 * customer may open, who the item is for and who owns it.
 */
import type { EmailCopy } from '../caseEmail';
import { caseEmail, caseText } from '../caseEmail';
import type { CustomerFacingCase } from '../customerCase';
import type { Audience } from '../gating';
import { isStaffView } from '../gating';
import type { GovernanceView } from '../governanceView';
import { formatDate, governanceView } from '../governanceView';
import type { Competitor, CustomerCase, Entry, Objection, Persona, RfpAnswer, Solution, ValueProp } from '../entries';
import { entryPath } from '../entries';
import type { Hub } from '../hub';
import type { PersonaLevel } from '../personaLevels';
import { personaLevelLabels } from '../personaLevels';
import type { VariantRules } from '../toolkitVariant';
import type { Rankable, Targeting } from './relevance';
import { everyone } from './relevance';
import type { Listed } from './seeAll';

export interface ToolkitSettings extends VariantRules {
  /** Entries whose review-by date is this close are flagged as due soon. */
  reviewDueSoonDays: number;
}

/** What every toolkit is compiled with: the gated hub (which knows where customer links point) and the settings. */
export interface ToolkitContext {
  hub: Hub;
  settings: ToolkitSettings;
}

export interface ToolkitItem extends Rankable {
  /** Unique on the page and stable between builds, e.g. "case:harbor-pine". */
  key: string;
  audience: Audience;
  /** Language the entry is written in, so a Chinese case reads (and is read aloud) as Chinese. */
  lang: string;
  /** The entry's own page in the hub. */
  href: string;
  /** Absolute link a customer may open: only customer-facing entries have one. */
  customerUrl: string | undefined;
  /** What the copy button puts on the clipboard; empty when nothing about the item may be copied. */
  copyText: string;
  /**
   * Whom the copied text is for: `customer` text may be sent; `staff` text (a battlecard, an
   * internal answer) is the rep's own and its button says so.
   */
  copyFor: CopyAudience;
  governance: GovernanceView;
}

export type CopyAudience = 'customer' | 'staff';

export function governanceOf(ctx: ToolkitContext, entry: Entry): GovernanceView {
  const data = entry.data as Parameters<typeof governanceView>[0];
  return governanceView(data, {
    today: ctx.hub.scope.today,
    dueSoonDays: ctx.settings.reviewDueSoonDays,
    gateReasons: ctx.hub.reasons(entry),
    shown: isStaffView(ctx.hub.scope),
  });
}

/** Absolute, on the public site, so it works in an email and never opens the internal hub. */
export function customerUrlOf(ctx: ToolkitContext, entry: Entry): string | undefined {
  return ctx.hub.customerUrl(entry);
}

/** The fields every item built from a whole entry shares. */
function entryItem(ctx: ToolkitContext, entry: Entry, targeting: Targeting, copyText: string): Omit<ToolkitItem, 'rank'> {
  return {
    key: `${entry.collection}:${entry.id}`,
    audience: (entry.data as { audience: Audience }).audience,
    lang: (entry.data as { lang: string }).lang,
    href: entryPath(entry),
    customerUrl: customerUrlOf(ctx, entry),
    copyText,
    copyFor: (entry.data as { audience: Audience }).audience === 'public' ? 'customer' : 'staff',
    targeting,
    governance: governanceOf(ctx, entry),
  };
}

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const withLink = (text: string, url: string | undefined) => (url ? `${text}\n${url}` : text);

/** A reference to a customer case as proof: who, and where to read it. */
export interface CaseCitation {
  customer: string;
  href: string;
  /** An internal case may back a claim for the rep, never in what the rep sends. */
  audience: Audience;
  customerUrl: string | undefined;
}

function citation(ctx: ToolkitContext, entry: CustomerCase): CaseCitation {
  return { customer: entry.data.customer, href: entryPath(entry), audience: entry.data.audience, customerUrl: customerUrlOf(ctx, entry) };
}

export interface ProofItem {
  claim: string;
  case: CaseCitation | undefined;
  source: string | undefined;
}

/**
 * Whether a proof point may be put in front of a customer: its case is customer-facing, or it
 * cites no case but a source. A claim from an internal case usually names that customer.
 */
export function isCustomerFacingProof(proof: ProofItem): boolean {
  return proof.case ? proof.case.audience === 'public' : proof.source !== undefined;
}

export interface ValuePropItem extends ToolkitItem {
  title: string;
  pain: string;
  capability: string;
  outcome: string;
  priority: number;
  proof: ProofItem[];
}

/**
 * A value proposition with the proof this build may show. A proof point whose case is left out
 * (draft, expired, or internal in a public build) is dropped, since its claim usually names the
 * customer; a value proposition left without proof is a draft again and gets no item. Proof from
 * an internal case stays in the rep's view (marked internal) but out of the text copied for the
 * customer.
 */
export function valuePropItem(ctx: ToolkitContext, entry: ValueProp): Omit<ValuePropItem, 'rank'> | undefined {
  const d = entry.data;
  const proof: ProofItem[] = [];
  for (const point of d.proofPoints) {
    const caseEntry = point.case ? ctx.hub.get(point.case) : undefined;
    if (point.case && !caseEntry) continue;
    proof.push({ claim: point.claim, case: caseEntry && citation(ctx, caseEntry), source: point.source });
  }
  if (proof.length === 0) return undefined;
  const proofLines = proof
    .filter(isCustomerFacingProof)
    .map((p) => `• ${p.claim}${p.case?.customerUrl ? ` (${p.case.customerUrl})` : p.source ? ` (${p.source})` : ''}`);
  const copyText = [d.title, `${d.capability} ${d.outcome}`, ...proofLines].join('\n');
  return {
    ...entryItem(ctx, entry, { industries: ids(d.industries), personas: ids(d.personas) }, copyText),
    title: d.title,
    pain: d.pain,
    capability: d.capability,
    outcome: d.outcome,
    priority: d.priority,
    proof,
  };
}

export interface CaseItem extends ToolkitItem {
  customer: string;
  title: string;
  industry: { id: string; title: string };
  results: string;
  metrics: { label: string; value: string }[];
  quote: CustomerCase['data']['quote'];
  logo: CustomerCase['data']['logo'];
  /** The case as a customer may receive it (named or anonymised); undefined: nothing of it may be sent. */
  send: CustomerFacingCase | undefined;
  /** "Copy for email" of `send`: rich HTML and its plain-text fallback. */
  email: EmailCopy | undefined;
}

/**
 * A customer case. Cases name no buyer, so the buyers of the solutions a case cites stand in:
 * a case about a finance solution is the one to show a CFO. What the rep copies comes from the
 * customer-facing view only: an internal case copies its anonymised form, or nothing.
 */
export function caseItem(ctx: ToolkitContext, entry: CustomerCase): Omit<CaseItem, 'rank'> {
  const d = entry.data;
  const industry = ctx.hub.get(d.industry);
  const personas = unique(ctx.hub.resolve(d.solutions).flatMap((solution) => ids(solution.data.personas)));
  const send = ctx.hub.customerCase(entry);
  return {
    ...entryItem(ctx, entry, { industries: [d.industry.id], personas }, send ? caseText(send) : ''),
    customerUrl: send?.url,
    copyFor: 'customer',
    customer: d.customer,
    title: d.title,
    industry: { id: d.industry.id, title: industry?.data.title ?? d.industry.id },
    results: d.results,
    metrics: d.metrics,
    quote: d.quote,
    logo: d.logo,
    send,
    email: send && caseEmail(send),
  };
}

/** Customer-facing cases first (a rep can send them), then the hub's order. */
export function byShareability(a: CustomerCase, b: CustomerCase): number {
  return Number(b.data.audience === 'public') - Number(a.data.audience === 'public');
}

export interface ObjectionItem extends ToolkitItem {
  objection: string;
  category: Objection['data']['category'];
  response: string;
  proof: CaseCitation[];
}

export function objectionItem(ctx: ToolkitContext, entry: Objection): Omit<ObjectionItem, 'rank'> {
  const d = entry.data;
  const proof = ctx.hub.resolve(d.proof).map((c) => citation(ctx, c));
  const proofLines = proof.map((p) => (p.customerUrl ? `${p.customer}: ${p.customerUrl}` : undefined)).filter(Boolean);
  const copyText = [d.response, ...proofLines].join('\n');
  return {
    ...entryItem(ctx, entry, { industries: [], personas: ids(d.personas) }, copyText),
    objection: d.title,
    category: d.category,
    response: d.response,
    proof,
  };
}

export interface CompetitorItem extends ToolkitItem {
  name: string;
  summary: string;
  strengths: string[];
  weaknesses: string[];
  howWeWin: string[];
  landmines: string[];
  valueCurve: Competitor['data']['valueCurve'];
}

export function competitorItem(ctx: ToolkitContext, entry: Competitor): Omit<CompetitorItem, 'rank'> {
  const d = entry.data;
  const copyText = [
    `Against ${d.title}:`,
    ...d.howWeWin.map((line) => `• ${line}`),
    ...d.landmines.slice(0, 1).map((question) => `Ask: ${question}`),
  ].join('\n');
  return {
    ...entryItem(ctx, entry, everyone, copyText),
    name: d.title,
    summary: d.summary,
    strengths: d.strengths,
    weaknesses: d.weaknesses,
    howWeWin: d.howWeWin,
    landmines: d.landmines,
    valueCurve: d.valueCurve,
  };
}

export interface DiscoveryItem extends ToolkitItem {
  persona: string;
  level: PersonaLevel;
  levelLabel: string;
  goals: string[];
  pains: string[];
  questions: string[];
}

/** A buyer with what they want, what hurts, and the questions to ask them. */
export function discoveryItem(ctx: ToolkitContext, entry: Persona): Omit<DiscoveryItem, 'rank'> {
  const d = entry.data;
  return {
    ...entryItem(ctx, entry, { industries: [], personas: [entry.id] }, d.discoveryQuestions.map((q) => `• ${q}`).join('\n')),
    // A buyer profile is the rep's research, not something to send the buyer.
    customerUrl: undefined,
    persona: d.title,
    level: d.level,
    levelLabel: personaLevelLabels[d.level].label,
    goals: d.goals,
    pains: d.pains,
    questions: d.discoveryQuestions,
  };
}

/** Executive first, then business line, then execution: the order discovery runs in. */
export function byLevel(a: Persona, b: Persona): number {
  return personaLevelLabels[a.data.level].order - personaLevelLabels[b.data.level].order;
}

export interface SolutionItem extends ToolkitItem {
  title: string;
  kind: Solution['data']['kind'];
  summary: string;
  industries: { id: string; title: string }[];
  personas: string[];
  outcomes: string[];
}

export function solutionItem(ctx: ToolkitContext, entry: Solution): Omit<SolutionItem, 'rank'> {
  const d = entry.data;
  const industries = ctx.hub.resolve(d.industries);
  const outcomes = ctx.hub.resolve(d.valueProps).map((vp) => `${vp.data.title}: ${vp.data.outcome}`);
  const base = entryItem(ctx, entry, { industries: ids(d.industries), personas: ids(d.personas) }, '');
  return {
    ...base,
    copyText: withLink(`${d.title}\n${d.summary}`, base.customerUrl),
    title: d.title,
    kind: d.kind,
    summary: d.summary,
    industries: industries.map((i) => ({ id: i.id, title: i.data.title })),
    personas: ctx.hub.resolve(d.personas).map((p) => p.data.title),
    outcomes,
  };
}

export const rfpCategoryLabels: Record<RfpAnswer['data']['category'], string> = {
  security: 'Security',
  privacy: 'Privacy',
  compliance: 'Compliance',
  architecture: 'Architecture',
  integration: 'Integration',
  implementation: 'Implementation',
  support: 'Support',
  commercial: 'Commercial',
};

export interface RfpItem extends ToolkitItem {
  question: string;
  category: RfpAnswer['data']['category'];
  categoryLabel: string;
  answer: string;
  lastReviewed: string;
}

export function rfpItem(ctx: ToolkitContext, entry: RfpAnswer): Omit<RfpItem, 'rank'> {
  const d = entry.data;
  return {
    ...entryItem(ctx, entry, everyone, d.answer),
    question: d.title,
    category: d.category,
    categoryLabel: rfpCategoryLabels[d.category],
    answer: d.answer,
    lastReviewed: formatDate(d.lastReviewed),
  };
}

/**
 * A titled group of items, with the sentence to show when it has none. `items` are the ones the
 * page renders; a long section renders its first few and links to the rest (`seeAll`).
 */
export interface ToolkitSection<T> extends Listed<T> {
  id: string;
  title: string;
  /** Said instead of an empty list, followed by a link to request the content. */
  emptyText: string;
}
