import type { CustomerCase } from '../entries';
import { isCustomerFacing } from '../gating';
import type { Hub } from '../hub';
import { countWords } from '../text/wordCount';
import type { EventMaterial } from './types';
import type { KitGap, KitSources } from './sources';
import { asSentence, fitSentences, inSentence, joinAsSentence } from '../text/phrasing';

/** Word budgets the schema describes for the two abstracts ("about 50" and "about 150" words). */
export const abstractWordTargets = { short: 50, long: 150 } as const;

const abstractUse = { short: 'agenda listings', long: 'event websites' } as const;

/** "48 words; agenda listings want about 50.": how an abstract measures up to where it goes. */
export function abstractLengthNote(text: string, length: keyof typeof abstractWordTargets): string {
  return `${countWords(text)} words; ${abstractUse[length]} want about ${abstractWordTargets[length]}.`;
}

/** Customer stories a derived talk tells: enough proof for a talk without turning it into a case catalogue. */
export const derivedStoryLimit = 2;

export interface EventSection {
  title: string;
  /** What the speaker says; empty when the owner wrote none for this section. */
  notes: string;
  /** What the section's slide shows. */
  points: string[];
  /** The customer whose story the section tells; its slide shows their metrics, quote and logo. */
  customerCase?: CustomerCase | undefined;
  /** A divider slide opening a part of the talk: its title is all it shows. */
  divider: boolean;
}

export interface EventKit {
  /** True when the entry has no event block and this was composed from its approved sources. */
  derived: boolean;
  talkTitle: string;
  abstractShort: string;
  abstractLong: string;
  sections: EventSection[];
}

/**
 * The entry's own event block, with each speaker note paired to its outline section. A section
 * telling the story of a case customers may not see (internal only, or not published in this
 * build) is left out of the talk, its agenda line with it, and reported as a gap.
 */
function fromMaterial(event: EventMaterial, hub: Hub): { event: EventKit; gaps: KitGap[] } {
  const gaps: KitGap[] = [];
  const sections = event.outline.flatMap((section, i): EventSection[] => {
    const customerCase = section.case ? hub.get(section.case) : undefined;
    if (section.case && (!customerCase || !isCustomerFacing(customerCase.data, hub.scope))) {
      // The section's title may well name that customer, so the gap gives only its number.
      gaps.push({
        text: `Section ${i + 1} of the talk’s outline tells a customer story not approved for customers, so the deck leaves it out.`,
        request: `A customer-approved story for section ${i + 1} of the talk`,
      });
      return [];
    }
    return [{ title: section.title, notes: event.speakerNotes[i] ?? '', points: section.points, customerCase, divider: section.divider }];
  });
  return {
    event: { derived: false, talkTitle: event.talkTitle, abstractShort: event.abstractShort, abstractLong: event.abstractLong, sections },
    gaps,
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
      divider: false,
    },
    ...leading.map(({ entry, proofPoints }) => ({
      title: entry.data.title,
      points: [asSentence(entry.data.capability), asSentence(entry.data.outcome)],
      notes: [asSentence(entry.data.pain), ...proofPoints.map((p) => asSentence(p.claim))].join(' '),
      divider: false,
    })),
    ...sources.cases.slice(0, derivedStoryLimit).map((c): EventSection => ({
      title: c.data.title,
      points: [asSentence(c.data.challenge), asSentence(c.data.results)],
      notes: `${asSentence(c.data.challenge)} ${asSentence(c.data.approach)} ${asSentence(c.data.results)}`,
      customerCase: c,
      divider: false,
    })),
    {
      title: 'Getting started',
      points: sources.products.map((p) => asSentence(p.data.summary)),
      notes: pitch ? asSentence(pitch) : `Close with how ${productNames} gets a team started.`,
      divider: false,
    },
  ];

  return {
    derived: true,
    talkTitle: sources.title,
    abstractShort: fitSentences([opening, covers].filter(Boolean).join(' '), abstractWordTargets.short),
    abstractLong: fitSentences([opening, pains, covers, outcomes, evidence].filter(Boolean).join(' '), abstractWordTargets.long),
    // A section with nothing to show (no industry trends, say) would be a title-only slide.
    sections: sections.filter((s) => s.points.length > 0),
  };
}

/** The kit's talk, and what its hand-written outline asked for that this build cannot show. */
export function eventFor(sources: KitSources, hub: Hub): { event: EventKit; gaps: KitGap[] } {
  const material = sources.entry.data.event;
  return material ? fromMaterial(material, hub) : { event: derive(sources), gaps: [] };
}
