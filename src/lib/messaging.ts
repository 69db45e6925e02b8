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
 * Unlike <alternatives>, it <differentiator>." Each part is written to fit its slot, which
 * {@link positioningProblems} checks, so the statement reads as a sentence for every part it accepts.
 */
export function positioningStatement(productName: string, parts: PositioningParts): string {
  const category = inSentence(fragment(parts.category));
  return (
    `For ${inSentence(fragment(parts.target))} ${fragment(parts.need)}, ${productName} is ${indefiniteArticle(category)} ` +
    `${category} that ${inSentence(fragment(parts.value))}. Unlike ${fragment(parts.alternatives)}, it ${inSentence(fragment(parts.differentiator))}.`
  );
}

export interface PositioningProblem {
  field: keyof PositioningParts;
  /** What is wrong and how to write it, continuing "positioning.<field> …". */
  message: string;
}

const firstWord = (text: string) => (/^[\p{L}\p{N}'’-]+/u.exec(text.trim())?.[0] ?? '').toLowerCase();
const lastWord = (text: string) => (/[\p{L}\p{N}'’-]+$/u.exec(fragment(text))?.[0] ?? '').toLowerCase();

/** Words that open a noun phrase or a clause of its own, never a verb phrase: "it business teams…". */
const subjectWords = new Set([
  'a',
  'an',
  'the',
  'it',
  'its',
  'they',
  'their',
  'we',
  'our',
  'you',
  'your',
  'this',
  'these',
  'those',
  'every',
  'each',
  'all',
  'some',
  'no',
  'any',
  'that',
  'which',
  'who',
]);
/** Verbs whose "it" form does not end in -s. */
const auxiliaries = new Set([
  'is',
  'has',
  'does',
  'can',
  'will',
  'may',
  'must',
  'should',
  'could',
  'would',
  'was',
  'never',
  'also',
  'only',
  'already',
  'always',
]);
/** Category heads that are not counted: "is a … automation" does not read. */
const massNouns = new Set([
  'automation',
  'software',
  'analytics',
  'intelligence',
  'management',
  'governance',
  'security',
  'infrastructure',
  'middleware',
  'orchestration',
  'observability',
  'compliance',
  'tooling',
  'data',
  'integration',
  'storage',
  'hosting',
  'enablement',
  'insight',
  'research',
  'information',
  'hardware',
  'technology',
  'support',
  'privacy',
  'protection',
  'visibility',
  'connectivity',
]);

/** "ships", "lets", "gives", "is": what reads after "it" or "that" with the product as its subject. */
function readsAsVerbForIt(word: string): boolean {
  if (auxiliaries.has(word)) return true;
  if (subjectWords.has(word)) return false;
  return /[a-z]s$/u.test(word) && !/(ss|us|is|ics|ness|ous)$/u.test(word);
}

/** Full stops, question marks or semicolons inside a part: the statement is one sentence per slot. */
const innerSentenceBreak = /[.!?;。！？；]\s*\S/u;

/**
 * Why positioning parts cannot form the statement, part by part, each with how to write it; empty
 * when they can. English parts only: the statement's frame is English.
 */
export function positioningProblems(parts: PositioningParts): PositioningProblem[] {
  const problems: PositioningProblem[] = [];
  const add = (field: keyof PositioningParts, message: string) => problems.push({ field, message });
  for (const field of Object.keys(parts) as (keyof PositioningParts)[]) {
    if (innerSentenceBreak.test(fragment(parts[field]))) {
      add(
        field,
        `holds more than one sentence ("${parts[field]}"); the statement gives each part one slot of one sentence: write one phrase.`,
      );
    }
  }
  const target = firstWord(parts.target);
  if (target === 'for')
    add('target', `starts with "For", which the statement writes itself: leave it out ("Revenue and finance leaders at …").`);

  const need = firstWord(parts.need);
  if (!['who', 'whose', 'that'].includes(need)) {
    add(
      'need',
      `starts with "${need}", but it follows the target ("For <target> <need>, …"): start it with "who", e.g. "who need one trusted pipeline number".`,
    );
  }

  const category = firstWord(parts.category);
  const head = lastWord(parts.category);
  if (['a', 'an', 'the'].includes(category)) {
    add('category', `starts with "${category}", which the statement picks itself ("is a …" / "is an …"): leave the article out.`);
  } else if (massNouns.has(head) || /ing$/u.test(head)) {
    add(
      'category',
      `ends in "${head}", which is not counted, so "is ${indefiniteArticle(parts.category)} ${fragment(parts.category)} that …" does not read: end it with what the product is, e.g. "${fragment(parts.category)} platform".`,
    );
  } else if (readsAsVerbForIt(head) && !auxiliaries.has(head)) {
    add(
      'category',
      `ends in "${head}", a plural, so "is ${indefiniteArticle(parts.category)} … ${head}" does not read: name one thing, e.g. "revenue analytics platform".`,
    );
  }

  const verbSlot = (field: 'value' | 'differentiator', frame: string, example: string) => {
    const word = firstWord(parts[field]);
    if (readsAsVerbForIt(word)) return;
    const why = subjectWords.has(word)
      ? `starts with "${word}", which the statement already has or cannot follow ("${frame} ${word} …")`
      : `starts with "${word}", which does not read as what the product does ("${frame} ${word} …")`;
    add(field, `${why}: start it with a verb whose subject is the product, e.g. "${example}".`);
  };
  verbSlot('value', '<product> is a <category> that', 'gives everyone the same live revenue view');
  if (firstWord(parts.alternatives) === 'unlike')
    add('alternatives', 'starts with "Unlike", which the statement writes itself: leave it out.');
  verbSlot('differentiator', 'Unlike <alternatives>, it', 'lets business teams build from connectors IT approves');
  return problems;
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
