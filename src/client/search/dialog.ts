/**
 * The search dialog every page has: results as you type, arrow keys and Enter to open one, Escape
 * to close (focus returns to where it was). Loaded by the header's trigger on first open only.
 */
import { partialMatchesNote } from '../../lib/search/match';
import { searchHref } from '../../lib/search/query';
import { resultCount } from '../../lib/search/result';
import { requiredElement, showContentRequest } from './dom';
import { hitsFor, loadSearch, search, searchErrorMessage } from './pagefindIndex';
import type { ResultsList } from './resultsList';
import { bindResultsList } from './resultsList';

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
