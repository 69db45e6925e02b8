import { boilerplateLengths } from '../schemas/values';
import { isStaffView } from './gating';
import type { CustomerCase, EntryRef, Messaging, Product } from './entries';
import { entryPath } from './entries';
import { isCustomerFacing } from './gating';
import type { Hub } from './hub';
import { inSentence } from './text/phrasing';
import { countWords } from './text/wordCount';

/**
 * The messaging house of a product, ready to show or export: the positioning statement composed
 * from its parts, the roof (tagline and pitch), boilerplates measured against their limits, the
 * pillars with the proof this build may show, and the variants per persona and industry.
 */

export type BoilerplateLength = (typeof boilerplateLengths)[number];
export type BoilerplateLimits = Record<BoilerplateLength, number>;

export type PositioningParts = Messaging['data']['positioning'];

export interface ProofView {
  claim: string;
  source?: string | undefined;
  /** The case that proves the claim, present only when this build shows that case. */
  case?: { id: string; customer: string; title: string; path: string } | undefined;
}

export interface BoilerplateView {
  length: BoilerplateLength;
  /** How marketers ask for it: "25-word boilerplate". */
  label: string;
  limit: number;
  words: number;
  text: string;
}

export interface VariantView {
  /** Persona or industry the variant is written for. */
  target: { id: string; title: string; path: string };
  message: string;
}

export interface MessagingHouse {
  entry: Messaging;
  /** Who owns it, in the company's own builds only: partners and customers get no names. */
  owner: string | undefined;
  product: { id: string; title: string; path: string };
  lang: string;
  positioning: PositioningParts;
  statement: string;
  tagline: string;
  elevatorPitch: string;
  boilerplates: BoilerplateView[];
  pillars: { message: string; proofPoints: ProofView[] }[];
  personaVariants: VariantView[];
  industryVariants: VariantView[];
}

/** Parts are written as fragments; a stray full stop at the end would double up in the sentence. */
function fragment(text: string): string {
  return text.trim().replace(/[.。]+$/u, '');
}

/** "a" or "an" before a category, by how the word sounds in the common cases. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.trim().toLowerCase();
  if (/^(hour|honest|honou?r|heir)/u.test(w)) return 'an';
  if (/^(uni|use|usu|ura|uti|eu|one|once)/u.test(w)) return 'a';
  return /^[aeiou]/u.test(w) ? 'an' : 'a';
}

/**
 * The classic positioning statement: "For <target> <need>, <product> is a <category> that <value>.
 * Unlike <alternatives>, it <differentiator>."
 */
export function positioningStatement(productName: string, parts: PositioningParts): string {
  const category = inSentence(fragment(parts.category));
  return (
    `For ${inSentence(fragment(parts.target))} ${fragment(parts.need)}, ${productName} is ${indefiniteArticle(category)} ` +
    `${category} that ${fragment(parts.value)}. Unlike ${fragment(parts.alternatives)}, it ${fragment(parts.differentiator)}.`
  );
}

function boilerplateLabel(limit: number): string {
  return `${limit}-word boilerplate`;
}

export function boilerplateViews(boilerplates: Record<BoilerplateLength, string>, limits: BoilerplateLimits): BoilerplateView[] {
  return boilerplateLengths.map((length) => ({
    length,
    label: boilerplateLabel(limits[length]),
    limit: limits[length],
    words: countWords(boilerplates[length]),
    text: boilerplates[length],
  }));
}

type ProofPoint = { claim: string; case?: EntryRef<'cases'> | undefined; source?: string | undefined };

/**
 * The proof points customer-facing copy may use: sourced figures, and claims citing a case the
 * customer has approved for publication. A claim that cites any other case (a draft, an expired
 * one, or an internal-only one, even in an internal build) usually names that customer, so it is
 * dropped with the case rather than shown without its proof.
 */
export function visibleProofPoints(hub: Hub, proofPoints: readonly ProofPoint[]): ProofView[] {
  const shown: ProofView[] = [];
  for (const proof of proofPoints) {
    if (!proof.case) {
      shown.push({ claim: proof.claim, source: proof.source });
      continue;
    }
    const cited: CustomerCase | undefined = hub.get(proof.case);
    if (!cited || !isCustomerFacing(cited.data, hub.scope)) continue;
    shown.push({
      claim: proof.claim,
      source: proof.source,
      case: { id: cited.id, customer: cited.data.customer, title: cited.data.title, path: entryPath(cited) },
    });
  }
  return shown;
}

function variantViews<C extends 'personas' | 'industries'>(
  hub: Hub,
  variants: readonly { ref: EntryRef<C>; message: string }[],
): VariantView[] {
  return variants.flatMap(({ ref, message }) => {
    const target = hub.get(ref);
    return target ? [{ target: { id: target.id, title: target.data.title, path: entryPath(target) }, message }] : [];
  });
}

export function messagingHouse(hub: Hub, messaging: Messaging, limits: BoilerplateLimits): MessagingHouse {
  const d = messaging.data;
  const product = hub.get(d.product);
  const productTitle = product?.data.title ?? d.product.id;
  return {
    entry: messaging,
    owner: isStaffView(hub.scope) ? d.owner : undefined,
    product: { id: d.product.id, title: productTitle, path: `/products/${d.product.id}/` },
    lang: d.lang,
    positioning: d.positioning,
    statement: positioningStatement(productTitle, d.positioning),
    tagline: d.tagline,
    elevatorPitch: d.elevatorPitch,
    boilerplates: boilerplateViews(d.boilerplates, limits),
    pillars: d.keyMessages.map((pillar) => ({
      message: pillar.message,
      proofPoints: visibleProofPoints(hub, pillar.proofPoints),
    })),
    personaVariants: variantViews(
      hub,
      d.personaVariants.map((v) => ({ ref: v.persona, message: v.message })),
    ),
    industryVariants: variantViews(
      hub,
      d.industryVariants.map((v) => ({ ref: v.industry, message: v.message })),
    ),
  };
}

/** Products with a messaging page in this build: none where the build publishes no messaging. */
export function messagingProducts(hub: Pick<Hub, 'entries' | 'publication'>): Product[] {
  return hub.publication.sections.messaging ? hub.entries.products : [];
}

/** Every messaging set this build shows for a product, English first (the hub's working language). */
export function messagingHousesFor(hub: Hub, product: Pick<Product, 'id'>, limits: BoilerplateLimits): MessagingHouse[] {
  return hub
    .referrers('messaging', 'product', product.id)
    .map((entry) => messagingHouse(hub, entry, limits))
    .sort((a, b) => Number(b.lang === 'en') - Number(a.lang === 'en') || a.lang.localeCompare(b.lang));
}
