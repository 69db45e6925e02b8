/**
 * The modules a proposal may be built from, compiled at build time. A proposal goes to a customer,
 * so only entries that are approved, within their review-by date and customer-facing qualify, even
 * in a preview or internal build where the hub itself shows more.
 */
import type { CustomerCase, Entry, RfpAnswer, Solution } from '../entries';
import type { Governance } from '../gating';
import { isCustomerReady } from '../gating';
import type { ProposalBlock, ProposalCatalogue, ProposalModule } from './proposal';
import type { ToolkitContext } from './items';
import { customerUrlOf, rfpCategoryLabels } from './items';
import type { ProductContent } from './productContent';
import { securityCategories } from './highTicket';

function customerReady(ctx: ToolkitContext, entry: Entry): boolean {
  return isCustomerReady(entry.data as Governance, ctx.hub.scope);
}

function linkBlock(ctx: ToolkitContext, entry: Entry, text: string): ProposalBlock[] {
  const url = customerUrlOf(ctx, entry);
  return url ? [{ type: 'link', text, url }] : [];
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
  const blocks: ProposalBlock[] = [{ type: 'paragraph', text: d.summary }];
  if (valueProps.length > 0) blocks.push({ type: 'list', label: 'What it changes', items: valueProps.map((vp) => `${vp.data.title}: ${vp.data.outcome}`) });
  if (proof.length > 0) blocks.push({ type: 'list', label: 'Proof', items: proof });
  return {
    id: `solution.${solution.id}`,
    kind: 'solution',
    title: d.title,
    detail: [industries.map((i) => i.data.title).join(', ') || 'Every industry', `${d.kind} solution`].join(' · '),
    industries: industries.map((i) => i.id),
    blocks: [...blocks, ...linkBlock(ctx, solution, `More about ${d.title}`)],
  };
}

function caseModule(ctx: ToolkitContext, entry: CustomerCase): ProposalModule {
  const d = entry.data;
  const industry = ctx.hub.get(d.industry);
  const blocks: ProposalBlock[] = [
    { type: 'metrics', items: d.metrics },
    { type: 'paragraph', label: 'Challenge', text: d.challenge },
    { type: 'paragraph', label: 'Approach', text: d.approach },
    { type: 'paragraph', label: 'Results', text: d.results },
  ];
  if (d.quote) blocks.push({ type: 'quote', text: d.quote.text, attribution: `${d.quote.author}, ${d.quote.role}, ${d.customer}` });
  return {
    id: `case.${entry.id}`,
    kind: 'case',
    // Case headlines name the customer already ("Harbor & Pine closes its books two days faster").
    title: d.title,
    detail: `${d.customer} · ${industry?.data.title ?? d.industry.id} · ${d.metrics.length} metric${d.metrics.length === 1 ? '' : 's'}`,
    industries: [d.industry.id],
    blocks: [...blocks, ...linkBlock(ctx, entry, `Read the ${d.customer} case`)],
  };
}

function securityModules(answers: RfpAnswer[]): ProposalModule[] {
  return securityCategories.flatMap((category) => {
    const inCategory = answers.filter((a) => a.data.category === category);
    if (inCategory.length === 0) return [];
    return [
      {
        id: `security.${category}`,
        kind: 'security' as const,
        title: rfpCategoryLabels[category],
        detail: `${inCategory.length} approved answer${inCategory.length === 1 ? '' : 's'}`,
        industries: [],
        blocks: inCategory.map((a): ProposalBlock => ({ type: 'qa', question: a.data.title, answer: a.data.answer })),
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
    industries: [],
    blocks: [{ type: 'paragraph', text: answer.data.answer }],
  };
}

export function proposalCatalogue(ctx: ToolkitContext, content: ProductContent, company: string): ProposalCatalogue {
  const { product, messaging } = content;
  const ready = <T extends Entry>(entries: T[]) => entries.filter((e) => customerReady(ctx, e));
  const answers = ready(content.rfpAnswers);
  const introText = messaging && customerReady(ctx, messaging) ? messaging.data.boilerplates.long : product.data.summary;
  return {
    product: { id: product.id, title: product.data.title },
    company,
    intro: { title: `About ${product.data.title}`, blocks: [{ type: 'paragraph', text: introText }] },
    modules: [
      ...ready(content.solutions).map((s) => solutionModule(ctx, s)),
      ...ready(content.cases).map((c) => caseModule(ctx, c)),
      ...securityModules(answers),
      ...answers.map(rfpModule),
    ],
  };
}

/**
 * The catalogue as the builder fetches it (`proposalCataloguePath`). `<` is escaped, so the text is
 * also safe inside a `<script type="application/json">` element, should it ever be embedded again.
 */
export function catalogueJson(catalogue: ProposalCatalogue): string {
  return JSON.stringify(catalogue).replace(/</gu, '\\u003c');
}
