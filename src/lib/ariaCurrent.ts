/**
 * `aria-current` for a navigation link: "page" on the link to this very page only; "true" on the
 * link to the section the page sits in (/toolkits/ while on a toolkit), so assistive technology
 * does not announce a parent as the current page.
 */
export function ariaCurrent(href: string, currentPath: string): 'page' | 'true' | undefined {
  if (currentPath === href) return 'page';
  return href !== '/' && currentPath.startsWith(href) ? 'true' : undefined;
}
