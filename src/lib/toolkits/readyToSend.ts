/**
 * "Ready to send": what a rep sends for one product, industry and buyer, decided once at build time.
 * The pitch for the buyer, the best customer-facing case for the industry and the email that goes
 * with it; where the product has no customer-facing case in the industry, the nearest alternatives
 * and what to ask product marketing for.
 */
import type { Messaging, Product } from '../entries';
import { toolkitVariantsFor } from '../toolkitVariant';
import type { CaseItem, ToolkitContext } from './items';
import { byShareability, caseItem } from './items';
import type { ProductContent } from './productContent';
import type { AudienceFilter } from './relevance';
import { callVariant, toolkitPath } from './toolkitPaths';

/** Where a pitch line comes from: the buyer's own line, the industry's, or the product's elevator pitch. */
export type PitchBasis = 'buyer' | 'industry' | 'general';

export interface Pitch {
  basis: PitchBasis;
  text: string;
}

type PitchSource = Pick<Messaging['data'], 'elevatorPitch' | 'personaVariants' | 'industryVariants'>;

/**
 * The pitch for the chosen buyer: the buyer's own line first (the buyer decides), then the
 * industry's line, then the elevator pitch everyone gets.
 */
export function pitchFor(messaging: PitchSource, filter: AudienceFilter): Pitch {
  const buyer = messaging.personaVariants.find((variant) => variant.persona.id === filter.persona);
  if (buyer) return { basis: 'buyer', text: buyer.message };
  const industry = messaging.industryVariants.find((variant) => variant.industry.id === filter.industry);
  if (industry) return { basis: 'industry', text: industry.message };
  return { basis: 'general', text: messaging.elevatorPitch };
}

type RankedCase = Pick<CaseItem, 'audience' | 'lang' | 'quote' | 'metrics' | 'rank'> & { industry: { id: string } };

/**
 * The customer-facing case to send for an industry: only a case from that industry counts (proof
 * from another industry is an alternative, not the answer). Among them, one in the toolkit's
 * language, then one with a quote to show, then the most metrics, then the toolkit's own order.
 */
export function bestCustomerCase<T extends RankedCase>(cases: readonly T[], industryId: string, lang: string): T | undefined {
  return cases
    .filter((c) => c.audience === 'public' && c.industry.id === industryId)
    .sort(
      (a, b) =>
        Number(b.lang === lang) - Number(a.lang === lang) ||
        Number(b.quote !== undefined) - Number(a.quote !== undefined) ||
        b.metrics.length - a.metrics.length ||
        a.rank - b.rank,
    )[0];
}

/** A line of the "Ready to send" block, for one buyer choice; `persona` undefined is the line with no buyer chosen. */
export interface ReadyPitch extends Pitch {
  persona: string | undefined;
  /** Says whose line it is, e.g. "For the Chief Financial Officer". */
  label: string;
}

/** A customer-facing case of another product in the same industry: proof the rep may still send. */
export interface OtherProductCase {
  product: { id: string; title: string };
  case: CaseItem;
  /** The other product's toolkit for the industry (or whole, where it is not sold to it). */
  toolkitHref: string;
}

export interface ReadyToSend {
  industry: { id: string; title: string };
  /** The line with no buyer chosen first, then each buyer whose line differs from it. */
  pitches: ReadyPitch[];
  /** The best customer-facing case for the product in the industry; undefined when there is none. */
  case: CaseItem | undefined;
  /** When there is no case: cases of other products in the same industry, best first (at most `readyLimits.otherProducts`). */
  otherProducts: OtherProductCase[];
  /** Title of the content request the block links to when there is no case. */
  requestSubject: string;
}

export const readyLimits = { otherProducts: 3 } as const;

interface Audiences {
  industries: readonly { id: string; title: string }[];
  personas: readonly { id: string; title: string }[];
}

function readyPitches(content: ProductContent, industryId: string, personas: Audiences['personas']): ReadyPitch[] {
  const messaging = content.messaging?.data;
  if (!messaging) return [];
  const general = pitchFor(messaging, { industry: industryId });
  const label = (pitch: Pitch, persona: { title: string } | undefined, industryTitle: string) =>
    pitch.basis === 'buyer' && persona ? `For the ${persona.title}` : pitch.basis === 'industry' ? `For ${industryTitle}` : 'Elevator pitch';
  const industryTitle = content.industries.find((i) => i.id === industryId)?.data.title ?? industryId;
  const lines: ReadyPitch[] = [{ ...general, persona: undefined, label: label(general, undefined, industryTitle) }];
  for (const persona of personas) {
    const pitch = pitchFor(messaging, { industry: industryId, persona: persona.id });
    if (pitch.text !== general.text) lines.push({ ...pitch, persona: persona.id, label: label(pitch, persona, industryTitle) });
  }
  return lines;
}

/**
 * Other products' best customer-facing case in the industry, for a product that has none there.
 * Looked up through the hub's reverse index of the industry, so it costs the industry's cases only.
 */
function otherProductCases(ctx: ToolkitContext, product: Product, industryId: string): OtherProductCase[] {
  const cases = ctx.hub
    .referrers('cases', 'industry', industryId)
    .filter((c) => c.data.audience === 'public' && !c.data.products.some((p) => p.id === product.id))
    .sort(byShareability);
  const found: OtherProductCase[] = [];
  for (const other of ctx.hub.entries.products) {
    if (other.id === product.id || found.length >= readyLimits.otherProducts) continue;
    const items = cases.filter((c) => c.data.products.some((p) => p.id === other.id)).map((c, rank) => ({ ...caseItem(ctx, c), rank }));
    const best = bestCustomerCase(items, industryId, product.data.lang);
    if (!best) continue;
    const variant = callVariant(toolkitVariantsFor(other.data, ctx.settings).variants);
    found.push({ product: { id: other.id, title: other.data.title }, case: best, toolkitHref: toolkitPath(other, variant, { industry: industryId }) });
  }
  return found;
}

/**
 * The "Ready to send" block of one product for one industry. `cases` are the toolkit's own case
 * items (ranked), so the block and the case section agree on what a case is.
 */
export function readyToSend(
  ctx: ToolkitContext,
  content: ProductContent,
  cases: readonly CaseItem[],
  industry: { id: string; title: string },
  personas: Audiences['personas'],
): ReadyToSend {
  const { product } = content;
  const best = bestCustomerCase(cases, industry.id, product.data.lang);
  return {
    industry,
    pitches: readyPitches(content, industry.id, personas),
    case: best,
    otherProducts: best ? [] : otherProductCases(ctx, product, industry.id),
    requestSubject: `Content request: a customer-facing ${industry.title} case for ${product.data.title}`,
  };
}
