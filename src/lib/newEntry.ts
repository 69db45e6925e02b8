import { slug } from 'github-slugger';
import type { CollectionName } from './entries';
import { collectionLabels, collectionNames } from './entries';
import { personaLevels } from '../schemas/values';

/**
 * A new draft entry, built as text so `npm run new` only has to write it. Every field the
 * collection requires is there with a value the schema accepts, so the draft builds at once;
 * every value the author must replace starts with `TODO` (text) or carries a `# TODO` comment
 * (references, choices, numbers, dates).
 */

export const placeholderMark = 'TODO';

/** A scaffold that cannot be made: unknown collection, taken id, nothing to reference yet. */
export class NewEntryError extends Error {
  override name = 'NewEntryError';
}

export interface NewEntrySettings {
  /** Months from today to the review-by date, per collection (hub config). */
  newEntryReviewMonths: Record<CollectionName, number>;
  /** The currencies a product may be priced in; the first placeholder is the toolkit currency. */
  exchangeRates: Record<string, number>;
  toolkitThresholds: { currency: string };
}

export interface NewEntryRequest {
  collection: string;
  title: string;
  /** From git config: the person accountable for the entry. */
  owner: string;
  /** The day the entry is started (only its UTC date counts). */
  today: Date;
  /** Ids already taken, per collection: refused as the new id, offered as reference placeholders. */
  ids: Partial<Record<CollectionName, readonly string[]>>;
  settings: NewEntrySettings;
}

export interface NewEntry {
  collection: CollectionName;
  id: string;
  /** Path of the entry file, relative to the content root. */
  file: string;
  text: string;
  /** Where a placeholder image must be put (relative to the content root) for the entry to build. */
  placeholderImage?: string;
}

/** Collections whose entries carry images: they get a folder, `<collection>/<id>/index.md`. */
const imageSlots: Partial<Record<CollectionName, { required: boolean; field: string; file: string; what: string }>> = {
  cases: { required: true, field: 'logo', file: 'logo.png', what: 'the customer’s logo' },
  campaigns: { required: false, field: 'hero', file: 'hero.png', what: 'the campaign’s hero image' },
};

export function isCollectionName(name: string): name is CollectionName {
  return (collectionNames as readonly string[]).includes(name);
}

/**
 * The id for a title: what Astro derives from a file name (github-slugger, as its glob loader does),
 * so the file name is the id. Letters of every script stay (`王丽的案例`, `café-olé`); punctuation goes.
 */
export function entryId(title: string): string {
  return slug(title.normalize('NFC'))
    .replace(/-{2,}/gu, '-')
    .replace(/^[-_]+|[-_]+$/gu, '');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

const todo = (what: string) => JSON.stringify(`${placeholderMark}: ${what}`);
const todoList = (what: string) => `[${todo(what)}]`;
const choice = (value: string, options: readonly string[]) => `${value} # ${placeholderMark}: one of ${options.join(', ')}`;

/** Builds the draft, or throws a NewEntryError whose message says what to do instead. */
export function newEntry(request: NewEntryRequest): NewEntry {
  const { collection, owner, settings } = request;
  if (!isCollectionName(collection)) {
    throw new NewEntryError(`"${collection}" is not a collection. Use one of: ${collectionNames.join(', ')}.`);
  }
  const title = request.title.trim();
  if (!title)
    throw new NewEntryError(
      `give the new ${collectionLabels[collection].one.toLowerCase()} a title, e.g. npm run new -- ${collection} "Northwind cuts month-end close by two days".`,
    );
  const id = entryId(title);
  if (!id) throw new NewEntryError(`the title "${title}" has no letter or digit to make a file name from; use words.`);
  if (/^\d+$/u.test(id)) {
    throw new NewEntryError(
      `the title "${title}" makes the id "${id}", which is the address of a page of the ${collection} listing; use words.`,
    );
  }
  if ((request.ids[collection] ?? []).some((taken) => taken.toLowerCase() === id)) {
    throw new NewEntryError(
      `${collection}/${id} already exists: the title "${title}" makes the id "${id}". Choose another title, or edit the existing entry.`,
    );
  }
  if (owner.trim().length < 2) {
    throw new NewEntryError('no owner: set who is accountable with git config user.email "you@example.com" (or user.name) and run again.');
  }

  const today = new Date(Date.UTC(request.today.getUTCFullYear(), request.today.getUTCMonth(), request.today.getUTCDate()));
  const reviewBy = addMonths(today, settings.newEntryReviewMonths[collection]);
  const reference = (target: CollectionName) => {
    const first = [...(request.ids[target] ?? [])].sort()[0];
    if (first === undefined) {
      throw new NewEntryError(
        `a new ${collectionLabels[collection].one.toLowerCase()} names at least one ${collectionLabels[target].one.toLowerCase()}, ` +
          `and there is none yet. Start with: npm run new -- ${target} "<title>"`,
      );
    }
    return first;
  };
  const one = (target: CollectionName) =>
    `${reference(target)} # ${placeholderMark}: id of the ${collectionLabels[target].one.toLowerCase()} (file name in ${target}/)`;
  const list = (target: CollectionName) =>
    `[${reference(target)}] # ${placeholderMark}: ids of the ${collectionLabels[target].many.toLowerCase()} (file names in ${target}/)`;
  const slot = imageSlots[collection];

  const fields = collectionFields(collection, { one, list, today: isoDay(today), settings });
  if (slot?.required) {
    fields.push(
      `${slot.field}:`,
      `  src: ./${slot.file} # ${placeholderMark}: replace the placeholder file with ${slot.what}`,
      `  alt: ${todo(`describe ${slot.what} for people who cannot see it`)}`,
    );
  } else if (slot) {
    fields.push(
      `# ${slot.field}: # optional: put ${slot.what} in this folder and remove the # of these three lines`,
      `#   src: ./${slot.file}`,
      `#   alt: "What the image shows"`,
    );
  }

  const text = [
    '---',
    `# New draft: replace every ${placeholderMark}, then set status: review to ask for approval.`,
    `title: ${JSON.stringify(title)}`,
    'status: draft',
    `owner: ${JSON.stringify(owner.trim())}`,
    `reviewBy: ${isoDay(reviewBy)}`,
    'audience: internal # public once it may be shown to customers',
    ...fields,
    '---',
    `${placeholderMark}: write the body here, or delete this line.`,
    '',
  ].join('\n');
  const file = slot ? `${collection}/${id}/index.md` : `${collection}/${id}.md`;
  return { collection, id, file, text, ...(slot?.required ? { placeholderImage: `${collection}/${id}/${slot.file}` } : {}) };
}

interface FieldHelpers {
  one: (target: CollectionName) => string;
  list: (target: CollectionName) => string;
  today: string;
  settings: NewEntrySettings;
}

const proofPoint = (indent: string) => [
  `${indent}- claim: ${todo('the claim as a sales rep would say it')}`,
  `${indent}  source: ${todo('where the figure comes from; or replace this line with case: <id of a customer case>')}`,
];

/** The required fields of each collection beyond title and governance, with placeholder values. */
function collectionFields(collection: CollectionName, { one, list, today, settings }: FieldHelpers): string[] {
  switch (collection) {
    case 'products': {
      const currencies = [
        settings.toolkitThresholds.currency,
        ...Object.keys(settings.exchangeRates).filter((c) => c !== settings.toolkitThresholds.currency),
      ];
      return [
        `summary: ${todo('one sentence: what the product does and for whom')}`,
        'deal:',
        `  contractValue: 1 # ${placeholderMark}: typical first-year contract value per customer`,
        `  currency: ${choice(currencies[0] ?? 'USD', currencies)}`,
        `  cycleDays: 1 # ${placeholderMark}: typical days from first meeting to signature`,
        `  tenders: false # ${placeholderMark}: true when deals are usually won through tenders or RFPs`,
      ];
    }
    case 'industries':
      return [`summary: ${todo('what matters to buyers in this industry')}`];
    case 'personas':
      return [
        `level: ${choice(personaLevels[0], personaLevels)}`,
        `goals: ${todoList('a goal of this buyer')}`,
        `pains: ${todoList('a pain of this buyer')}`,
        `kpis: ${todoList('a KPI this buyer is measured by')}`,
      ];
    case 'value-props':
      return [
        `product: ${one('products')}`,
        `pain: ${todo('the pain the buyer feels')}`,
        `capability: ${todo('what the product does about it')}`,
        `outcome: ${todo('the measurable result for the buyer')}`,
        'proofPoints:',
        ...proofPoint('  '),
      ];
    case 'solutions':
      return [
        `kind: ${choice('industry', ['industry', 'scenario', 'function'])}`,
        `summary: ${todo('two sentences on the problem and the approach')}`,
        `products: ${list('products')}`,
      ];
    case 'cases':
      return [
        `customer: ${todo('customer name as it may be quoted')}`,
        `industry: ${one('industries')}`,
        `size: ${choice('mid-market', ['smb', 'mid-market', 'enterprise'])}`,
        `region: ${choice('north-america', ['north-america', 'europe', 'asia-pacific', 'latin-america', 'middle-east-africa', 'greater-china'])}`,
        `products: ${list('products')}`,
        `challenge: ${todo('the challenge before')}`,
        `approach: ${todo('what was done')}`,
        `results: ${todo('what changed')}`,
        'metrics:',
        `  - { label: ${todo('what was measured')}, value: ${todo('e.g. 38% or 4.2x')} }`,
      ];
    case 'competitors':
      return [
        `summary: ${todo('who they are and where we meet them')}`,
        `products: ${list('products')}`,
        `strengths: ${todoList('a strength buyers see in them')}`,
        `weaknesses: ${todoList('a weakness')}`,
        `howWeWin: ${todoList('how we win against them')}`,
        `valueCurve: # ${placeholderMark}: at least 3 factors buyers weigh, each scored 0-10`,
        ...[1, 2, 3].map((n) => `  - { factor: ${todo(`factor ${n}`)}, us: 0, them: 0 }`),
      ];
    case 'objections':
      return [
        `category: ${choice('price', ['price', 'timing', 'competition', 'risk', 'fit', 'security'])}`,
        `products: ${list('products')}`,
        `response: ${todo('how to answer it')}`,
      ];
    case 'messaging':
      return [
        `product: ${one('products')}`,
        'positioning:',
        `  target: ${todo('target customer')}`,
        // Each part fills its place in the positioning statement, so the draft's statement already reads.
        `  need: ${JSON.stringify(`who ${placeholderMark}: their compelling need`)} # ${placeholderMark}: keep it starting with "who"`,
        `  category: ${todo('market category')}`,
        `  value: ${JSON.stringify(`gives ${placeholderMark}: the key benefit`)} # ${placeholderMark}: start it with a verb ("gives", "cuts")`,
        `  alternatives: ${todo('competitive alternatives')}`,
        `  differentiator: ${JSON.stringify(`offers ${placeholderMark}: what only this product does`)} # ${placeholderMark}: start it with a verb`,
        `tagline: ${todo('tagline')}`,
        `elevatorPitch: ${todo('thirty-second pitch')}`,
        'boilerplates:',
        ...(['short', 'medium', 'long'] as const).map((size) => `  ${size}: ${todo(`at most the ${size} boilerplate's word limit`)}`),
        `keyMessages: # ${placeholderMark}: 3 to 5 pillars, each with proof`,
        ...[1, 2, 3].flatMap((n) => [`  - message: ${todo(`key message ${n}`)}`, '    proofPoints:', ...proofPoint('      ')]),
      ];
    case 'rfp':
      return [
        `category: ${choice('security', ['security', 'privacy', 'compliance', 'architecture', 'integration', 'implementation', 'support', 'commercial'])}`,
        `products: ${list('products')}`,
        `answer: ${todo('the approved answer')}`,
        `lastReviewed: ${today} # ${placeholderMark}: the day the answer was last checked`,
      ];
    case 'campaigns':
      return [
        `goal: ${todo('what the campaign should achieve, measurably')}`,
        `theme: ${todo('the angle all material takes')}`,
        `starts: ${today} # ${placeholderMark}: first day of the campaign`,
        `ends: ${today} # ${placeholderMark}: last day, on or after starts`,
        `products: ${list('products')}`,
      ];
  }
}
