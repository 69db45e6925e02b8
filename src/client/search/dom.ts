/** Small DOM helpers shared by the search dialog, the search page and their result list. */
import { feedbackLink } from '../../lib/feedback';

/** The element the markup must contain; a missing one is a broken page, reported by name. */
export function requiredElement<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search markup is missing ${selector}.`);
  return found;
}

/** A new element with a class and, optionally, text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Shows the "Request content" line inside `root` when nothing approved holds every word of `query`
 * (its link then names the query), and hides it when `query` is undefined.
 */
export function showContentRequest(root: ParentNode, query: string | undefined): void {
  const request = root.querySelector<HTMLElement>('[data-search-request]');
  const link = request?.querySelector('a');
  if (!request || !link) return;
  request.hidden = query === undefined;
  if (query === undefined) return;
  link.href = feedbackLink(request.dataset['feedbackBase'] ?? link.href, {
    kind: 'request',
    pageTitle: document.title,
    pageUrl: window.location.href,
    subject: `Content request: nothing approved found for “${query}”`,
  });
}
