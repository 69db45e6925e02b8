/**
 * What changed in every build: `/whats-new/`, one list per product and `/feed.xml`, a valid Atom
 * feed whose entries are all content this build may name: published for its audience, or retired
 * (never an internal entry outside the internal build). The list comes from the checkout's history,
 * so the tests check what each change is, not how many there are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xml2js } from 'xml-js';
import type { Audience, ContentEntry } from './support/content';
import { loadContent, withPages } from './support/content';
import { distDirs, pageExists, readPage, siteUrls } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

interface XmlElement {
  type: string;
  name?: string;
  attributes?: Record<string, string>;
  elements?: XmlElement[];
  text?: string;
  cdata?: string;
}

const children = (element: XmlElement | undefined, name: string) => (element?.elements ?? []).filter((e) => e.name === name);
const child = (element: XmlElement | undefined, name: string) => children(element, name)[0];
const textOf = (element: XmlElement | undefined) => (element?.elements ?? []).map((e) => e.text ?? e.cdata ?? '').join('');
const unescape = (html: string) =>
  html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

/** Entries a build may name in what changed: those it has pages for, and retired ones its readers may know of. */
function nameable(audience: Audience): ContentEntry[] {
  const retired = entries.filter((e) => e.status === 'retired' && (audience === 'internal' || e.audience === 'public'));
  const withPage = withPages(entries, audience);
  return [...withPage, ...retired.filter((e) => audience !== 'public' || withPage.some((p) => p.collection === e.collection))];
}

describe.each(audiences)('%s build: what changed', (audience) => {
  const dir = distDirs[audience];
  const site = siteUrls[audience];
  const file = join(dir, 'feed.xml');
  const feed = () => {
    const document = xml2js(readFileSync(file, 'utf8'), { compact: false }) as XmlElement;
    return child(document, 'feed');
  };

  it('publishes /whats-new/ and a list per product, linked from the home page', () => {
    expect(pageExists(dir, '/whats-new/')).toBe(true);
    const products = withPages(entries, audience).filter((e) => e.collection === 'products');
    expect(products.length).toBeGreaterThan(0);
    expect(products.filter((p) => !pageExists(dir, `/whats-new/${p.id}/`)).map((p) => p.id)).toEqual([]);
    expect(readPage(dir, '/')).toContain('href="/whats-new/"');
  });

  it('serves /feed.xml as a valid Atom feed of this site', () => {
    expect(existsSync(file)).toBe(true);
    const root = feed();
    expect(root?.attributes?.['xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const required of ['id', 'title', 'updated', 'author']) expect(child(root, required), required).toBeDefined();
    expect(Number.isNaN(Date.parse(textOf(child(root, 'updated'))))).toBe(false);
    expect(children(root, 'link').find((l) => l.attributes?.['rel'] === 'self')?.attributes?.['href']).toBe(
      new URL('/feed.xml', site).toString(),
    );
    const items = children(root, 'entry');
    // The checkout's history has content commits; how many is its own business, within the cap.
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(50);
    const ids = items.map((item) => textOf(child(item, 'id')));
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items) {
      for (const required of ['id', 'title', 'updated', 'link']) expect(child(item, required), required).toBeDefined();
    }
    const dates = items.map((item) => Date.parse(textOf(child(item, 'updated'))));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('names only entries this build may show, and links each to a page it built', () => {
    const allowed = nameable(audience);
    const items = children(feed(), 'entry').map((item) => ({
      title: unescape(textOf(child(item, 'title'))),
      link: child(item, 'link')?.attributes?.['href'] ?? '',
    }));
    const problems = items.flatMap(({ title, link }) => {
      const [, kind = '', name = ''] = /^(Added|Updated|Retired): (.*)$/su.exec(title) ?? [];
      const path = new URL(link).pathname;
      const matches = allowed.filter((e) => e.title === name);
      const found: string[] = [];
      if (!kind) found.push(`${title}: no kind of change`);
      if (!link.startsWith(site)) found.push(`${title}: ${link} is not on ${site}`);
      if (!pageExists(dir, path)) found.push(`${title}: ${path} was not built`);
      if (matches.length === 0) found.push(`${title}: not an entry this build may name`);
      if (kind === 'Retired' && path !== '/whats-new/') found.push(`${title}: a retired entry links to ${path}`);
      if (kind !== 'Retired' && !matches.some((e) => e.url === path)) found.push(`${title}: links ${path}, not its page`);
      return found;
    });
    expect(problems).toEqual([]);
  });
});

describe('the public build’s feed', () => {
  it('holds no internal entry', () => {
    const text = readFileSync(join(distDirs.public, 'feed.xml'), 'utf8');
    const internal = entries.filter((e) => e.audience === 'internal' && e.title.length > 12);
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter((e) => text.includes(e.title) || text.includes(`${e.url}"`)).map((e) => e.file)).toEqual([]);
  });
});
