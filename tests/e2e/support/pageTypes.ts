/**
 * One built page of every route, read from the build output, so browser suites that must cover
 * "every page type" follow the site as it grows. `*` stands for one path segment, `#` for a listing's
 * page number; the first route
 * a page matches is its type, so the more specific routes come first.
 */
import { readdirSync } from 'node:fs';
import { collections } from '../../build/support/content';

const routes = [
  '/',
  '/404.html',
  '/library/',
  '/search/',
  '/health/',
  '/whats-new/',
  '/whats-new/*/',
  '/toolkits/',
  '/toolkits/*/quick-sale/',
  '/toolkits/*/quick-sale/*/',
  '/toolkits/*/high-ticket/',
  '/toolkits/*/high-ticket/proposal/',
  '/toolkits/*/high-ticket/*/',
  '/messaging/',
  '/messaging/*/',
  '/kits/',
  '/kits/#/',
  '/kits/*/',
  '/kits/*/whitepaper/',
  '/kits/*/slides/',
  '/training/',
  '/training/*/',
  '/training/*/certificate/',
  '/training/*/*/',
  ...collections.filter((c) => c !== 'messaging').flatMap((c) => [`/${c}/`, `/${c}/#/`, `/${c}/*/`]),
];

const matcher = (route: string) => new RegExp(`^${route.replace(/[.]/gu, '\\.').replace(/\*/gu, '[^/]+').replace(/#/gu, '[0-9]+')}$`, 'u');
const matchers = routes.map((route) => ({ route, test: matcher(route) }));

/**
 * Every page of a build: `/a/b/` for `a/b/index.html`, and other `.html` files by their own path.
 * The editor at /admin/ is Sveltia CMS's application, not a hub page, under a policy of its own:
 * tests/e2e/editor.spec.ts covers it.
 */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('admin/'))
    .map((name) => (name === 'index.html' ? '/' : name.endsWith('/index.html') ? `/${name.slice(0, -'index.html'.length)}` : `/${name}`))
    .sort();
}

export function routeOf(url: string): string | undefined {
  return matchers.find((m) => m.test.test(url))?.route;
}

/** The first page (in path order) of every route the build has, keyed by route. */
export function onePagePerRoute(dir: string): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const url of builtPages(dir)) {
    const route = routeOf(url);
    if (route && !chosen.has(route)) chosen.set(route, url);
  }
  return new Map(routes.flatMap((route) => (chosen.has(route) ? [[route, chosen.get(route)!] as const] : [])));
}
