import { asSentence } from '../text/phrasing';
import type { MarketingKit } from './kit';
import type { CallToAction } from './slides';

/** Cases and value propositions one page has room for. */
export const kitSummaryLimits = { stories: 2, valueProps: 3, metrics: 3, messaging: 2 } as const;

/**
 * The kit on one page, as a PDF to hand round a campaign team: the angle, what to say (tagline and
 * positioning per product), what it changes, the proof, the talk and what the kit holds. It is made
 * only of the kit's customer-facing material, like every file the kit offers.
 */
export interface KitSummary {
  company: string;
  kindLabel: string;
  title: string;
  angle: string;
  facts: { label: string; value: string }[];
  messaging: { product: string; tagline: string; statement: string }[];
  valueProps: { title: string; outcome: string }[];
  stories: { customer: string; title: string; metrics: { label: string; value: string }[] }[];
  talk: { title: string; abstract: string };
  contents: string[];
  contact: CallToAction;
}

export function kitSummary(kit: MarketingKit, company: string, contact: CallToAction): KitSummary {
  const list = (items: readonly { data: { title: string } }[]) => items.map((i) => i.data.title).join(', ');
  // The stories the talk tells lead, so the page and the deck prove the same thing.
  const told = kit.slides.flatMap((slide) => (slide.layout === 'story' ? [slide.customerCase] : []));
  return {
    company,
    kindLabel: kit.kindLabel,
    title: kit.title,
    angle: asSentence(kit.angle),
    facts: [
      { label: 'Products', value: list(kit.products) },
      ...(kit.industries.length > 0 ? [{ label: 'Industries', value: list(kit.industries) }] : []),
      ...(kit.personas.length > 0 ? [{ label: 'Buyers', value: list(kit.personas) }] : []),
    ],
    messaging: kit.messaging.slice(0, kitSummaryLimits.messaging).map((house) => ({
      product: house.product.title,
      tagline: house.tagline,
      statement: house.statement,
    })),
    valueProps: kit.valueProps.slice(0, kitSummaryLimits.valueProps).map(({ entry }) => ({
      title: entry.data.title,
      outcome: asSentence(entry.data.outcome),
    })),
    stories: [...new Set([...told, ...kit.cases])].slice(0, kitSummaryLimits.stories).map((c) => ({
      customer: c.data.customer,
      title: c.data.title,
      metrics: c.data.metrics.slice(0, kitSummaryLimits.metrics),
    })),
    talk: { title: kit.event.talkTitle, abstract: kit.event.abstractShort },
    contents: [
      `The talk: ${kit.slides.length} slides with speaker notes (.pptx)`,
      `The whitepaper: ${kit.whitepaper.sections.length} sections (.docx and PDF)`,
      `${kit.shortForm.posts.length} social posts and ${kit.shortForm.emails.length} emails`,
      `${kit.images.length} brand images in ready sizes`,
    ],
    contact,
  };
}
