/**
 * "Ready to send": what a rep sends for one product, industry and buyer, decided once at build time.
 * The pitch for the buyer, the best customer-facing case for the industry and the email that goes
 * with it; where the product has no customer-facing case in the industry, the nearest alternatives
 * and what to ask product marketing for.
 */
import { bestCustomerCase } from '../customerCase';
import type { FilledEmail } from '../emailTemplate';
import { fillEmailTemplate } from '../emailTemplate';
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

/**
 * The named customer-facing case to send for the industry, chosen by the one rule every send path
 * uses (`bestCustomerCase`); undefined when the industry's best is only an anonymised internal case.
 */
export function readyCase(cases: readonly CaseItem[], industryId: string, lang: string): CaseItem | undefined {
  const sendable = cases.flatMap((item) => (item.send ? [{ item, send: item.send }] : []));
  const best = bestCustomerCase(
    sendable.map((s) => s.send),
    { industry: industryId },
    lang,
  );
  return best && !best.anonymised ? sendable.find((s) => s.send === best)?.item : undefined;
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

/** An email template filled with the block's case. */
export interface ReadyEmail {
  name: string;
  email: FilledEmail;
}

export interface ReadyToSend {
  industry: { id: string; title: string };
  /** The line with no buyer chosen first, then each buyer whose line differs from it. */
  pitches: ReadyPitch[];
  /** The best customer-facing case for the product in the industry; undefined when there is none. */
  case: CaseItem | undefined;
  /** The product's first email template that cites a case, filled with this one. */
  email: ReadyEmail | undefined;
  /** When there is no case: cases of other products in the same industry, best first (at most `readyLimits.otherProducts`). */
  otherProducts: OtherProductCase[];
  /** When there is no case: the product's internal cases in the industry that have an approved anonymised form. */
  anonymised: CaseItem[];
  /** Title of the content request the block links to when there is no case. */
  requestSubject: string;
}

export const readyLimits = { otherProducts: 3, anonymised: 2 } as const;

interface Audiences {
  industries: readonly { id: string; title: string }[];
  personas: readonly { id: string; title: string }[];
}

function readyPitches(content: ProductContent, industryId: string, personas: Audiences['personas']): ReadyPitch[] {
  const messaging = content.messaging?.data;
  if (!messaging) return [];
  const general = pitchFor(messaging, { industry: industryId });
  const label = (pitch: Pitch, persona: { title: string } | undefined, industryTitle: string) =>
    pitch.basis === 'buyer' && persona
      ? `For the ${persona.title}`
      : pitch.basis === 'industry'
        ? `For ${industryTitle}`
        : 'Elevator pitch';
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
    const best = readyCase(items, industryId, product.data.lang);
    if (!best) continue;
    const variant = callVariant(toolkitVariantsFor(other.data, ctx.settings).variants);
    found.push({
      product: { id: other.id, title: other.data.title },
      case: best,
      toolkitHref: toolkitPath(other, variant, { industry: industryId }),
    });
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
  const best = readyCase(cases, industry.id, product.data.lang);
  return {
    industry,
    pitches: readyPitches(content, industry.id, personas),
    case: best,
    email: best?.send && readyEmail(product, best.send),
    otherProducts: best ? [] : otherProductCases(ctx, product, industry.id),
    anonymised: best
      ? []
      : cases.filter((c) => c.industry.id === industry.id && c.send?.anonymised === true).slice(0, readyLimits.anonymised),
    requestSubject: `Content request: a customer-facing ${industry.title} case for ${product.data.title}`,
  };
}

/** The first template that cites a case, filled with this one; the first template when none cites one. */
function readyEmail(product: Product, send: NonNullable<CaseItem['send']>): ReadyEmail | undefined {
  const filled = product.data.emailTemplates.map((template) => ({
    name: template.name,
    email: fillEmailTemplate(template, { product: product.data.title, case: send }),
  }));
  return filled.find((f) => f.email.case !== undefined) ?? filled[0];
}
