/**
 * The search dialog every page has: results as you type, arrow keys and Enter to open one, Escape
 * to close (focus returns to where it was). Loaded by the header's trigger on first open only, and
 * makes its own markup then, so pages do not each carry it (styles: src/styles/search.css).
 */
import { partialMatchesNote } from '../../lib/search/match';
import { searchHref, searchPagePath } from '../../lib/search/query';
import { resultCount } from '../../lib/search/result';
import { requiredElement, showContentRequest } from './dom';
import { hitsFor, loadSearch, search, searchErrorMessage } from './pagefindIndex';
import type { ResultsList } from './resultsList';
import { bindResultsList } from './resultsList';

/** Cards shown in the dialog; the full search page lists every result with filters. */
const shownHits = 8;
/**
 * Keystrokes closer together than this are one burst of typing, searched when it pauses, so each
 * keystroke does not fetch index chunks; the first change after a pause (a first letter, a pasted
 * name) searches at once.
 */
const typingPauseMs = 80;

interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  /** What the status line says before anything is typed. */
  hint: string;
  fullSearch: HTMLAnchorElement;
  results: ResultsList;
}

let parts: DialogParts | undefined;
let opener: HTMLElement | null = null;
let ticket = 0;
let timer: number | undefined;
let lastInputAt = Number.NEGATIVE_INFINITY;

async function runSearch({ dialog, input, status, hint, fullSearch, results }: DialogParts): Promise<void> {
  const query = input.value.trim();
  const mine = ++ticket;
  fullSearch.href = searchHref({ query, filters: {} });
  if (!query) {
    results.clear();
    status.textContent = hint;
    showContentRequest(dialog, undefined);
    return;
  }
  try {
    const { matches, fullCount } = await search(query, {}, false);
    const hits = await hitsFor(matches, 0, shownHits);
    if (mine !== ticket) return;
    results.render(hits);
    const partial = partialMatchesNote(matches.length - fullCount);
    status.textContent =
      fullCount === 0
        ? `No results for “${query}”.${partial || ' Try other words, or browse the library.'}`
        : `${resultCount(fullCount)}${fullCount > shownHits ? `, best ${shownHits} shown` : ''}.${partial}`;
    showContentRequest(dialog, fullCount === 0 ? query : undefined);
  } catch (error) {
    if (mine !== ticket) return;
    results.clear();
    showContentRequest(dialog, undefined);
    status.textContent = searchErrorMessage(error);
  }
}

const resultsId = 'hub-search-dialog-results';

// Static text only: the two addresses are set as attributes below, never parsed as markup.
const dialogMarkup = `<div class="hub-search-dialog__panel">
  <div class="hub-search-dialog__bar">
    <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.2"><circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/></svg>
    <input type="text" inputmode="search" role="combobox" aria-label="Search approved content" aria-controls="${resultsId}" aria-expanded="false" aria-autocomplete="list" autocomplete="off" spellcheck="false" enterkeyhint="go" placeholder="Customer, claim, product… 中文亦可">
    <button type="button" class="hub-search-dialog__close" data-search-close aria-label="Esc, cancel search" aria-keyshortcuts="Escape"><kbd class="hub-search-dialog__esc">Esc</kbd><span class="hub-search-dialog__cancel">Cancel</span></button>
  </div>
  <div class="hub-search-dialog__body">
    <p class="hub-search-dialog__status" data-search-status role="status">Search every approved case, value proposition, solution, messaging and RFP answer, in English or Chinese (e.g. 分类分级).</p>
    <p class="hub-search-request" data-search-request hidden>Nothing approved matches every word. Need it for a deal? <a rel="noopener">Request content</a></p>
    <ul id="${resultsId}" class="hub-search-results" role="listbox" aria-label="Search results" hidden></ul>
    <div class="hub-search-copies" data-search-copies-for="${resultsId}" hidden>
      <p class="hub-search-copies__title" id="${resultsId}-copies">Copy a case for email</p>
      <ul class="hub-search-copies__list" aria-labelledby="${resultsId}-copies"></ul>
    </div>
  </div>
  <div class="hub-search-dialog__footer">
    <span class="hub-search-dialog__keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> move <kbd>↵</kbd> open <kbd>Esc</kbd> close</span>
    <a data-search-full>Search with filters →</a>
  </div>
</div>`;

/**
 * The dialog's markup, added to the page. "Request content" files into the tracker the trigger names
 * (`data-feedback-base`); a build without one (partners, customers) has no such line.
 */
function createDialog(): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.id = 'hub-search-dialog';
  dialog.className = 'hub-search-dialog';
  dialog.setAttribute('aria-label', 'Search the hub');
  dialog.innerHTML = dialogMarkup;
  requiredElement<HTMLAnchorElement>(dialog, 'a[data-search-full]').href = searchPagePath;
  const request = requiredElement<HTMLElement>(dialog, '[data-search-request]');
  const feedbackBase = document.querySelector<HTMLElement>('[data-search-open][data-feedback-base]')?.dataset['feedbackBase'];
  if (feedbackBase) {
    request.dataset['feedbackBase'] = feedbackBase;
    requiredElement<HTMLAnchorElement>(request, 'a').href = feedbackBase;
  } else {
    request.remove();
  }
  document.body.append(dialog);
  return dialog;
}

function setUp(): DialogParts {
  const dialog = createDialog();
  const input = requiredElement<HTMLInputElement>(dialog, 'input[role="combobox"]');
  const list = requiredElement<HTMLElement>(dialog, '[role="listbox"]');
  const status = requiredElement<HTMLElement>(dialog, '[data-search-status]');
  const ready: DialogParts = {
    dialog,
    input,
    status,
    hint: status.textContent ?? '',
    fullSearch: requiredElement(dialog, 'a[data-search-full]'),
    results: bindResultsList(input, list, { mode: 'dialog' }),
  };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const now = performance.now();
    const inBurst = now - lastInputAt < typingPauseMs;
    lastInputAt = now;
    if (inBurst) timer = window.setTimeout(() => void runSearch(ready), typingPauseMs);
    else void runSearch(ready);
  });
  requiredElement<HTMLButtonElement>(dialog, '[data-search-close]').addEventListener('click', () => dialog.close());
  // A click on the backdrop lands on the dialog element itself, outside its panel.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    document.documentElement.classList.remove('hub-search-open');
    opener?.focus();
  });
  return ready;
}

/** Opens the dialog (or refocuses its input when already open) and starts loading the index. */
export function openSearchDialog(): void {
  parts ??= setUp();
  const { dialog, input, status } = parts;
  if (!dialog.open) {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    document.documentElement.classList.add('hub-search-open');
  }
  input.focus();
  input.select();
  // Fetch the index while the reader types the first word; report at once if it cannot load.
  loadSearch().catch((error: unknown) => {
    status.textContent = searchErrorMessage(error);
  });
}
