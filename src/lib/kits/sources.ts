import type { Campaign, CustomerCase, Entry, Industry, Persona, Product, Solution, ValueProp } from '../entries';
import { isCustomerFacing } from '../gating';
import type { Hub } from '../hub';
import type { BoilerplateLimits, MessagingHouse, ProofView } from '../messaging';
import { messagingHousesFor, visibleProofPoints } from '../messaging';

export type KitKind = 'campaign' | 'solution';
export type KitEntry = Campaign | Solution;

/** Something the kit would need but this build has no approved content for; shown with a request link. */
export interface KitGap {
  /** What is missing, as a sentence a marketer reads. */
  text: string;
  /** What to ask the PMM team for. */
  request: string;
}

/** A value proposition with the proof points this build may show. */
export interface ValuePropView {
  entry: ValueProp;
  proofPoints: ProofView[];
}

/**
 * Every approved entry one kit is compiled from. A solution kit starts from the solution; a
 * campaign kit from the campaign's solutions, falling back to its products where a campaign names
 * no solution. Everything here is already gated by the hub, so a kit can only show approved,
 * current content. Kit material goes to customers, so even an internal build compiles it from
 * customer-facing entries only: a case whose customer has not approved publication (and any proof
 * point citing it) stays out of every format, and only the sales handoff lists it, marked internal.
 */
export interface KitSources {
  kind: KitKind;
  entry: KitEntry;
  title: string;
  /** The angle of all material: a solution's summary or a campaign's theme. */
  angle: string;
  products: Product[];
  solutions: Solution[];
  industries: Industry[];
  personas: Persona[];
  /** Ordered by priority: the ones to lead with first. */
  valueProps: ValuePropView[];
  /** Customer-facing cases that cite the kit's solutions first, then cases its proof points cite. */
  cases: CustomerCase[];
  /**
   * Cases linked the same way that this build shows but customers must not see (audience
   * internal): reps may cite them in conversation, so the sales handoff on the kit page lists
   * them, marked internal. No other part of the kit, its ZIP or its JSON names them.
   */
  internalCases: CustomerCase[];
  messaging: MessagingHouse[];
  gaps: KitGap[];
}

function unique<T extends Entry>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = `${entry.collection}/${entry.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function byPriority(a: ValueProp, b: ValueProp): number {
  return a.data.priority - b.data.priority || a.data.title.localeCompare(b.data.title, 'en');
}

/** The industries a value proposition is written for, or the one a case is from. */
function industryRefs(entry: ValueProp | CustomerCase): readonly { id: string }[] {
  return entry.collection === 'cases' ? [entry.data.industry] : entry.data.industries;
}

/** Keeps entries about at least one of the kit's industries; all of them when the kit names none. */
function inIndustries<T extends ValueProp | CustomerCase>(entries: readonly T[], industries: readonly Industry[]): T[] {
  if (industries.length === 0) return [...entries];
  const wanted = new Set(industries.map((i) => i.id));
  const matching = entries.filter((entry) => industryRefs(entry).some((ref) => wanted.has(ref.id)));
  return matching.length > 0 ? matching : [...entries];
}

/**
 * The most cases and value propositions one kit carries, linked ones first. A kit is a campaign's
 * worth of material, and the fallbacks to a product's whole library must not grow with it: every
 * case adds logos in several sizes to the ZIP.
 */
export const kitCaseLimit = 12;
export const kitValuePropLimit = 12;

export function kitSources(hub: Hub, entry: KitEntry, limits: BoilerplateLimits): KitSources {
  const gaps: KitGap[] = [];
  const customerFacing = <T extends Entry>(e: T) => isCustomerFacing(e.data, hub.scope);
  const isCampaign = entry.collection === 'campaigns';
  const solutions: Solution[] = entry.collection === 'campaigns' ? hub.resolve(entry.data.solutions).filter(customerFacing) : [entry];
  const products = unique(hub.resolve(entry.data.products));
  const industries = unique([...hub.resolve(entry.data.industries), ...solutions.flatMap((s) => hub.resolve(s.data.industries))]);
  const personas = unique([...hub.resolve(entry.data.personas), ...solutions.flatMap((s) => hub.resolve(s.data.personas))]);

  let valueEntries = unique(solutions.flatMap((s) => hub.resolve(s.data.valueProps)))
    .filter(customerFacing)
    .sort(byPriority);
  if (valueEntries.length === 0) {
    const fromProducts = unique(products.flatMap((p) => hub.referrers('value-props', 'product', p.id))).filter(customerFacing);
    valueEntries = inIndustries(fromProducts, industries).sort(byPriority);
    const linkedTo = isCampaign ? 'this campaign’s solutions' : 'this solution';
    gaps.push({
      text:
        valueEntries.length > 0
          ? `No approved value proposition is linked to ${linkedTo}; the kit uses its products’ value propositions.`
          : `No approved value proposition is linked to ${linkedTo} or its products.`,
      request: `Value propositions for ${entry.data.title}`,
    });
  }

  valueEntries = valueEntries.slice(0, kitValuePropLimit);
  const valueProps = valueEntries.map((vp) => ({ entry: vp, proofPoints: visibleProofPoints(hub, vp.data.proofPoints) }));
  const citedByProof = valueEntries.flatMap((vp) => hub.resolve(vp.data.proofPoints.flatMap((p) => (p.case ? [p.case] : []))));
  const linked = unique([...solutions.flatMap((s) => hub.referrers('cases', 'solutions', s.id)), ...citedByProof]);
  // Kit material speaks the kit's language: a case written in another one is told in its own kits.
  const inKitLanguage = (c: CustomerCase) => c.data.lang === entry.data.lang;
  let cases = linked.filter(customerFacing).filter(inKitLanguage);
  const internalCases = linked.filter((c) => !customerFacing(c)).slice(0, kitCaseLimit);
  if (cases.length === 0) {
    cases = inIndustries(
      unique(products.flatMap((p) => hub.referrers('cases', 'products', p.id)))
        .filter(customerFacing)
        .filter(inKitLanguage),
      industries,
    );
  }
  cases = cases.slice(0, kitCaseLimit);
  if (cases.length === 0) {
    gaps.push({
      text:
        internalCases.length > 0
          ? 'No customer case approved for publication backs this kit yet; the internal-only cases are listed for sales only.'
          : 'No approved customer case backs this kit yet.',
      request: `A customer case for ${entry.data.title}`,
    });
  }

  const messaging = products.flatMap((p) => messagingHousesFor(hub, p, limits)).filter((house) => customerFacing(house.entry));
  for (const product of products) {
    if (!messaging.some((house) => house.product.id === product.id)) {
      gaps.push({ text: `${product.data.title} has no approved messaging.`, request: `Messaging for ${product.data.title}` });
    }
  }

  return {
    kind: isCampaign ? 'campaign' : 'solution',
    entry,
    title: entry.data.title,
    angle: entry.collection === 'campaigns' ? entry.data.theme : entry.data.summary,
    products,
    solutions,
    industries,
    personas,
    valueProps,
    cases,
    internalCases,
    messaging,
    gaps,
  };
}

/**
 * Every entry the kit's material shows something from, once; the kit is only as current as the
 * oldest of them. Internal-only cases are not among them: the material never uses them.
 */
export function kitSourceEntries(sources: KitSources): Entry[] {
  return unique<Entry>([
    sources.entry,
    ...sources.solutions,
    ...sources.products,
    ...sources.valueProps.map((vp) => vp.entry),
    ...sources.cases,
    ...sources.messaging.map((house) => house.entry),
  ]);
}
