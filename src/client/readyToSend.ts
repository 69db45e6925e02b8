/**
 * Shows the "Ready to send" block of the chosen industry, with the line for the chosen buyer. Every
 * block and line is on the page, chosen at build time (src/lib/toolkits/readyToSend); the browser
 * only picks which one shows. A page without the toolkit filters (an industry page of the
 * high-ticket toolkit) has one block and takes the buyer from the query.
 */
import type { AudienceFilter } from '../lib/toolkits/relevance';
import { filterFromQuery } from '../lib/toolkits/relevance';

export function showReady(filter: AudienceFilter): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-ready-for]')) {
    const active = block.dataset['readyFor'] === (filter.industry ?? '');
    block.hidden = !active;
    if (!active) continue;
    const lines = [...block.querySelectorAll<HTMLElement>('[data-ready-pitch]')];
    const chosen =
      lines.find((line) => line.dataset['readyPitch'] === filter.persona) ?? lines.find((line) => line.dataset['readyPitch'] === '');
    for (const line of lines) line.hidden = line !== chosen;
  }
}

if (!document.querySelector('[data-toolkit-filters]')) {
  const blocks = [...document.querySelectorAll<HTMLElement>('[data-ready-for]')];
  const industries = blocks.map((block) => block.dataset['readyFor'] ?? '');
  const personas = [...document.querySelectorAll<HTMLElement>('[data-ready-pitch]')].map((line) => line.dataset['readyPitch'] ?? '');
  const [only] = industries;
  if (blocks.length === 1 && only) showReady(filterFromQuery(window.location.search, { industries, personas }, { industry: only }));
}
