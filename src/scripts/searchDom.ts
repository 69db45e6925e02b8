/** Small DOM helpers shared by the search dialog, the search page and their result list. */

/** The element the markup must contain; a missing one is a broken page, reported by name. */
export function requiredElement<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search markup is missing ${selector}.`);
  return found;
}

/** A new element with a class and, optionally, text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
