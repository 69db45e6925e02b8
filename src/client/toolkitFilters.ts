/**
 * Narrows every section of a quick-sale toolkit to the industry and buyer the rep picks. The choice
 * lives in the address (the industry's own page, the buyer in the query), so a tailored toolkit can
 * be bookmarked and sent, and opens tailored even without JavaScript. Picking an industry opens that
 * industry's page; picking a buyer narrows the page in place, without a page load. Ranking is the
 * build's own (src/lib/toolkits/relevance), applied to the items the page holds: for a long section,
 * the best few for every buyer on the page's industry (itemsForIndustryPage), so the result is the
 * one the whole list would give.
 */
import { feedbackLink } from '../lib/feedback';
import { rankableFromDataset } from '../lib/toolkits/itemDataset';
import type { AudienceFilter } from '../lib/toolkits/relevance';
import { arrange, filterFromQuery, filterToQuery, isFiltered, relevance, variantForIndustry } from '../lib/toolkits/relevance';
import { showReady } from './readyToSend';

const form = document.querySelector<HTMLFormElement>('[data-toolkit-filters]');
if (form) setUpFilters(form);

function optionValues(select: HTMLSelectElement): string[] {
  return [...select.options].map((option) => option.value).filter((value) => value !== '');
}

function selectedLabel(select: HTMLSelectElement): string | undefined {
  return select.value ? select.selectedOptions[0]?.textContent?.trim() : undefined;
}

function setUpFilters(form: HTMLFormElement): void {
  const industry = form.querySelector<HTMLSelectElement>('select[name="industry"]');
  const persona = form.querySelector<HTMLSelectElement>('select[name="persona"]');
  if (!industry || !persona) return;
  const offered = { industries: optionValues(industry), personas: optionValues(persona) };
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const shareButton = form.querySelector<HTMLButtonElement>('[data-share-view] button[data-copy]');
  // The address names the section a rep opens (src/client/sectionLinks.ts): the shared link follows it.
  const shareCurrent = () => {
    if (shareButton) shareButton.dataset['copy'] = window.location.href;
  };

  const current = (): AudienceFilter => ({ industry: industry.value || undefined, persona: persona.value || undefined });

  const apply = (filter: AudienceFilter) => {
    const audience = [selectedLabel(industry), selectedLabel(persona)].filter(Boolean).join(' · ');
    let total = 0;
    for (const section of document.querySelectorAll<HTMLElement>('[data-toolkit-section]')) {
      total += applyToSection(section, filter, audience);
    }
    if (status) {
      status.textContent = isFiltered(filter)
        ? `Showing ${total} items for ${audience}.`
        : `Showing all ${total} items. Pick an industry and a buyer to tailor every section.`;
    }
    showReady(filter);
    shareCurrent();
    showFilledEmails(filter);
  };

  /** The address of the page for the chosen industry, with the buyer and the open section. */
  const addressFor = (filter: AudienceFilter) => {
    const page =
      [...industry.options].find((option) => option.value === (filter.industry ?? ''))?.dataset['page'] ?? window.location.pathname;
    return { page, url: `${page}${filterToQuery({ persona: filter.persona }, window.location.search)}${window.location.hash}` };
  };

  const update = () => {
    const filter = current();
    const { page, url } = addressFor(filter);
    // Another industry's items are on its own page: open it.
    if (page !== window.location.pathname) {
      window.location.assign(url);
      return;
    }
    window.history.replaceState(null, '', url);
    apply(filter);
  };

  const initial = filterFromQuery(window.location.search, offered, { industry: form.dataset['pageIndustry'] });
  // A link naming another industry in its query (`?industry=`) opens that industry's page.
  if ((initial.industry ?? '') !== (form.dataset['pageIndustry'] ?? '')) {
    window.location.replace(addressFor(initial).url);
    return;
  }
  industry.value = initial.industry ?? '';
  persona.value = initial.persona ?? '';
  apply(initial);

  form.addEventListener('change', update);
  document.addEventListener('toggle', () => window.setTimeout(shareCurrent, 0), true);
  form.addEventListener('submit', (event) => event.preventDefault());
  // `reset` fires before the controls change back, and would bring back an industry page's own
  // industry: clear both once it has run.
  form.addEventListener('reset', () =>
    window.setTimeout(() => {
      industry.value = '';
      persona.value = '';
      update();
    }, 0),
  );
}

/** Shows each email template as filled for the chosen industry (best case, its link). */
function showFilledEmails(filter: AudienceFilter): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-email-variants]')) {
    const variants = [...group.querySelectorAll<HTMLElement>('[data-email-industry]')].map((element) => ({
      element,
      industry: element.dataset['emailIndustry'] || undefined,
    }));
    const chosen = variantForIndustry(variants, filter.industry);
    for (const variant of variants) variant.element.hidden = variant !== chosen;
  }
}

/** Shows, hides and re-orders one section's items; returns how many are shown. */
function applyToSection(section: HTMLElement, filter: AudienceFilter, audience: string): number {
  const items = [...section.querySelectorAll<HTMLElement>('[data-toolkit-item]')].map((element) => ({
    element,
    ...rankableFromDataset(element.dataset),
  }));
  const limit = section.dataset['limit'];
  const { shown, hidden, fitting } = arrange(items, filter, {
    limit: limit ? Number(limit) : undefined,
    keepOthers: section.dataset['keepOthers'] !== undefined,
  });
  for (const item of shown) {
    item.element.hidden = false;
    item.element.dataset['fit'] = relevance(item.targeting, filter).industryFit;
    // Appending in rank order re-orders the items within their own list.
    item.element.parentElement?.append(item.element);
  }
  for (const item of hidden) item.element.hidden = true;

  // Items outside the filtered list (the email templates) are shown whatever the filter.
  const fixed = Number(section.dataset['fixedCount'] ?? 0);
  const total = shown.length + fixed;
  const count = section.querySelector('[data-section-count]');
  if (count) count.textContent = String(total);
  const navCount = document.querySelector<HTMLElement>(`[data-nav-count="${section.dataset['toolkitSection'] ?? ''}"]`);
  if (navCount) {
    navCount.textContent = String(total);
    navCount.toggleAttribute('data-empty', total === 0);
  }
  // "Showing 5 of 1,250 — see all": the page holds only what some filter shows; the rest is in search.
  const seeAllShown = section.querySelector('[data-see-all-shown]');
  if (seeAllShown) seeAllShown.textContent = shown.length.toLocaleString('en-US');
  updateNote(section, total, fitting + fixed, filter, audience);
  return total;
}

/** Says so when the chosen audience leaves a section empty, or only the closest matches, and asks for content. */
function updateNote(section: HTMLElement, shown: number, fitting: number, filter: AudienceFilter, audience: string): void {
  const note = section.querySelector<HTMLElement>('[data-filter-note]');
  const text = note?.querySelector('[data-filter-note-text]');
  const link = note?.querySelector<HTMLAnchorElement>('[data-request-link]');
  if (!note || !text) return;
  const message =
    shown === 0
      ? `Nothing approved here for ${audience} yet.`
      : isFiltered(filter) && fitting === 0
        ? `Nothing approved here for ${audience} yet; showing the closest matches.`
        : undefined;
  note.hidden = message === undefined;
  if (message === undefined) return;
  text.textContent = message;
  // Builds for partners have no request link: the company's tracker is not theirs.
  if (!link) return;
  link.href = feedbackLink(note.dataset['feedbackBase'] ?? '', {
    kind: 'request',
    pageTitle: document.title,
    pageUrl: window.location.href,
    subject: `${note.dataset['requestSubject'] ?? 'Content request'} (${audience})`,
  });
}
