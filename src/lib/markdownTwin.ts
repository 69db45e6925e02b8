/**
 * The Markdown twin of a page: the same facts as the page, as Markdown, at the page's address with
 * `.md` (`/cases/harbor-pine/` → `/cases/harbor-pine.md`), for assistants and other tools that read
 * text rather than HTML. A twin is written from the gated hub the page is rendered from and shows
 * the fields the page shows for this build's reader, never more: a customer's twin has no owner,
 * review date, deal profile or pricing note because the customer's page has none.
 */
import type { Entry, EntryRef } from './entries';
import { collectionLabels } from './entries';
import { isStaffView } from './gating';
import { formatDate } from './governanceView';
import type { Hub } from './hub';
import { listingLine } from './listing';
import type { MessagingHouse } from './messaging';
import { visibleProofPoints } from './messaging';
import { messagingMarkdown } from './kits/markdown';
import { personaLevelLabels } from './personaLevels';
import { bodyMarkdown } from './text/bodyMarkdown';
import { markdownLine, markdownText } from './text/markdownText';
import type { VariantRules } from './toolkitVariant';
import { toolkitVariantsFor } from './toolkitVariant';
import { formatMoney } from './toolkits/catalog';
import { toolkitPagePath } from './toolkits/toolkitPaths';
import { rfpCategoryLabels } from './toolkits/items';

export type TwinHub = Hub;

export interface TwinSettings {
  /** The build's own address: links in a twin are absolute, so it reads the same wherever it is copied. */
  siteUrl: string;
  variantRules: VariantRules;
}

/** The twin's address for a page's address. */
export function twinPath(pagePath: string): string {
  return `${pagePath.replace(/\/$/u, '')}.md`;
}

/** Who may receive the entry, and for staff its approval, owner and review date: the governance line. */
export function governanceLine(hub: Pick<Hub, 'scope'>, data: { status: string; owner: string; reviewBy: Date; audience: string }): string {
  const audience = data.audience === 'internal' ? 'Internal only: do not send to customers' : 'Customer-facing';
  if (!isStaffView(hub.scope)) return audience;
  const status = data.status.charAt(0).toUpperCase() + data.status.slice(1);
  return `${status} · ${audience} · Owner: ${data.owner} · Review by ${data.reviewBy.toISOString().slice(0, 10)}`;
}

export function absoluteUrl(path: string, settings: Pick<TwinSettings, 'siteUrl'>): string {
  return new URL(path, settings.siteUrl).href;
}

/** A linked title where this build has the page, the bare title where it has not. */
function titleLink(hub: TwinHub, entry: Entry, settings: TwinSettings): string {
  const title = markdownLine((entry.data as { title: string }).title);
  const path = hub.pagePath(entry);
  return path ? `[${title}](${absoluteUrl(path, settings)})` : title;
}

function refLine(hub: TwinHub, label: string, refs: readonly EntryRef[], settings: TwinSettings): string[] {
  const entries = hub.resolve(refs);
  return entries.length > 0 ? [`- ${label}: ${entries.map((e) => titleLink(hub, e, settings)).join(', ')}`] : [];
}

function section(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? ['', `## ${heading}`, '', ...lines] : [];
}

const bullets = (items: readonly string[]) => items.map((item) => `- ${markdownLine(item)}`);
const paragraph = (text: string) => [markdownText(text)];

function entryFacts(hub: TwinHub, entry: Entry, settings: TwinSettings): string[] {
  const refs = (label: string, list: readonly EntryRef[]) => refLine(hub, label, list, settings);
  switch (entry.collection) {
    case 'products': {
      const d = entry.data;
      // The deal profile and the toolkits are how the company sells; the customer's library shows neither.
      const sells = hub.publication.sections.toolkits;
      const toolkits = sells
        ? toolkitVariantsFor(d, settings.variantRules).variants.map(
            (variant) =>
              `- [${variant === 'quick-sale' ? 'Quick-sale' : 'High-ticket'} toolkit](${absoluteUrl(toolkitPagePath(entry.id, variant), settings)})`,
          )
        : [];
      return [
        ...section('Sales toolkits', toolkits),
        ...section(
          'Deal profile',
          sells
            ? [
                `- Typical contract: ${formatMoney(d.deal.contractValue, d.deal.currency)}`,
                `- Typical cycle: ${d.deal.cycleDays} days`,
                `- Tenders: ${d.deal.tenders ? 'usual' : 'rare'}`,
              ]
            : [],
        ),
        ...section(
          'Packaging and price',
          d.packages.flatMap((pkg) => [`### ${markdownLine(pkg.name)}: ${markdownLine(pkg.price)}`, '', ...bullets(pkg.includes), '']),
        ),
        ...section('Pricing notes (internal, do not send)', d.pricingNotes ? paragraph(d.pricingNotes) : []),
        ...section('Sold to', [...refs('Industries', d.industries), ...refs('Buyers', d.personas)]),
      ];
    }
    case 'industries':
      return [...section('Trends', bullets(entry.data.trends)), ...section('Regulations', bullets(entry.data.regulations))];
    case 'personas': {
      const d = entry.data;
      return [
        `Level: ${personaLevelLabels[d.level].label}`,
        ...section('Goals', bullets(d.goals)),
        ...section('Pains', bullets(d.pains)),
        ...section('KPIs', bullets(d.kpis)),
        ...section('Discovery questions', bullets(d.discoveryQuestions)),
      ];
    }
    case 'value-props': {
      const d = entry.data;
      const proof = visibleProofPoints(hub, d.proofPoints).map((p) => {
        const backing = p.case
          ? ` (case: [${markdownLine(p.case.customer)}](${absoluteUrl(p.case.path, settings)}))`
          : p.source
            ? ` (source: ${markdownLine(p.source)})`
            : '';
        return `- ${markdownLine(p.claim)}${backing}`;
      });
      return [
        ...refs('Product', [d.product]),
        ...section('Pain', paragraph(d.pain)),
        ...section('Capability', paragraph(d.capability)),
        ...section('Outcome', paragraph(d.outcome)),
        ...section('Proof', proof),
        ...section('For', [...refs('Buyers', d.personas), ...refs('Industries', d.industries)]),
      ];
    }
    case 'solutions': {
      const d = entry.data;
      const kind = { industry: 'Industry solution', scenario: 'Scenario solution', function: 'Job-function solution' }[d.kind];
      return [
        `Kind: ${kind}`,
        ...section('For', [...refs('Products', d.products), ...refs('Industries', d.industries), ...refs('Buyers', d.personas)]),
        ...section(
          'Value propositions',
          hub.resolve(d.valueProps).map((vp) => `- ${titleLink(hub, vp, settings)}: ${markdownLine(vp.data.outcome)}`),
        ),
      ];
    }
    case 'cases': {
      const d = entry.data;
      const size = { smb: 'Small business', 'mid-market': 'Mid-market', enterprise: 'Enterprise' }[d.size];
      const industry = hub.resolve([d.industry])[0];
      const send = hub.customerCase(entry);
      const sending =
        d.audience === 'internal'
          ? [
              send
                ? `The customer has not approved publication. Send it only as “${markdownLine(send.customer)}”: ${markdownLine(send.summary)}`
                : 'The customer has not approved publication and the case has no approved anonymised form: nothing of it may be sent.',
            ]
          : send?.url
            ? [`Customer link: ${send.url}`]
            : [];
      return [
        `Customer: ${markdownLine(d.customer)} · ${industry ? markdownLine(industry.data.title) : d.industry.id} · ${size} · ${d.region.replace(/-/gu, ' ')}`,
        ...section('Challenge', paragraph(d.challenge)),
        ...section('Approach', paragraph(d.approach)),
        ...section('Results', paragraph(d.results)),
        ...section(
          'Metrics',
          d.metrics.map((m) => `- ${markdownLine(m.label)}: ${markdownLine(m.value)}`),
        ),
        ...section(
          'Quote',
          d.quote ? [`> ${markdownLine(d.quote.text)}`, '>', `> ${markdownLine(`${d.quote.author}, ${d.quote.role}, ${d.customer}`)}`] : [],
        ),
        ...section('Sending this case', sending),
        ...section('About', [...refs('Products', d.products), ...refs('Solutions', d.solutions)]),
      ];
    }
    case 'competitors': {
      const d = entry.data;
      return [
        ...refs('Competes with', d.products),
        ...section('Where they are strong', bullets(d.strengths)),
        ...section('Where they are weak', bullets(d.weaknesses)),
        ...section('How we win', bullets(d.howWeWin)),
        ...section('Landmine questions', bullets(d.landmines)),
        ...section(
          'Value curve (0 to 10)',
          d.valueCurve.length > 0
            ? [
                '| Factor | Us | Them |',
                '| --- | --- | --- |',
                ...d.valueCurve.map((v) => `| ${markdownLine(v.factor)} | ${v.us} | ${v.them} |`),
              ]
            : [],
        ),
      ];
    }
    case 'objections': {
      const d = entry.data;
      return [
        `Category: ${d.category}`,
        ...section('How to answer', paragraph(d.response)),
        ...section(
          'Proof',
          hub.resolve(d.proof).map((c) => `- ${titleLink(hub, c, settings)}: ${markdownLine(c.data.customer)}`),
        ),
        ...section('About', [...refs('Products', d.products), ...refs('Raised by', d.personas)]),
      ];
    }
    case 'rfp': {
      const d = entry.data;
      return [
        `Category: ${rfpCategoryLabels[d.category]} · Last reviewed ${formatDate(d.lastReviewed)}`,
        ...section('Approved answer', paragraph(d.answer)),
        ...section('About', refs('Products', d.products)),
      ];
    }
    case 'campaigns': {
      const d = entry.data;
      return [
        `Runs ${formatDate(d.starts)} – ${formatDate(d.ends)}`,
        ...section('Goal', paragraph(d.goal)),
        ...section('Theme', paragraph(d.theme)),
        ...section('About', [
          ...refs('Products', d.products),
          ...refs('Industries', d.industries),
          ...refs('Personas', d.personas),
          ...refs('Solutions', d.solutions),
        ]),
      ];
    }
    case 'messaging':
      return [];
  }
}

/** The twin of a product's messaging page: every language's messaging house, English first, as the page shows them. */
export function messagingTwin(houses: readonly MessagingHouse[], pagePath: string, settings: Pick<TwinSettings, 'siteUrl'>): string {
  const [heading = '', ...rest] = houses.map(messagingMarkdown).join('\n\n---\n\n').split('\n');
  return [heading, '', `Source: ${absoluteUrl(pagePath, settings)}`, ...rest].join('\n');
}

/** The twin of an entry's page in this build. */
export function entryTwin(hub: TwinHub, entry: Entry, settings: TwinSettings): string {
  const data = entry.data as { title: string; status: string; owner: string; reviewBy: Date; audience: string };
  const path = hub.pagePath(entry);
  const body = bodyMarkdown(entry.body);
  return [
    `# ${markdownLine(data.title)}`,
    '',
    `> ${markdownLine(listingLine(entry))}`,
    '',
    `${collectionLabels[entry.collection].one} · ${governanceLine(hub, data)}`,
    ...(path ? ['', `Source: ${absoluteUrl(path, settings)}`] : []),
    '',
    ...entryFacts(hub, entry, settings),
    ...(body ? ['', '## Notes', '', body] : []),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}
