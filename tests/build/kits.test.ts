/**
 * Every published campaign and solution has its kit (page, print-ready whitepaper, slide deck and
 * ZIP), every published product its messaging page; each ZIP opens and holds what its page shows,
 * and nothing a build leaves out reaches a ZIP (whose compressed text the other scans cannot read).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/lib/text/markdownText';
import { fileNameStem } from '../../src/lib/text/phrasing';
import type { Audience } from './support/content';
import { gated, loadContent, published } from './support/content';
import { distDirs, encodings, pageExists, readDist, readPage } from './support/dist';

const entries = loadContent();
// The builds that carry toolkits, messaging and kits; the customer's library has none (public-build.test.ts).
const audiences: Audience[] = ['internal', 'partner'];

/** The JSON document the API serves for a kit; the ZIP carries the same one as kit.json. */
interface KitJson {
  id: string;
  title: string;
  whitepaper: { sections: { heading: string }[] };
  event: { talkTitle: string; abstractShort: string; outline: { title: string }[] };
  socialPosts: { text: string }[];
  emails: { subject: string; body: string }[];
  assets: { files: { fileName: string }[] }[];
}

function unzip(dir: string, id: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(join(dir, 'kits', `${id}.zip`))));
}

function shows(html: string, text: string): boolean {
  return encodings(text).some((encoded) => html.includes(encoded));
}

/** Brand asset links on a kit page: `<a href="/_astro/…" download="name-320w.png">`. */
function downloadLinks(html: string): { href: string; fileName: string }[] {
  return (
    [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*\bdownload="([^"]+)"/gu)]
      .map(([, href = '', fileName = '']) => ({ href, fileName }))
      // The ZIP and the kit's documents are served under /kits/; kit-documents.test.ts checks the documents.
      .filter((link) => !link.href.startsWith('/kits/'))
  );
}

describe.each(audiences)('%s build: marketing kits and messaging', (audience) => {
  const dir = distDirs[audience];
  const shown = published(entries, audience);
  const kitEntries = shown.filter((e) => e.collection === 'campaigns' || e.collection === 'solutions');
  const products = shown.filter((e) => e.collection === 'products');

  it('has kits to check', () => {
    expect(kitEntries.length).toBeGreaterThan(0);
  });

  it('gives every published campaign and solution a kit page, whitepaper, slide deck and ZIP', () => {
    const missing = kitEntries.flatMap((e) =>
      [`/kits/${e.id}/`, `/kits/${e.id}/whitepaper/`, `/kits/${e.id}/slides/`]
        .filter((url) => !pageExists(dir, url))
        .concat(existsSync(join(dir, 'kits', `${e.id}.zip`)) ? [] : [`/kits/${e.id}.zip`])
        .map((url) => `${url} (${e.file})`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every published product a messaging page', () => {
    expect(products.filter((p) => !pageExists(dir, `/messaging/${p.id}/`)).map((p) => p.file)).toEqual([]);
  });

  it('builds no kit for a campaign or solution it leaves out', () => {
    const shownIds = new Set(kitEntries.map((e) => e.id));
    const leaked = gated(entries, audience)
      .filter((e) => (e.collection === 'campaigns' || e.collection === 'solutions') && !shownIds.has(e.id))
      .filter((e) => pageExists(dir, `/kits/${e.id}/`) || existsSync(join(dir, 'kits', `${e.id}.zip`)))
      .map((e) => e.file);
    expect(leaked).toEqual([]);
  });

  it('shows on each messaging page the approved boilerplates with their word counts', () => {
    const productIds = new Set(products.map((p) => p.id));
    const houses = shown.filter((e) => e.collection === 'messaging' && productIds.has(String(e.data['product'])));
    expect(houses.length).toBeGreaterThan(0);
    const wrong = houses.flatMap((house) => {
      const html = readPage(dir, house.url);
      const boilerplates = house.data['boilerplates'] as Record<string, string>;
      return Object.entries(boilerplates)
        .filter(([, text]) => !shows(html, text))
        .map(([length]) => `${house.url}: ${length} boilerplate of ${house.file} is not on the page`);
    });
    expect(wrong).toEqual([]);
  });

  it('opens each ZIP and finds the kit’s Markdown, its JSON and README', () => {
    const problems = kitEntries.flatMap((e) => {
      const files = unzip(dir, e.id);
      const expected = [
        'README.md',
        'messaging.md',
        'whitepaper.md',
        'event.md',
        'slides.md',
        'short-form.md',
        'sales-handoff.md',
        'kit.json',
      ];
      const missing = expected.filter((name) => !files[`${e.id}-kit/${name}`]).map((name) => `${e.id}.zip lacks ${name}`);
      const zipped = strFromU8(files[`${e.id}-kit/kit.json`] ?? new Uint8Array());
      const served = readFileSync(join(dir, 'api', 'kits', `${e.id}.json`), 'utf8');
      const same = zipped && JSON.stringify(JSON.parse(zipped)) === JSON.stringify(JSON.parse(served));
      return same ? missing : [...missing, `${e.id}.zip: kit.json differs from /api/kits/${e.id}.json`];
    });
    expect(problems).toEqual([]);
  });

  it('puts in each ZIP the text its page shows', () => {
    const problems = kitEntries.flatMap((e) => {
      const files = unzip(dir, e.id);
      const md = (name: string) => strFromU8(files[`${e.id}-kit/${name}`] ?? new Uint8Array());
      const kit = JSON.parse(md('kit.json')) as KitJson;
      const html = readPage(dir, `/kits/${e.id}/`);
      const checks: [string, string, string][] = [
        ['talk title', kit.event.talkTitle, md('event.md')],
        ['short abstract', kit.event.abstractShort, md('event.md')],
        ...kit.event.outline.map((s): [string, string, string] => ['outline section', s.title, md('event.md')]),
        ...kit.socialPosts.map((p): [string, string, string] => ['social post', p.text, md('short-form.md')]),
        ...kit.emails.flatMap((m): [string, string, string][] => [
          ['email subject', m.subject, md('short-form.md')],
          ['email body', m.body, md('short-form.md')],
        ]),
      ];
      return checks.flatMap(([what, text, markdown]) => [
        ...(shows(html, text) ? [] : [`/kits/${e.id}/ does not show the ${what} "${text.slice(0, 40)}…"`]),
        ...(markdown.includes(markdownText(text)) ? [] : [`${e.id}.zip lacks the ${what} "${text.slice(0, 40)}…"`]),
      ]);
    });
    expect(problems).toEqual([]);
  });

  it('puts in each ZIP one file of every image its page offers, the widest PNG, byte for byte', () => {
    let checked = 0;
    const problems = kitEntries.flatMap((e) => {
      const files = unzip(dir, e.id);
      const zippedAssets = Object.keys(files).filter((name) => name.startsWith(`${e.id}-kit/assets/`));
      const links = downloadLinks(readPage(dir, `/kits/${e.id}/`));
      // Each image's files are named <image>-<width>w.<format>; the ZIP holds the widest PNG only.
      const widestPng = new Map<string, { href: string; fileName: string; width: number }>();
      for (const link of links) {
        const [, image = '', width = '0'] = /^(.+)-(\d+)w\.png$/u.exec(link.fileName) ?? [];
        if (!image) continue;
        const known = widestPng.get(image);
        if (!known || known.width < Number(width)) widestPng.set(image, { ...link, width: Number(width) });
      }
      const extra =
        zippedAssets.length > widestPng.size ? [`${e.id}.zip holds ${zippedAssets.length} image files for ${widestPng.size} images`] : [];
      return [...widestPng.values()]
        .flatMap(({ href, fileName }) => {
          checked += 1;
          const zipped = files[`${e.id}-kit/assets/${fileName}`];
          if (!zipped) return [`${e.id}.zip lacks assets/${fileName}`];
          const served = readFileSync(join(dir, href));
          return Buffer.compare(Buffer.from(zipped), served) === 0 ? [] : [`${e.id}.zip: assets/${fileName} differs from ${href}`];
        })
        .concat(extra);
    });
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('names nothing in a ZIP that the build leaves out', () => {
    const shownTitles = shown.map((e) => e.title);
    const leftOut = gated(entries, audience).filter((e) => e.title.length >= 16 && !shownTitles.some((t) => t.includes(e.title)));
    const leaks = kitEntries.flatMap((e) => {
      const text = Object.entries(unzip(dir, e.id))
        .filter(([name]) => /\.(md|json)$/u.test(name))
        .map(([, data]) => strFromU8(data))
        .join('\n');
      return leftOut
        .filter((g) => text.includes(g.title) || text.includes(markdownText(g.title)))
        .map((g) => `${e.id}.zip names "${g.title}" (${g.file})`);
    });
    expect(leaks).toEqual([]);
  });
});

/** Text of an HTML attribute value as the browser reads it. */
function attributeText(value: string): string {
  return value
    .replace(/&quot;|&#34;/gu, '"')
    .replace(/&#39;|&#x27;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

/** The one part of a kit page that may name internal-only customers: the sales handoff's internal list. */
function withoutInternalHandoff(html: string): string {
  return html.replace(/<section\b[^>]*\bdata-kit-internal\b[^>]*>[\s\S]*?<\/section>/gu, '');
}

describe('internal build: kits are customer-facing material', () => {
  const dir = distDirs.internal;
  const shown = published(entries, 'internal');
  const kitEntries = shown.filter((e) => e.collection === 'campaigns' || e.collection === 'solutions');
  // Every case the customer has not approved for publication, published in this build or not.
  const internalCases = entries
    .filter((e) => e.collection === 'cases' && e.audience === 'internal')
    .map((e) => ({ id: e.id, customer: String(e.data['customer'] ?? ''), file: e.file }));
  const needles = internalCases.map((c) => ({ ...c, texts: [...encodings(c.customer), `/cases/${c.id}/`] }));
  const named = (text: string) => needles.filter((n) => n.texts.some((t) => text.includes(t))).map((n) => `${n.customer} (${n.file})`);

  it('has internal-only cases this build shows, so the checks below mean something', () => {
    const published = new Set(shown.map((e) => `${e.collection}/${e.id}`));
    expect(internalCases.filter((c) => published.has(`cases/${c.id}`)).length).toBeGreaterThan(0);
  });

  it('names no internal-only customer on any kit page, whitepaper, slide deck or kit index, outside the handoff’s internal list', () => {
    const pages = readDist(dir).filter((f) => f.path.startsWith('kits/') && f.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(kitEntries.length);
    const leaks = pages.flatMap((f) => named(withoutInternalHandoff(f.text)).map((who) => `/${f.path} names ${who}`));
    expect(leaks).toEqual([]);
  });

  it('lists internal-only cases for sales on the kit page, marked internal, where a kit cites one', () => {
    const marked = kitEntries.filter((e) => /<section\b[^>]*\bdata-kit-internal\b/u.test(readPage(dir, `/kits/${e.id}/`)));
    expect(marked.length).toBeGreaterThan(0);
    for (const e of marked) {
      const internalList =
        /<section\b[^>]*\bdata-kit-internal\b[^>]*>([\s\S]*?)<\/section>/u.exec(readPage(dir, `/kits/${e.id}/`))?.[1] ?? '';
      expect(internalList).toContain('Internal, do not send');
      expect(named(internalList).length).toBeGreaterThan(0);
    }
  });

  it('names no internal-only customer on a messaging page: its proof is customer-facing', () => {
    const productIds = shown.filter((e) => e.collection === 'products').map((e) => e.id);
    expect(productIds.length).toBeGreaterThan(0);
    const leaks = productIds.flatMap((id) => named(readPage(dir, `/messaging/${id}/`)).map((who) => `/messaging/${id}/ names ${who}`));
    expect(leaks).toEqual([]);
  });

  it('names no internal-only customer in any kit JSON document', () => {
    const leaks = kitEntries.flatMap((e) =>
      named(readFileSync(join(dir, 'api', 'kits', `${e.id}.json`), 'utf8')).map((who) => `/api/kits/${e.id}.json names ${who}`),
    );
    expect(leaks).toEqual([]);
  });

  it('names no internal-only customer in any ZIP’s text files or asset names', () => {
    const assetNeedles = internalCases.flatMap((c) => [c.id, fileNameStem(c.id, c.id), fileNameStem(c.customer, c.id)]);
    const leaks = kitEntries.flatMap((e) =>
      Object.entries(unzip(dir, e.id)).flatMap(([name, data]) => [
        ...(assetNeedles.some((n) => name.includes(n)) ? [`${e.id}.zip holds ${name}`] : []),
        ...(/\.(md|json)$/u.test(name) ? named(strFromU8(data)).map((who) => `${e.id}.zip: ${name} names ${who}`) : []),
      ]),
    );
    expect(leaks).toEqual([]);
  });
});

describe.each(audiences)('%s build: kit pages', (audience) => {
  const dir = distDirs[audience];
  const kitEntries = published(entries, audience).filter((e) => e.collection === 'campaigns' || e.collection === 'solutions');

  it('lists every kit once across the paged kit index, at most 48 a page, later pages under /kits/<n>/', () => {
    const listed: string[] = [];
    let url: string | undefined = '/kits/';
    for (let n = 2; url && pageExists(dir, url); n += 1) {
      const ids = [...readPage(dir, url).matchAll(/<h3\b[^>]*>\s*<a href="\/kits\/([^/"]+)\/"/gu)].map((m) => m[1] ?? '');
      expect(ids.length, url).toBeLessThanOrEqual(48);
      listed.push(...ids);
      url = `/kits/${n}/`;
    }
    expect(listed.sort()).toEqual(kitEntries.map((e) => e.id).sort());
  });

  it('links each kit’s sales handoff to toolkit pages that exist; high-ticket ones take no query, which they would ignore', () => {
    const problems = kitEntries.flatMap((e) => {
      const html = readPage(dir, `/kits/${e.id}/`);
      return [...html.matchAll(/href="(\/toolkits\/[^"]+)"/gu)].flatMap(([, href = '']) => {
        const path = attributeText(href);
        const [pathname = ''] = path.split('?');
        return [
          ...(pageExists(dir, pathname) ? [] : [`/kits/${e.id}/ links ${path}, which is not built`]),
          ...(pathname.includes('/high-ticket/') && path.includes('?')
            ? [`/kits/${e.id}/ links ${path}: the high-ticket page has no filter`]
            : []),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('copies from each kit page the same outline event.md holds, and names its JSON link', () => {
    const problems = kitEntries.flatMap((e) => {
      const html = readPage(dir, `/kits/${e.id}/`);
      const copied = /<button\b[^>]*\bdata-copy="([^"]*)"[^>]*\baria-label="Copy as Markdown: outline with speaker notes"/u.exec(html)?.[1];
      const eventMd = strFromU8(unzip(dir, e.id)[`${e.id}-kit/event.md`] ?? new Uint8Array());
      return [
        ...(copied === undefined ? [`/kits/${e.id}/ has no outline copy button`] : []),
        ...(copied !== undefined && !eventMd.includes(`## Outline and speaker notes\n\n${attributeText(copied)}\n`)
          ? [`/kits/${e.id}/ copies an outline that event.md does not hold`]
          : []),
        ...(new RegExp(`<a\\b[^>]*href="/api/kits/${e.id}\\.json"[^>]*>Kit as JSON \\(API\\)</a>`, 'u').test(html)
          ? []
          : [`/kits/${e.id}/ lacks the "Kit as JSON (API)" link`]),
      ];
    });
    expect(problems).toEqual([]);
  });
});
