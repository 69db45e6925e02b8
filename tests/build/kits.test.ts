/**
 * Every published campaign and solution has its kit (page, print-ready whitepaper, slide deck and
 * ZIP), every published product its messaging page; each ZIP opens and holds what its page shows,
 * and nothing a build leaves out reaches a ZIP (whose compressed text the other scans cannot read).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { markdownText } from '../../src/lib/kits/markdown';
import type { Audience } from './support/content';
import { gated, loadContent, published } from './support/content';
import { distDirs, encodings, pageExists, readPage } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'public'];

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
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]+)"[^>]*\bdownload="([^"]+)"/gu)]
    .map(([, href = '', fileName = '']) => ({ href, fileName }))
    .filter((link) => !link.href.endsWith('.zip'));
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
      const expected = ['README.md', 'messaging.md', 'whitepaper.md', 'event.md', 'slides.md', 'short-form.md', 'sales-handoff.md', 'kit.json'];
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

  it('puts in each ZIP every image file its page offers, byte for byte', () => {
    let checked = 0;
    const problems = kitEntries.flatMap((e) => {
      const files = unzip(dir, e.id);
      return downloadLinks(readPage(dir, `/kits/${e.id}/`)).flatMap(({ href, fileName }) => {
        checked += 1;
        const zipped = files[`${e.id}-kit/assets/${fileName}`];
        if (!zipped) return [`${e.id}.zip lacks assets/${fileName}`];
        const served = readFileSync(join(dir, href));
        return Buffer.compare(Buffer.from(zipped), served) === 0 ? [] : [`${e.id}.zip: assets/${fileName} differs from ${href}`];
      });
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
      return leftOut.filter((g) => text.includes(g.title) || text.includes(markdownText(g.title))).map((g) => `${e.id}.zip names "${g.title}" (${g.file})`);
    });
    expect(leaks).toEqual([]);
  });
});
