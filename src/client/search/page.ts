/**
 * The /search/ page: the query and the chosen filters live in the URL (`?q=…&type=…&industry=…`),
 * so a search can be shared, bookmarked and reloaded; facet chips show how many results each adds.
 */
import type { SearchFacet, SearchState } from '../../lib/search/query';
import { partialMatchesNote } from '../../lib/search/match';
import { hasFilters, isSearchFacet, searchFacets, searchHref, searchStateFromParams, toggleFilter } from '../../lib/search/query';
import { resultCount } from '../../lib/search/result';
import type { FacetCounts, SearchMatch } from './pagefindIndex';
import { element, requiredElement, showContentRequest } from './dom';
import { hitsFor, search, searchErrorMessage } from './pagefindIndex';
import { bindResultsList } from './resultsList';

const pageSize = 20;
const typingPauseMs = 120;

// Elements are looked up inside the page's own region: every page also carries the search dialog.
const region = requiredElement<HTMLElement>(document, '[data-search-page]');

const form = requiredElement<HTMLFormElement>(region, 'form[data-search-form]');
const input = requiredElement<HTMLInputElement>(region, 'input[data-search-page-input]');
const facetsRoot = requiredElement<HTMLElement>(region, '[data-search-facets]');
const status = requiredElement<HTMLElement>(region, '[data-search-status]');
const more = requiredElement<HTMLButtonElement>(region, 'button[data-search-more]');
const clear = requiredElement<HTMLButtonElement>(region, 'button[data-search-clear]');
const results = bindResultsList(input, requiredElement<HTMLElement>(region, '[role="listbox"]'), { mode: 'page' });

// The form and the results show from the first paint where scripts run (see public/theme.js);
// this module fills them in.

const pageTitle = document.title;
let state: SearchState = searchStateFromParams(new URLSearchParams(window.location.search));
let matches: readonly SearchMatch[] = [];
let fullCount = 0;
let shown = 0;
let ticket = 0;
let timer: number | undefined;

function chip(facet: SearchFacet, value: string, count: number, chosen: boolean): HTMLLIElement {
  const item = element('li', '');
  const button = element('button', 'hub-search-chip');
  button.type = 'button';
  button.setAttribute('aria-pressed', String(chosen));
  button.dataset['facet'] = facet;
  button.dataset['value'] = value;
  // Read as "Retail, 12 results" rather than "Retail 12"; the space keeps the visible "Retail 12"
  // inside that name (label in name), not "Retail12".
  button.setAttribute('aria-label', `${value}, ${resultCount(count)}`);
  button.append(element('span', '', value), ' ', element('span', 'hub-search-chip__count', String(count)));
  item.append(button);
  return item;
}

function renderFacets(counts: FacetCounts): void {
  // Chips are rebuilt on every search; a reader who chose one with the keyboard keeps focus on it.
  const focused =
    document.activeElement instanceof HTMLElement && facetsRoot.contains(document.activeElement)
      ? document.activeElement.dataset
      : undefined;
  const groups = searchFacets.flatMap(({ key, label }) => {
    const chosen = state.filters[key] ?? [];
    const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || chosen.includes(value));
    // A chosen value that no longer matches anything stays visible, so it can be unchosen.
    for (const value of chosen) if (!values.some(([v]) => v === value)) values.push([value, 0]);
    if (values.length === 0) return [];
    values.sort(([a], [b]) => a.localeCompare(b, 'en'));
    const group = element('div', 'hub-search-facet');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-labelledby', `hub-search-facet-${key}`);
    const heading = element('h3', 'hub-search-facet__label', label);
    heading.id = `hub-search-facet-${key}`;
    const list = element('ul', 'hub-chips');
    list.append(...values.map(([value, n]) => chip(key, value, n, chosen.includes(value))));
    group.append(heading, list);
    return [group];
  });
  facetsRoot.replaceChildren(...groups);
  facetsRoot.hidden = groups.length === 0;
  // On a phone each facet is one sideways-scrolling row: bring its first chosen chip into view.
  for (const list of facetsRoot.querySelectorAll<HTMLElement>('.hub-chips')) {
    const pressed = list.querySelector('[aria-pressed="true"]');
    if (pressed) list.scrollLeft += pressed.getBoundingClientRect().left - list.getBoundingClientRect().left;
  }
  clear.hidden = !hasFilters(state.filters);
  if (focused?.['facet']) {
    const same = [...facetsRoot.querySelectorAll<HTMLButtonElement>('button[data-facet]')].find(
      (b) => b.dataset['facet'] === focused['facet'] && b.dataset['value'] === focused['value'],
    );
    same?.focus();
  }
}

function describe(): string {
  const query = state.query ? ` for “${state.query}”` : '';
  const filtered = hasFilters(state.filters) ? ' with these filters' : '';
  const partial = partialMatchesNote(matches.length - fullCount);
  if (!state.query && !hasFilters(state.filters)) return 'Type a word or pick a filter to list approved content.';
  if (fullCount === 0) return `No results${query}${filtered}.${partial || ' Remove a filter or try other words.'}`;
  return `${resultCount(fullCount)}${query}${filtered}.${partial}`;
}

async function showMore(): Promise<void> {
  const mine = ticket;
  const hits = await hitsFor(matches, shown, pageSize);
  if (mine !== ticket) return;
  results.render(hits, shown > 0);
  shown += hits.length;
  more.hidden = shown >= matches.length;
}

async function run(): Promise<void> {
  const mine = ++ticket;
  status.setAttribute('aria-busy', 'true');
  try {
    const outcome = await search(state.query, state.filters, true);
    if (mine !== ticket) return;
    matches = outcome.matches;
    fullCount = outcome.fullCount;
    shown = 0;
    renderFacets(outcome.counts);
    if (matches.length === 0) {
      results.clear();
      more.hidden = true;
    } else {
      await showMore();
    }
    if (mine !== ticket) return;
    status.textContent = describe();
    showContentRequest(region, state.query && fullCount === 0 ? state.query : undefined);
    // Tabs and history entries name the search they hold.
    document.title = state.query ? `“${state.query}” · ${pageTitle}` : pageTitle;
  } catch (error) {
    if (mine !== ticket) return;
    results.clear();
    more.hidden = true;
    showContentRequest(region, undefined);
    status.textContent = searchErrorMessage(error);
  } finally {
    if (mine === ticket) status.removeAttribute('aria-busy');
  }
}

/** Records the state in the URL: typing replaces the entry, choosing a filter adds one so Back undoes it. */
function commit(next: SearchState, mode: 'push' | 'replace'): void {
  state = next;
  const href = searchHref(state);
  if (mode === 'push') window.history.pushState(null, '', href);
  else window.history.replaceState(null, '', href);
  void run();
}

input.value = state.query;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => commit({ ...state, query: input.value }, 'replace'), typingPauseMs);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  commit({ ...state, query: input.value }, 'replace');
});
facetsRoot.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-facet]');
  const { facet, value } = button?.dataset ?? {};
  if (!facet || value === undefined || !isSearchFacet(facet)) return;
  commit({ ...state, filters: toggleFilter(state.filters, facet, value) }, 'push');
});
more.addEventListener('click', () => void showMore());
clear.addEventListener('click', () => {
  commit({ ...state, filters: {} }, 'push');
  input.focus();
});
window.addEventListener('popstate', () => {
  state = searchStateFromParams(new URLSearchParams(window.location.search));
  input.value = state.query;
  void run();
});
void run();
