/**
 * The Markdown twin of a toolkit page: what the page opens on, as text. An industry page's twin is
 * that industry's toolkit: its "Ready to send" block, then each section as the page first shows it
 * (the same ranking and limits the filters apply), so an assistant hands out exactly what a rep sees.
 */
import { absoluteUrl } from '../markdownTwin';
import { markdownLine, markdownText } from '../text/markdownText';
import type { CaseItem, CompetitorItem, DiscoveryItem, ObjectionItem, RfpItem, SolutionItem, ToolkitItem, ValuePropItem } from './items';
import { isCustomerFacingProof } from './items';
import type { HighTicketToolkit } from './highTicket';
import type { QuickSaleToolkit } from './quickSale';
import { quickSaleSectionOrder } from './quickSale';
import type { ReadyToSend } from './readyToSend';
import { arrange } from './relevance';

type Settings = { siteUrl: string };

const internalMark = (item: Pick<ToolkitItem, 'audience'>) => (item.audience === 'internal' ? ' (internal, do not send)' : '');
const link = (title: string, href: string, settings: Settings) => `[${markdownLine(title)}](${absoluteUrl(href, settings)})`;
const bullets = (items: readonly string[]) => items.map((item) => `- ${markdownLine(item)}`);

function readyBlock(ready: ReadyToSend, settings: Settings): string[] {
  const lines = ['## Ready to send', '', `For ${markdownLine(ready.industry.title)}.`, ''];
  for (const pitch of ready.pitches) lines.push(`- ${markdownLine(pitch.label)}: ${markdownLine(pitch.text)}`);
  if (ready.case?.send) {
    const send = ready.case.send;
    lines.push(
      '',
      `### Case to send: ${markdownLine(send.customer)}`,
      '',
      markdownText(send.summary),
      '',
      ...send.metrics.map((m) => `- ${markdownLine(m.label)}: ${markdownLine(m.value)}`),
      ...(send.url ? ['', `Customer link: ${send.url}`] : []),
    );
  } else {
    lines.push('', 'No customer-facing case for this industry yet.');
    for (const other of ready.otherProducts) {
      lines.push(`- From ${markdownLine(other.product.title)}: ${link(other.case.customer, other.case.href, settings)}`);
    }
    for (const item of ready.anonymised) {
      if (item.send) lines.push(`- Anonymised: ${markdownLine(item.send.customer)}: ${markdownLine(item.send.summary)}`);
    }
  }
  if (ready.email) lines.push('', `### Email: ${markdownLine(ready.email.name)}`, '', '```text', ready.email.email.text, '```');
  return lines;
}

function valueProp(item: ValuePropItem, settings: Settings): string[] {
  return [
    `### ${link(item.title, item.href, settings)}${internalMark(item)}`,
    '',
    `- Pain: ${markdownLine(item.pain)}`,
    `- Capability: ${markdownLine(item.capability)}`,
    `- Outcome: ${markdownLine(item.outcome)}`,
    ...item.proof.map(
      (p) =>
        `- Proof: ${markdownLine(p.claim)}${p.case ? ` (${link(p.case.customer, p.case.href, settings)})` : p.source ? ` (source: ${markdownLine(p.source)})` : ''}${isCustomerFacingProof(p) ? '' : ' (internal, do not send)'}`,
    ),
    '',
  ];
}

function customerCase(item: CaseItem, settings: Settings): string[] {
  return [
    `### ${link(item.customer, item.href, settings)}: ${markdownLine(item.title)}${internalMark(item)}`,
    '',
    markdownText(item.results),
    '',
    ...item.metrics.map((m) => `- ${markdownLine(m.label)}: ${markdownLine(m.value)}`),
    ...(item.send?.url ? ['', `Customer link: ${item.send.url}`] : []),
    '',
  ];
}

function objection(item: ObjectionItem, settings: Settings): string[] {
  return [`### ${link(item.objection, item.href, settings)}${internalMark(item)}`, '', markdownText(item.response), ''];
}

function competitor(item: CompetitorItem, settings: Settings): string[] {
  return [
    `### ${link(item.name, item.href, settings)}`,
    '',
    markdownText(item.summary),
    '',
    'How we win:',
    '',
    ...bullets(item.howWeWin),
    '',
  ];
}

function buyer(item: DiscoveryItem, settings: Settings): string[] {
  return [`### ${link(item.persona, item.href, settings)} (${markdownLine(item.levelLabel)})`, '', ...bullets(item.questions), ''];
}

function solution(item: SolutionItem, settings: Settings): string[] {
  return [`- ${link(item.title, item.href, settings)}: ${markdownLine(item.summary)}`];
}

function answer(item: RfpItem, settings: Settings): string[] {
  return [
    `### ${link(item.question, item.href, settings)}${internalMark(item)}`,
    '',
    markdownText(item.answer),
    '',
    `Last reviewed ${item.lastReviewed}.`,
    '',
  ];
}

function titled(title: string, lines: readonly string[], empty: string): string[] {
  return ['', `## ${title}`, '', ...(lines.length > 0 ? lines : [empty])];
}

/** The quick-sale toolkit as its page opens, for `industry` on an industry page. */
export function quickSaleTwin(toolkit: QuickSaleToolkit, industry: string | undefined, pagePath: string, settings: Settings): string {
  const { product, sections } = toolkit;
  const ready = toolkit.ready.find((r) => r.industry.id === industry);
  const industryTitle = ready?.industry.title;
  const shown = <T extends ToolkitItem>(section: { items: T[]; arrange: Parameters<typeof arrange>[2] }) =>
    arrange(section.items, { industry }, section.arrange).shown;
  const render: { [K in (typeof quickSaleSectionOrder)[number]]: () => string[] } = {
    pitch: () => shown(sections.pitch).map((p) => `- ${markdownLine(p.label)}: ${markdownLine(p.text)}`),
    packaging: () => sections.packaging.items.map((p) => `- ${markdownLine(p.name)}: ${markdownLine(p.price)}`),
    valueProps: () => shown(sections.valueProps).flatMap((item) => valueProp(item, settings)),
    cases: () => shown(sections.cases).flatMap((item) => customerCase(item, settings)),
    discovery: () => shown(sections.discovery).flatMap((item) => buyer(item, settings)),
    objections: () => shown(sections.objections).flatMap((item) => objection(item, settings)),
    competitors: () => shown(sections.competitors).flatMap((item) => competitor(item, settings)),
    send: () =>
      shown(sections.send).map((item) => `- ${markdownLine(item.customer)}: ${item.customerUrl ?? absoluteUrl(item.href, settings)}`),
  };
  return [
    `# ${markdownLine(product.data.title)}`,
    '',
    `Quick-sale toolkit${industryTitle ? `, for ${markdownLine(industryTitle)}` : ''}`,
    '',
    `> ${markdownLine(toolkit.cardsStatement)}`,
    '',
    `Source: ${absoluteUrl(pagePath, settings)}`,
    '',
    ...(ready ? readyBlock(ready, settings) : []),
    ...(toolkit.pricingNotes ? titled('Pricing notes (internal, do not send)', [markdownText(toolkit.pricingNotes)], '') : []),
    ...quickSaleSectionOrder.flatMap((id) => titled(sections[id].title, render[id](), sections[id].emptyText)),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}

/** The high-ticket toolkit's overview, or its page for one industry. */
export function highTicketTwin(toolkit: HighTicketToolkit, pagePath: string, settings: Settings): string {
  const { product, focus } = toolkit;
  return [
    `# ${markdownLine(product.data.title)}${focus ? ` for ${markdownLine(focus.title)}` : ''}`,
    '',
    'High-ticket toolkit',
    '',
    `> ${markdownLine(toolkit.cardsStatement)}`,
    '',
    `Source: ${absoluteUrl(pagePath, settings)}`,
    '',
    ...(toolkit.ready ? readyBlock(toolkit.ready, settings) : []),
    ...titled(
      toolkit.solutions.title,
      toolkit.solutions.modules.flatMap((m) =>
        m.groups.flatMap((g) => [`### ${markdownLine(g.title)}`, '', ...g.items.flatMap((i) => solution(i, settings)), '']),
      ),
      toolkit.solutions.emptyText,
    ),
    ...titled(
      toolkit.securityPack.title,
      toolkit.securityPack.categories.flatMap((c) => c.items.flatMap((i) => answer(i, settings))),
      toolkit.securityPack.emptyText,
    ),
    ...titled(
      toolkit.cases.title,
      toolkit.cases.items.flatMap((i) => customerCase(i, settings)),
      toolkit.cases.emptyText,
    ),
    ...titled(
      toolkit.battlecards.title,
      toolkit.battlecards.items.flatMap((i) => competitor(i, settings)),
      toolkit.battlecards.emptyText,
    ),
    ...titled(
      toolkit.stakeholders.title,
      toolkit.stakeholders.levels.flatMap((l) => l.items.flatMap((i) => buyer(i, settings))),
      toolkit.stakeholders.emptyText,
    ),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}
