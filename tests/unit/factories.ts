/**
 * Typed builders for content entries as `getCollection` returns them, so domain tests state only
 * the fields they are about. Defaults describe an approved, public, current entry.
 */
import type { AllEntries, CollectionName, Entry, EntryRef } from '../../src/lib/entries';
import { collectionNames } from '../../src/lib/entries';
import type { BuildScope, Governance } from '../../src/lib/gating';

/** A fixed build day for tests; every date below is relative to it. */
export const TODAY = day('2026-11-23');

/** Midnight UTC of an ISO day, as YAML and `z.coerce.date` produce for `reviewBy: 2026-11-23`. */
export function day(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a day: ${iso}`);
  return date;
}

/** `days` after (or, negative, before) `from`. */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 86_400_000);
}

export function scope(overrides: Partial<BuildScope> = {}): BuildScope {
  return { mode: 'published', audience: 'internal', today: TODAY, ...overrides };
}

export function governance(overrides: Partial<Governance> = {}): Governance {
  return { status: 'approved', owner: 'Mei Chen', reviewBy: day('2027-06-30'), audience: 'public', ...overrides };
}

export function ref<C extends CollectionName>(collection: C, id: string): EntryRef<C> {
  return { collection, id };
}

type DataOf<C extends CollectionName> = Entry<C>['data'];
type Overrides<C extends CollectionName> = Partial<DataOf<C>>;

function base(title: string) {
  return { ...governance(), lang: 'en' as const, title };
}

function make<C extends CollectionName>(collection: C, id: string, data: DataOf<C>): Entry<C> {
  const dir = collection === 'cases' ? `${id}/index` : id;
  return { id, collection, data, filePath: `src/content/${collection}/${dir}.md` } as Entry<C>;
}

export function product(id: string, overrides: Overrides<'products'> = {}): Entry<'products'> {
  return make('products', id, {
    ...base(`Product ${id}`),
    summary: 'Revenue dashboards for finance teams.',
    deal: { contractValue: 14_000, currency: 'USD', cycleDays: 21, tenders: false },
    industries: [],
    personas: [],
    packages: [],
    emailTemplates: [],
    ...overrides,
  });
}

export function industry(id: string, overrides: Overrides<'industries'> = {}): Entry<'industries'> {
  return make('industries', id, {
    ...base(`Industry ${id}`),
    summary: 'What buyers in this industry care about.',
    trends: [],
    regulations: [],
    ...overrides,
  });
}

export function persona(id: string, overrides: Overrides<'personas'> = {}): Entry<'personas'> {
  return make('personas', id, {
    ...base(`Persona ${id}`),
    level: 'executive',
    goals: ['Forecast within 5%'],
    pains: ['Spreadsheets'],
    kpis: ['Forecast accuracy'],
    discoveryQuestions: [],
    ...overrides,
  });
}

export function valueProp(id: string, product: string, overrides: Overrides<'value-props'> = {}): Entry<'value-props'> {
  return make('value-props', id, {
    ...base(`Value proposition ${id}`),
    product: ref('products', product),
    pain: 'Every team quotes a different number.',
    capability: 'Reconciles CRM and billing nightly.',
    outcome: 'Forecast calls take minutes.',
    proofPoints: [{ claim: '71% run it without an analyst.', source: 'Customer survey 2026' }],
    personas: [],
    industries: [],
    priority: 3,
    ...overrides,
  });
}

export function solution(id: string, products: string[], overrides: Overrides<'solutions'> = {}): Entry<'solutions'> {
  return make('solutions', id, {
    ...base(`Solution ${id}`),
    kind: 'industry',
    summary: 'The problem and the approach.',
    products: products.map((p) => ref('products', p)),
    industries: [],
    personas: [],
    valueProps: [],
    socialPosts: [],
    emails: [],
    ...overrides,
  });
}

export function customerCase(id: string, industry: string, products: string[], overrides: Overrides<'cases'> = {}): Entry<'cases'> {
  return make('cases', id, {
    ...base(`Case ${id}`),
    customer: `Customer ${id}`,
    industry: ref('industries', industry),
    size: 'mid-market',
    region: 'north-america',
    products: products.map((p) => ref('products', p)),
    solutions: [],
    challenge: 'Spreadsheets everywhere.',
    approach: 'Connected the systems in an afternoon.',
    results: 'Close two days faster.',
    metrics: [{ label: 'Faster close', value: '2 days' }],
    logo: { src: { src: '/_astro/logo.png', width: 64, height: 64, format: 'png' }, alt: `Logo of ${id}` },
    ...overrides,
  });
}

export function competitor(id: string, products: string[], overrides: Overrides<'competitors'> = {}): Entry<'competitors'> {
  return make('competitors', id, {
    ...base(`Competitor ${id}`),
    summary: 'A general BI tool.',
    products: products.map((p) => ref('products', p)),
    strengths: ['Familiar'],
    weaknesses: ['Needs modelling'],
    howWeWin: ['Live in an afternoon'],
    landmines: [],
    valueCurve: [
      { factor: 'Time to value', us: 9, them: 4 },
      { factor: 'Flexibility', us: 6, them: 9 },
      { factor: 'Revenue model', us: 9, them: 3 },
    ],
    ...overrides,
  });
}

export function objection(id: string, products: string[], overrides: Overrides<'objections'> = {}): Entry<'objections'> {
  return make('objections', id, {
    ...base(`Objection ${id}`),
    category: 'price',
    products: products.map((p) => ref('products', p)),
    personas: [],
    response: 'Keep it; we feed it.',
    proof: [],
    ...overrides,
  });
}

export function messaging(id: string, product: string, overrides: Overrides<'messaging'> = {}): Entry<'messaging'> {
  const proof = [{ claim: 'Connected in one afternoon.', source: 'Customer survey 2026' }];
  return make('messaging', id, {
    ...base(`Messaging ${id}`),
    product: ref('products', product),
    positioning: {
      target: 'Finance leaders',
      need: 'who need one number',
      category: 'revenue analytics platform',
      value: 'gives one live view',
      alternatives: 'spreadsheets',
      differentiator: 'ships with a governed model',
    },
    tagline: 'One number.',
    elevatorPitch: 'One revenue number for everyone.',
    boilerplates: { short: 'Short.', medium: 'Medium copy.', long: 'Long copy here.' },
    keyMessages: [
      { message: 'Fast.', proofPoints: proof },
      { message: 'Trusted.', proofPoints: proof },
      { message: 'Simple.', proofPoints: proof },
    ],
    personaVariants: [],
    industryVariants: [],
    ...overrides,
  });
}

export function rfp(id: string, products: string[], overrides: Overrides<'rfp'> = {}): Entry<'rfp'> {
  return make('rfp', id, {
    ...base(`RFP ${id}`),
    category: 'security',
    products: products.map((p) => ref('products', p)),
    answer: 'AES-256 at rest.',
    industries: [],
    regions: [],
    lastReviewed: day('2026-10-01'),
    ...overrides,
  });
}

export function campaign(id: string, products: string[], overrides: Overrides<'campaigns'> = {}): Entry<'campaigns'> {
  return make('campaigns', id, {
    ...base(`Campaign ${id}`),
    goal: '120 qualified opportunities.',
    theme: 'Quarter-end is a data problem.',
    starts: day('2027-01-10'),
    ends: day('2027-03-31'),
    products: products.map((p) => ref('products', p)),
    solutions: [],
    industries: [],
    personas: [],
    socialPosts: [],
    emails: [],
    ...overrides,
  });
}

/** Groups entries into the shape `buildHub` takes; collections not given are empty. */
export function allEntries(...entries: Entry[]): AllEntries {
  const all = Object.fromEntries(collectionNames.map((name) => [name, [] as Entry[]])) as Record<CollectionName, Entry[]>;
  for (const entry of entries) all[entry.collection].push(entry);
  return all as AllEntries;
}
