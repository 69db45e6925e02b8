// The eight pages that show the hub at its best and worst: the screenshots (npm run screenshots)
// and the Lighthouse budgets (npm run audit) are taken on these. The list follows the built sample:
// each entry page is the first built page of its kind.
import { readdirSync } from 'node:fs';

/**
 * Every built page of `dist` as its URL path (`/toolkits/`), sorted.
 * @returns {string[]}
 */
export function builtPages(dist) {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name === 'index.html' || name.endsWith('/index.html'))
    .map((name) => `/${name.slice(0, -'index.html'.length)}`)
    .sort();
}

/**
 * The showcase pages among `pages` (URL paths); throws naming the kind of page a build lacks.
 * @param {string[]} pages
 * @returns {{ name: string, path: string }[]}
 */
export function showcasePages(pages, dist = 'the build') {
  const first = (name, pattern) => {
    const path = pages.find((p) => pattern.test(p));
    if (!path) throw new Error(`No built page for "${name}" (${pattern}) in ${dist}.`);
    return { name, path };
  };
  return [
    first('home', /^\/$/u),
    first('toolkits', /^\/toolkits\/$/u),
    first('quick-sale-toolkit', /^\/toolkits\/[^/]+\/quick-sale\/$/u),
    first('high-ticket-toolkit', /^\/toolkits\/[^/]+\/high-ticket\/$/u),
    first('proposal-builder', /^\/toolkits\/[^/]+\/high-ticket\/proposal\/$/u),
    first('kit', /^\/kits\/[a-z][^/]*\/$/u),
    first('search', /^\/search\/$/u),
    first('case', /^\/cases\/[a-z][^/]*\/$/u),
  ];
}
