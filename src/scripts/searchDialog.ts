/**
 * The search dialog every page has: results as you type, arrow keys and Enter to open one, Escape
 * to close (focus returns to where it was). Loaded by the header's trigger on first open only.
 */
import { searchHref } from '../lib/searchQuery';
import { resultCount } from '../lib/searchResult';
import { requiredElement } from './searchDom';
import { hitsFor, loadSearch, search, searchErrorMessage } from './searchIndex';
import type { ResultsList } from './searchResultsList';
import { bindResultsList } from './searchResultsList';

/** Cards shown in the dialog; the full search page lists every result with filters. */
const shownHits = 8;
/** Pause in typing before searching, so each keystroke does not fetch index chunks. */
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

async function runSearch({ input, status, hint, fullSearch, results }: DialogParts): Promise<void> {
  const query = input.value.trim();
  const mine = ++ticket;
  fullSearch.href = searchHref({ query, filters: {} });
  if (!query) {
    results.clear();
    status.textContent = hint;
    return;
  }
  try {
    const outcome = await search(query, {}, false);
    const hits = await hitsFor(outcome.results, 0, shownHits);
    if (mine !== ticket) return;
    results.render(hits);
    const total = outcome.results.length;
    status.textContent =
      total === 0
        ? `No results for “${query}”. Try fewer or other words, or browse the library.`
        : `${resultCount(total)}${total > shownHits ? `, best ${shownHits} shown` : ''}`;
  } catch (error) {
    if (mine !== ticket) return;
    results.clear();
    status.textContent = searchErrorMessage(error);
  }
}

function setUp(): DialogParts {
  const dialog = requiredElement<HTMLDialogElement>(document, '#hub-search-dialog');
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
    timer = window.setTimeout(() => void runSearch(ready), typingPauseMs);
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
