import type { CustomerCase } from '../entries';
import type { EventKit, EventSection } from './event';
import type { KitSources } from './sources';

/** How a customer reaches the company: the call to action the deck closes on. */
export interface CallToAction {
  callToAction: string;
  url: string;
  email: string;
}

interface SlideBase {
  title: string;
  /** What the presenter says on this slide. */
  notes: string;
}

/** A slide that is one line of the agenda: one section of the talk. */
export type ContentSlide =
  | (SlideBase & { layout: 'points'; points: string[] })
  /** A divider the outline asks for: it opens a part of the talk and shows its title alone. */
  | (SlideBase & { layout: 'divider' })
  /** A customer's story: the section's points beside the case's metrics, quote and logo. */
  | (SlideBase & { layout: 'story'; points: string[]; customerCase: CustomerCase });

export type Slide =
  | (SlideBase & { layout: 'title'; subtitle: string; eyebrow: string })
  | (SlideBase & { layout: 'agenda'; items: string[] })
  | ContentSlide
  | (SlideBase & { layout: 'closing'; subtitle: string; contact: CallToAction });

function contentSlide(section: EventSection): ContentSlide {
  const base = { title: section.title, notes: section.notes };
  if (section.customerCase) return { ...base, layout: 'story', points: section.points, customerCase: section.customerCase };
  if (section.divider) return { ...base, layout: 'divider' };
  return { ...base, layout: 'points', points: section.points };
}

/** The slides between the agenda and the close, whose titles the agenda lists. */
export function isContentSlide(slide: Slide): slide is ContentSlide {
  return slide.layout === 'points' || slide.layout === 'divider' || slide.layout === 'story';
}

/**
 * The talk as a slide deck: title, agenda, one slide per outline section (a customer story where
 * the section tells one), and a close on the tagline and the call to action. The agenda lists the
 * titles of those very slides, so it cannot promise a story the deck does not tell.
 */
export function slideDeck(sources: KitSources, event: EventKit, company: string, contact: CallToAction): Slide[] {
  const tagline = sources.messaging[0]?.tagline;
  const sections = event.sections.map(contentSlide);
  return [
    { layout: 'title', eyebrow: company, title: event.talkTitle, subtitle: tagline ?? sources.angle, notes: event.abstractShort },
    {
      layout: 'agenda',
      title: 'Agenda',
      items: sections.map((slide) => slide.title),
      notes: 'What we will cover, and what you can take away.',
    },
    ...sections,
    {
      layout: 'closing',
      title: tagline ?? event.talkTitle,
      subtitle: `${company} · ${sources.products.map((p) => p.data.title).join(' · ')}`,
      contact,
      notes: sources.messaging[0]?.elevatorPitch ?? sources.angle,
    },
  ];
}
