import type { CustomerCase } from '../entries';
import type { EventKit } from './event';
import type { KitSources } from './sources';

/** Cases shown as their own slide: enough proof for a talk without turning it into a case catalogue. */
export const slideCaseLimit = 2;

interface SlideBase {
  title: string;
  /** What the presenter says on this slide. */
  notes: string;
}

export type Slide =
  | (SlideBase & { layout: 'title'; subtitle: string; eyebrow: string })
  | (SlideBase & { layout: 'agenda'; items: string[] })
  | (SlideBase & { layout: 'points'; points: string[] })
  /** A section from a hand-written outline: its title stands alone, the notes carry the talk. */
  | (SlideBase & { layout: 'statement' })
  | (SlideBase & { layout: 'case'; customerCase: CustomerCase })
  | (SlideBase & { layout: 'closing'; subtitle: string });

/**
 * The talk as a slide deck: title, agenda, one slide per outline section, the strongest customer
 * cases, and a close on the tagline. Built from the same event material the kit page shows.
 */
export function slideDeck(sources: KitSources, event: EventKit, company: string): Slide[] {
  const tagline = sources.messaging[0]?.tagline;
  const cases = sources.cases.slice(0, slideCaseLimit);
  return [
    { layout: 'title', eyebrow: company, title: event.talkTitle, subtitle: tagline ?? sources.angle, notes: event.abstractShort },
    {
      layout: 'agenda',
      title: 'Agenda',
      items: event.sections.map((s) => s.title),
      notes: 'What we will cover, and what you can take away.',
    },
    ...event.sections.map((section): Slide =>
      section.points.length > 0
        ? { layout: 'points', title: section.title, points: section.points, notes: section.notes }
        : { layout: 'statement', title: section.title, notes: section.notes },
    ),
    ...cases.map((c): Slide => ({
      layout: 'case',
      title: c.data.title,
      customerCase: c,
      notes: `${c.data.challenge} ${c.data.approach} ${c.data.results}`,
    })),
    {
      layout: 'closing',
      title: tagline ?? event.talkTitle,
      subtitle: `${company} · ${sources.products.map((p) => p.data.title).join(' · ')}`,
      notes: sources.messaging[0]?.elevatorPitch ?? sources.angle,
    },
  ];
}
