import type { Entry } from '../entries';
import type { DocBlock, DocSection } from './document';
import type { KitSources } from './sources';
import { asSentence, joinAsSentence } from '../text/phrasing';

/** A whitepaper tells one story; more than a few cases turns it into a catalogue. */
export const whitepaperCaseLimit = 3;

export interface Whitepaper {
  title: string;
  subtitle: string;
  sections: DocSection[];
}

function section(id: string, heading: string, blocks: DocBlock[], sources: Entry[]): DocSection[] {
  return blocks.length > 0 ? [{ id, heading, blocks, sources }] : [];
}

function list(items: readonly string[]): DocBlock[] {
  return items.length > 0 ? [{ kind: 'list', items: [...items] }] : [];
}

/**
 * The long-form piece of a kit, assembled from its approved sources in the order a reader needs:
 * summary, the problem, the approach, what changes (with proof), customer evidence, and who we are.
 */
export function whitepaperFor(sources: KitSources, company: string): Whitepaper {
  const { valueProps, industries, solutions, products, messaging } = sources;
  const cases = sources.cases.slice(0, whitepaperCaseLimit);
  const productNames = joinAsSentence(products.map((p) => p.data.title));
  const lead = messaging[0];
  const cited = (id: string | undefined) => {
    const c = sources.cases.find((k) => k.id === id);
    return c && `${c.data.customer}: ${c.data.title}`;
  };

  const summaryBlocks: DocBlock[] = [
    ...(lead ? [{ kind: 'paragraph' as const, text: asSentence(lead.elevatorPitch) }] : []),
    ...(valueProps.length > 0
      ? [
          { kind: 'paragraph' as const, text: `What organisations gain with ${productNames}:` },
          ...list(valueProps.slice(0, 3).map((vp) => asSentence(vp.entry.data.outcome))),
        ]
      : []),
  ];
  const summary = section(
    'summary',
    'Executive summary',
    // The subtitle already states the angle; it carries the summary only when nothing else can.
    summaryBlocks.length > 0 ? summaryBlocks : [{ kind: 'paragraph', text: asSentence(sources.angle) }],
    [sources.entry, ...(lead ? [lead.entry] : []), ...valueProps.map((vp) => vp.entry)],
  );

  const challenge = section(
    'challenge',
    'The challenge',
    [
      ...industries.flatMap((industry): DocBlock[] => [
        ...(industries.length > 1 ? [{ kind: 'subheading' as const, text: industry.data.title }] : []),
        { kind: 'paragraph', text: asSentence(industry.data.summary) },
        ...list(industry.data.trends.map(asSentence)),
      ]),
      ...(valueProps.length > 0
        ? [{ kind: 'paragraph' as const, text: 'What buyers tell us:' }, ...list(valueProps.map((vp) => asSentence(vp.entry.data.pain)))]
        : []),
    ],
    [...industries, ...valueProps.map((vp) => vp.entry)],
  );

  const approach = section(
    'approach',
    'The approach',
    solutions.length > 0
      ? solutions.flatMap((solution): DocBlock[] => [
          ...(solutions.length > 1 || sources.kind === 'campaign' ? [{ kind: 'subheading' as const, text: solution.data.title }] : []),
          { kind: 'paragraph', text: asSentence(solution.data.summary) },
          ...(solution.body?.trim() ? [{ kind: 'body' as const, entry: solution }] : []),
        ])
      : products.map((product): DocBlock => ({ kind: 'paragraph', text: asSentence(product.data.summary) })),
    solutions.length > 0 ? solutions : products,
  );

  const value = section(
    'value',
    'What changes',
    valueProps.flatMap(({ entry, proofPoints }): DocBlock[] => [
      { kind: 'subheading', text: entry.data.title },
      { kind: 'paragraph', text: `${asSentence(entry.data.capability)} ${asSentence(entry.data.outcome)}` },
      ...(proofPoints.length > 0
        ? [
            {
              kind: 'proof' as const,
              items: proofPoints.map((proof) => ({
                claim: asSentence(proof.claim),
                source: proof.source,
                // Cited by name only when the kit tells that case too (the same customer-facing cases, in its language).
                customerCase: cited(proof.case?.id),
              })),
            },
          ]
        : []),
    ]),
    valueProps.map((vp) => vp.entry),
  );

  const evidence = section(
    'evidence',
    'Customer evidence',
    cases.flatMap((c): DocBlock[] => [
      { kind: 'subheading', text: c.data.title },
      { kind: 'paragraph', text: `The challenge: ${asSentence(c.data.challenge)}` },
      { kind: 'paragraph', text: `What they did: ${asSentence(c.data.approach)}` },
      { kind: 'paragraph', text: `The result: ${asSentence(c.data.results)}` },
      { kind: 'metrics', items: c.data.metrics },
      ...(c.data.quote
        ? [{ kind: 'quote' as const, text: c.data.quote.text, cite: `${c.data.quote.author}, ${c.data.quote.role}, ${c.data.customer}` }]
        : []),
    ]),
    cases,
  );

  const about = section(
    'about',
    `About ${company}`,
    products.map((product): DocBlock => {
      const house = messaging.find((h) => h.product.id === product.id);
      const long = house?.boilerplates.find((b) => b.length === 'long');
      return { kind: 'paragraph', text: long?.text ?? asSentence(product.data.summary) };
    }),
    [...products, ...messaging.map((house) => house.entry)],
  );

  return {
    title: sources.title,
    subtitle: asSentence(sources.angle),
    sections: [...summary, ...challenge, ...approach, ...value, ...evidence, ...about],
  };
}
