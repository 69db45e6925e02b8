import { countWords } from '../text/wordCount';
import type { EventMaterial } from './types';
import type { KitSources } from './sources';
import { asSentence, fitSentences, inSentence, joinAsSentence } from '../text/phrasing';

/** Word budgets the schema describes for the two abstracts ("about 50" and "about 150" words). */
export const abstractWordTargets = { short: 50, long: 150 } as const;

const abstractUse = { short: 'agenda listings', long: 'event websites' } as const;

/** "48 words; agenda listings want about 50.": how an abstract measures up to where it goes. */
export function abstractLengthNote(text: string, length: keyof typeof abstractWordTargets): string {
  return `${countWords(text)} words; ${abstractUse[length]} want about ${abstractWordTargets[length]}.`;
}

export interface EventSection {
  title: string;
  /** What the speaker says; empty when the owner wrote none for this section. */
  notes: string;
  /** Talking points for the slide; derived sections have them, hand-written outlines do not. */
  points: string[];
}

export interface EventKit {
  /** True when the entry has no event block and this was composed from its approved sources. */
  derived: boolean;
  talkTitle: string;
  abstractShort: string;
  abstractLong: string;
  sections: EventSection[];
}

/** The entry's own event block, with each speaker note paired to its outline section. */
function fromMaterial(event: EventMaterial): EventKit {
  return {
    derived: false,
    talkTitle: event.talkTitle,
    abstractShort: event.abstractShort,
    abstractLong: event.abstractLong,
    sections: event.outline.map((title, i) => ({ title, notes: event.speakerNotes[i] ?? '', points: [] })),
  };
}

/**
 * A talk composed from approved sources only: the angle opens, each leading value proposition is a
 * section (capability and outcome on the slide, pain and proof in the notes), customer evidence
 * follows, and the product's pitch closes. Every sentence is approved copy, so nothing new needs review.
 */
function derive(sources: KitSources): EventKit {
  const leading = sources.valueProps.slice(0, 3);
  const customers = sources.cases.map((c) => c.data.customer);
  const pitch = sources.messaging[0]?.elevatorPitch;
  const productNames = joinAsSentence(sources.products.map((p) => p.data.title));

  const opening = asSentence(sources.angle);
  const covers = leading.length > 0 ? `This session covers ${joinAsSentence(leading.map((vp) => inSentence(vp.entry.data.title)))}.` : '';
  const evidence = customers.length > 0 ? `With examples from ${joinAsSentence(customers.slice(0, 3))}.` : '';
  const pains = leading.map((vp) => asSentence(vp.entry.data.pain)).join(' ');
  const outcomes = leading.map((vp) => asSentence(vp.entry.data.outcome)).join(' ');

  const sections: EventSection[] = [
    {
      title: 'Why this matters now',
      points:
        leading.length > 0
          ? leading.map((vp) => asSentence(vp.entry.data.pain))
          : sources.industries.flatMap((i) => i.data.trends.slice(0, 2)),
      notes: [opening, ...sources.industries.map((i) => asSentence(i.data.summary))].join(' '),
    },
    ...leading.map(({ entry, proofPoints }) => ({
      title: entry.data.title,
      points: [asSentence(entry.data.capability), asSentence(entry.data.outcome)],
      notes: [asSentence(entry.data.pain), ...proofPoints.map((p) => asSentence(p.claim))].join(' '),
    })),
    {
      title: 'Proof from customers',
      points: sources.cases.slice(0, 3).map((c) => c.data.title),
      notes: sources.cases
        .slice(0, 3)
        .map((c) => `${c.data.customer}: ${asSentence(c.data.results)}`)
        .join(' '),
    },
    {
      title: 'Getting started',
      points: sources.products.map((p) => asSentence(p.data.summary)),
      notes: pitch ? asSentence(pitch) : `Close with how ${productNames} gets a team started.`,
    },
  ];

  return {
    derived: true,
    talkTitle: sources.title,
    abstractShort: fitSentences([opening, covers].filter(Boolean).join(' '), abstractWordTargets.short),
    abstractLong: fitSentences([opening, pains, covers, outcomes, evidence].filter(Boolean).join(' '), abstractWordTargets.long),
    // A section with nothing to say (no cases, say) would be an empty slide.
    sections: sections.filter((s) => s.points.length > 0 || s.notes.length > 0),
  };
}

export function eventFor(sources: KitSources): EventKit {
  const material = sources.entry.data.event;
  return material ? fromMaterial(material) : derive(sources);
}
