/**
 * A search input driving a list of result cards, used by the search dialog and the search page:
 * the input keeps focus while ArrowUp/ArrowDown move through the results (announced through
 * `aria-activedescendant`) and Enter opens the active one (Ctrl/Cmd+Enter in a new tab).
 */
import { missingWordsLabel } from '../../lib/search/match';
import type { SearchHit } from '../../lib/search/result';
import { formatReviewDate } from '../../lib/search/result';
import { copyToClipboard } from '../clipboard';
import { element } from './dom';

export interface ResultsList {
  /** Shows these cards, after those already shown when `append`. Partial matches (a hit with
   * missing words) go into their own labelled group after the full ones. */
  render(hits: readonly SearchHit[], append?: boolean): void;
  clear(): void;
}

interface Options {
  /** The dialog makes the best match active at once, so Enter opens it; on the page arrows start it. */
  mode: 'dialog' | 'page';
}

/**
 * One result: the option is the link itself (`<a role="option">`), so it opens like any link
 * (middle-click, new tab) without nesting a link inside an option.
 */
function card(hit: SearchHit, id: string): HTMLLIElement {
  const item = element('li', 'hub-search-hit');
  item.setAttribute('role', 'none');
  const link = element('a', 'hub-search-hit__link');
  link.id = id;
  link.href = hit.url;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');

  const labels = element('span', 'hub-search-hit__labels');
  if (hit.audience) {
    const internal = hit.audience === 'internal';
    const badge = element(
      'span',
      `hub-search-hit__audience${internal ? ' hub-internal-badge' : ''}`,
      internal ? 'Internal, do not send' : 'Customer-facing',
    );
    badge.dataset['audienceBadge'] = hit.audience;
    labels.append(badge);
  }
  if (hit.type) labels.append(element('span', 'hub-search-hit__type', hit.type));
  if (hit.product) labels.append(element('span', 'hub-search-hit__product', hit.product));
  if (hit.missing.length > 0) labels.append(element('span', 'hub-search-hit__missing', missingWordsLabel(hit.missing)));

  const title = element('span', 'hub-search-hit__title', hit.title);
  const excerpt = element('span', 'hub-search-hit__excerpt');
  for (const part of hit.excerpt) excerpt.append(part.highlighted ? element('mark', '', part.text) : document.createTextNode(part.text));
  if (hit.lang) {
    title.lang = hit.lang;
    excerpt.lang = hit.lang;
  }

  link.append(labels, title, excerpt);
  const trust = [hit.status, hit.reviewBy && `review by ${formatReviewDate(hit.reviewBy)}`].filter(Boolean).join(' · ');
  if (trust) link.append(element('span', 'hub-search-hit__trust', trust));
  item.append(link);
  return item;
}

/** The group partial matches are listed in, inside the listbox, under its own label. */
function partialGroup(listId: string): { group: HTMLLIElement; items: HTMLUListElement } {
  const group = element('li', 'hub-search-partial');
  group.setAttribute('role', 'group');
  const label = element('span', 'hub-search-partial__label', 'Partial matches: each lacks a word of your search');
  label.id = `${listId}-partial`;
  group.setAttribute('aria-labelledby', label.id);
  const items = element('ul', 'hub-search-partial__items');
  items.setAttribute('role', 'none');
  group.append(label, items);
  return { group, items };
}

/** A row of the "copy for email" list beside the results: the case's title and its copy button. */
function emailRow(hit: SearchHit & { email: NonNullable<SearchHit['email']> }): HTMLLIElement {
  const row = element('li', '');
  const title = element('span', '', hit.title);
  if (hit.lang) title.lang = hit.lang;
  row.append(title, emailButton(hit.email, hit.title));
  return row;
}

/** "Copy for email" of a case result: the same rich HTML and plain text the case page copies. */
function emailButton(email: NonNullable<SearchHit['email']>, title: string): HTMLButtonElement {
  const label = email.anonymised ? 'Copy for email (anonymised)' : 'Copy for email';
  const button = element('button', 'hub-button hub-copy', label);
  button.type = 'button';
  button.setAttribute('aria-label', `${label}: ${email.anonymised ? 'this case, anonymised' : title}`);
  button.dataset['copy'] = email.text;
  button.dataset['copyHtml'] = email.html;
  button.dataset['copyFor'] = 'customer';
  const copy = async (): Promise<void> => {
    const ok = await copyToClipboard(email.text, email.html);
    button.dataset['copied'] = String(ok);
    button.textContent = ok ? 'Copied' : 'Copy failed';
    window.setTimeout(() => {
      button.textContent = label;
      delete button.dataset['copied'];
    }, 2000);
  };
  button.addEventListener('click', () => void copy());
  return button;
}

export function bindResultsList(input: HTMLInputElement, list: HTMLElement, { mode }: Options): ResultsList {
  let count = 0;
  let partial: ReturnType<typeof partialGroup> | undefined;
  const copies = document.querySelector<HTMLElement>(`[data-search-copies-for="${list.id}"]`);
  const copyList = copies?.querySelector('ul');
  const showCopies = (hits: readonly SearchHit[], append: boolean) => {
    if (!copies || !copyList) return;
    if (!append) copyList.replaceChildren();
    for (const hit of hits) if (hit.email) copyList.append(emailRow({ ...hit, email: hit.email }));
    copies.hidden = copyList.childElementCount === 0;
  };
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('a[role="option"]')];

  const activate = (option: HTMLElement | undefined, reveal = true) => {
    for (const other of options()) other.setAttribute('aria-selected', String(other === option));
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      if (reveal) option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const active = () => list.querySelector<HTMLAnchorElement>('a[aria-selected="true"]') ?? undefined;

  input.addEventListener('keydown', (event) => {
    // While a Chinese input method composes, arrows and Enter pick its candidates, not results.
    if (event.isComposing) return;
    const all = options();
    if (all.length === 0) return;
    const current = active();
    const at = current ? all.indexOf(current) : -1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const first = step > 0 ? 0 : all.length - 1;
      activate(all[at === -1 ? first : (at + step + all.length) % all.length]);
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      const { href } = current;
      if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
      else window.location.assign(href);
    }
  });
  list.addEventListener('mousemove', (event) => {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    // The pointer marks a card active without scrolling the list under it.
    if (option && option !== active()) activate(option, false);
  });

  return {
    render(hits, append = false) {
      if (!append) {
        list.replaceChildren();
        count = 0;
        partial = undefined;
      }
      const cards = hits.map((hit) => {
        const item = card(hit, `${list.id}-${count++}`);
        if (hit.missing.length === 0) {
          list.append(item);
        } else {
          if (!partial) {
            partial = partialGroup(list.id);
            list.append(partial.group);
          }
          partial.items.append(item);
        }
        return item;
      });
      showCopies(hits, append);
      list.hidden = count === 0;
      input.setAttribute('aria-expanded', String(count > 0));
      const first = cards[0]?.querySelector<HTMLElement>('[role="option"]');
      if (mode === 'dialog' && first && !append) activate(first);
      else if (!append) activate(undefined);
    },
    clear() {
      showCopies([], false);
      list.replaceChildren();
      count = 0;
      partial = undefined;
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      activate(undefined);
    },
  };
}
