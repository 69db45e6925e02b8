/**
 * A copy button's accessible name: what it copies ("Copy 25-word boilerplate"), containing the
 * button's visible text (WCAG 2.5.3, label in name) so that someone who operates controls by
 * speaking their visible label reaches it. "Copy notes" named "Copy internal pricing notes" fails;
 * when "Copy <what>" does not contain the visible text, the visible text leads the name instead.
 */
export function copyButtonName(visibleText: string, what: string): string {
  const name = `Copy ${what}`;
  return comparable(name).includes(comparable(visibleText)) ? name : `${visibleText}: ${what}`;
}

/** How label-in-name is compared (axe-core does the same): case, punctuation and symbols ignored. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}
