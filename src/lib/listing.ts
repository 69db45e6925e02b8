import type { Entry } from './entries';

/** The one line under an entry's title in a listing: the most useful fact for that kind of entry. */
export function listingLine(entry: Entry): string {
  switch (entry.collection) {
    case 'products':
    case 'industries':
    case 'solutions':
    case 'competitors':
      return entry.data.summary;
    case 'personas':
      return entry.data.goals[0] ?? '';
    case 'value-props':
      return entry.data.outcome;
    case 'cases': {
      const metric = entry.data.metrics[0];
      return metric ? `${entry.data.customer} · ${metric.value} ${metric.label.toLowerCase()}` : entry.data.customer;
    }
    case 'objections':
      return entry.data.response;
    case 'messaging':
      return entry.data.tagline;
    case 'rfp':
      return entry.data.answer;
    case 'campaigns':
      return entry.data.goal;
  }
}

/** Entries on one page of a collection's listing: no page carries a whole 10,000-entry collection. */
export const listingPageSize = 48;
