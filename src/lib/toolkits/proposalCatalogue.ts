/**
 * The modules a proposal may be built from, compiled at build time. A proposal goes to a customer,
 * so only entries that are approved, within their review-by date and customer-facing qualify, even
 * in a preview or internal build where the hub itself shows more. Every module and every answer
 * carries who it is written for (industry, region, language), so the builder offers and
 * pre-selects what fits the customer.
 */
import type { CustomerCase, Entry, RfpAnswer, Solution } from '../entries';
import { isCustomerReady } from '../gating';
import type { CustomerContact } from './onePager';
import type { ProposalBlock, ProposalCatalogue, ProposalFit, ProposalModule } from './proposal';
import { languageLabels } from './proposal';
import type { ToolkitContext } from './items';
import { customerUrlOf, rfpCategoryLabels } from './items';
import type { ProductContent } from './productContent';
import { securityCategories } from './highTicket';

/** What the closing sections say, from the hub's settings. */
export interface ProposalClosing {
  company: string;
  contact: CustomerContact;
  nextSteps: readonly string[];
}

/** Region names as a proposal's picker shows them. */
export const regionLabels: Record<CustomerCase['data']['region'], string> = {
  'north-america': 'North America',
  europe: 'Europe',
  'asia-pacific': 'Asia Pacific',
  'latin-america': 'Latin America',
  'middle-east-africa': 'Middle East and Africa',
  'greater-china': 'Greater China',
};

function customerReady(ctx: ToolkitContext, entry: Entry): boolean {
  return isCustomerReady(entry.data, ctx.hub.scope);
}

const langOf = (entry: Entry) => (entry.data as { lang: string }).lang;
/** Names the entry a block comes from, so a proposal can say each thing once. */
const entryKey = (entry: Entry) => `${entry.collection}/${entry.id}`;
const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id);

function linkBlock(ctx: ToolkitContext, entry: Entry, text: string): ProposalBlock[] {
  const url = customerUrlOf(ctx, entry);
  return url ? [{ type: 'link', text, url, source: `link:${url}` }] : [];
}

function solutionModule(ctx: ToolkitContext, solution: Solution): ProposalModule {
  const d = solution.data;
  const valueProps = ctx.hub.resolve(d.valueProps).filter((vp) => customerReady(ctx, vp));
  const proof = valueProps.flatMap((vp) =>
    vp.data.proofPoints
      .filter((p) => {
        const cited = p.case && ctx.hub.get(p.case);
        return p.case ? cited !== undefined && customerReady(ctx, cited) : true;
      })
      .map((p) => p.claim),
  );
  const industries = ctx.hub.resolve(d.industries);
  const blocks: ProposalBlock[] = [{ type: 'paragraph', text: d.summary, source: entryKey(solution) }];
  // Two solutions often share value propositions and proof: the document says each once (see assembleProposal).
  if (valueProps.length > 0)
    blocks.push({ type: 'list', label: 'What it changes', items: valueProps.map((vp) => `${vp.data.title}: ${vp.data.outcome}`) });
  if (proof.length > 0) blocks.push({ type: 'list', label: 'Proof', items: [...new Set(proof)] });
  return {
    id: `solution.${solution.id}`,
    kind: 'solution',
    title: d.title,
    detail: [industries.map((i) => i.data.title).join(', ') || 'Every industry', `${d.kind} solution`].join(' · '),
    fit: { industries: industries.map((i) => i.id), regions: [], lang: d.lang },
    blocks: [...blocks, ...linkBlock(ctx, solution, `More about ${d.title}`)],
  };
}

function caseModule(ctx: ToolkitContext, entry: CustomerCase): ProposalModule {
  const d = entry.data;
  const industry = ctx.hub.get(d.industry);
  const source = entryKey(entry);
  const blocks: ProposalBlock[] = [
    { type: 'metrics', items: d.metrics, source: `${source}#metrics` },
    { type: 'paragraph', label: 'Challenge', text: d.challenge, source: `${source}#challenge` },
    { type: 'paragraph', label: 'Approach', text: d.approach, source: `${source}#approach` },
    { type: 'paragraph', label: 'Results', text: d.results, source: `${source}#results` },
  ];
  if (d.quote)
    blocks.push({
      type: 'quote',
      text: d.quote.text,
      attribution: `${d.quote.author}, ${d.quote.role}, ${d.customer}`,
      source: `${source}#quote`,
    });
  return {
    id: `case.${entry.id}`,
    kind: 'case',
    // Case headlines name the customer already ("Harbor & Pine closes its books two days faster").
    title: d.title,
    detail: `${d.customer} · ${industry?.data.title ?? d.industry.id} · ${regionLabels[d.region]} · ${d.metrics.length} metric${d.metrics.length === 1 ? '' : 's'}`,
    // A reference from another region still proves the product; its industry and language decide where it fits.
    fit: { industries: [d.industry.id], regions: [], lang: d.lang },
    blocks: [...blocks, ...linkBlock(ctx, entry, `Read the ${d.customer} case`)],
  };
}

function answerFit(answer: RfpAnswer): ProposalFit {
  return { industries: ids(answer.data.industries), regions: answer.data.regions, lang: answer.data.lang };
}

/** One section per security category, gathering its answers; each answer keeps its own fit. */
function securityModules(answers: RfpAnswer[]): ProposalModule[] {
  return securityCategories.flatMap((category) => {
    const inCategory = answers.filter((a) => a.data.category === category);
    if (inCategory.length === 0) return [];
    return [
      {
        id: `security.${category}`,
        kind: 'security' as const,
        title: rfpCategoryLabels[category],
        detail: `${inCategory.length} approved answer${inCategory.length === 1 ? '' : 's'}, those that fit the proposal included`,
        fit: { industries: [], regions: [], lang: undefined },
        blocks: inCategory.map((a): ProposalBlock => ({
          type: 'qa',
          question: a.data.title,
          answer: a.data.answer,
          source: entryKey(a),
          fit: answerFit(a),
        })),
      },
    ];
  });
}

function rfpModule(answer: RfpAnswer): ProposalModule {
  return {
    id: `rfp.${answer.id}`,
    kind: 'rfp',
    title: answer.data.title,
    detail: rfpCategoryLabels[answer.data.category],
    fit: answerFit(answer),
    blocks: [{ type: 'paragraph', text: answer.data.answer, source: entryKey(answer) }],
  };
}

/** Opens the proposal: the product as approved messaging describes it, the customer's industry line, its pillars. */
function summaryModule(ctx: ToolkitContext, content: ProductContent): ProposalModule {
  const { product, messaging } = content;
  const approved = messaging && customerReady(ctx, messaging) ? messaging : undefined;
  const lang = approved ? langOf(approved) : product.data.lang;
  const blocks: ProposalBlock[] = [{ type: 'paragraph', text: approved?.data.boilerplates.long ?? product.data.summary }];
  for (const variant of approved?.data.industryVariants ?? []) {
    blocks.push({ type: 'paragraph', text: variant.message, fit: { industries: [variant.industry.id], regions: [], lang } });
  }
  if (approved) blocks.push({ type: 'list', label: `Why ${product.data.title}`, items: approved.data.keyMessages.map((m) => m.message) });
  return {
    id: 'summary.executive',
    kind: 'summary',
    title: 'Executive summary',
    detail: `${product.data.title} in approved words, with the line for the customer's industry`,
    fit: { industries: [], regions: [], lang },
    blocks,
  };
}

function closingModules(closing: ProposalClosing, lang: string): ProposalModule[] {
  const everywhere = { industries: [], regions: [], lang };
  const contact = closing.contact;
  return [
    {
      id: 'closing.next-steps',
      kind: 'closing',
      title: 'Next steps',
      detail: 'What happens after this proposal',
      fit: everywhere,
      blocks: [{ type: 'list', items: [...closing.nextSteps] }],
    },
    {
      id: 'closing.contact',
      kind: 'closing',
      title: 'Contact',
      detail: 'Your name and contact as you type them above, and the company’s',
      fit: everywhere,
      blocks: [
        { type: 'rep-contact' },
        { type: 'paragraph', label: closing.company, text: `${contact.callToAction}: ${contact.email}` },
        { type: 'link', text: contact.url, url: contact.url },
      ],
    },
  ];
}

export function proposalCatalogue(ctx: ToolkitContext, content: ProductContent, closing: ProposalClosing): ProposalCatalogue {
  const { product } = content;
  const ready = <T extends Entry>(entries: T[]) => entries.filter((e) => customerReady(ctx, e));
  const answers = ready(content.rfpAnswers);
  const modules = [
    summaryModule(ctx, content),
    ...ready(content.solutions).map((s) => solutionModule(ctx, s)),
    ...ready(content.cases).map((c) => caseModule(ctx, c)),
    ...securityModules(answers),
    ...answers.map(rfpModule),
    ...closingModules(closing, product.data.lang),
  ];
  const langs = [...new Set([product.data.lang, ...modules.flatMap((m) => [m.fit.lang, ...m.blocks.map((b) => b.fit?.lang)])])].filter(
    (lang): lang is string => lang !== undefined,
  );
  return {
    product: { id: product.id, title: product.data.title },
    company: closing.company,
    lang: product.data.lang,
    languages: langs.map((id) => ({ id, label: languageLabels[id] ?? id })),
    industries: content.industries.map((i) => ({ id: i.id, label: i.data.title })),
    regions: Object.entries(regionLabels).map(([id, label]) => ({ id, label })),
    modules,
  };
}

/**
 * The catalogue as the builder fetches it (`proposalCataloguePath`). `<` is escaped, so the text is
 * also safe inside a `<script type="application/json">` element, should it ever be embedded again.
 */
export function catalogueJson(catalogue: ProposalCatalogue): string {
  return JSON.stringify(catalogue).replace(/</gu, '\\u003c');
}
