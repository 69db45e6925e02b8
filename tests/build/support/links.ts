/**
 * Finds the internal links of a build that lead nowhere: every link, image, script, stylesheet and
 * form target must resolve to a built file, and every `#fragment` to an element of that page.
 * Copy buttons that hand out this site's URLs (customer links) are checked the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDist } from './dist';
import type { HtmlElement } from './html';
import { elements } from './html';

/** The URLs an element points at, by attribute. */
function targets(element: HtmlElement, site: URL): { attribute: string; url: string }[] {
  const found: { attribute: string; url: string }[] = [];
  for (const attribute of ['href', 'src', 'action', 'poster', 'data-copy']) {
    const value = element.attribs[attribute];
    if (value === undefined) continue;
    // Copy buttons hold text as well as links: only a URL on this site counts.
    if (attribute === 'data-copy' && !value.startsWith(site.origin)) continue;
    found.push({ attribute, url: value });
  }
  for (const attribute of ['srcset', 'imagesrcset']) {
    for (const candidate of (element.attribs[attribute] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/u)[0];
      if (url) found.push({ attribute, url });
    }
  }
  return found;
}

/** The page URL a built file is served at: `a/index.html` at `/a/`. */
function pageUrl(path: string, site: URL): URL {
  return new URL(path.endsWith('index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`, site);
}

/** The built file a URL path is served from, if there is one. */
function fileFor(dir: string, pathname: string): string | undefined {
  const path = decodeURIComponent(pathname);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path];
  return candidates.map((c) => join(dir, c)).find((file) => existsSync(file));
}

function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(html)) {
    if (element.attribs['id']) ids.add(element.attribs['id']);
    if (element.name === 'a' && element.attribs['name']) ids.add(element.attribs['name']);
  }
  return ids;
}

export interface LinkReport {
  /** How many links (and copied URLs) were followed. */
  checked: number;
  /** One line per broken link: the page, the element and why. */
  broken: string[];
}

/** `siteUrl`: the address the build is published at (its `site`), which its own absolute links start with. */
export function checkLinks(dir: string, siteUrl = 'http://localhost/'): LinkReport {
  const site = new URL(siteUrl);
  const pages = readDist(dir).filter((f) => f.path.endsWith('.html'));
  const anchors = new Map<string, Set<string>>();
  const anchorsIn = (file: string) => {
    let found = anchors.get(file);
    if (!found) {
      found = anchorsOf(readFileSync(file, 'utf8'));
      anchors.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const base = pageUrl(page.path, site);
    for (const element of elements(page.text)) {
      for (const { attribute, url } of targets(element, site)) {
        if (/^(?:mailto|tel|data|blob|javascript):/iu.test(url)) continue;
        let target: URL;
        try {
          target = new URL(url, base);
        } catch {
          broken.push(`${page.path}: <${element.name} ${attribute}="${url}"> is not a URL`);
          continue;
        }
        if (target.origin !== site.origin) continue;
        checked += 1;
        const file = fileFor(dir, target.pathname);
        if (!file) {
          broken.push(`${page.path}: <${element.name} ${attribute}="${url}"> leads to nothing built`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !anchorsIn(file).has(fragment)) {
          broken.push(`${page.path}: <${element.name} ${attribute}="${url}"> points at #${fragment}, which that page lacks`);
        }
      }
    }
  }
  return { checked, broken };
}
