/**
 * Every approved, current entry has its page at its stable URL: in the internal build (dist/) all of
 * them, in the partner build (dist-partner/) the public ones, in the customer's library
 * (dist-public/) the public ones of the collections a customer reads.
 */
import { describe, expect, it } from 'vitest';
import type { Audience, ContentEntry } from './support/content';
import { buildDay, collections, loadContent, withPages } from './support/content';
import { distDirs, pageExists, readPage } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

function h1Text(html: string): string | undefined {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(html);
  if (!match) return undefined;
  return (match[1] ?? '')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/&quot;|&#34;/gu, '"')
    .replace(/&#39;|&#x27;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/\s+/gu, ' ')
    .trim();
}

const where = (e: ContentEntry) => `${e.url} (${e.file})`;

describe.each(audiences)('%s build', (audience) => {
  const dir = distDirs[audience];
  const expected = withPages(entries, audience);

  it('has content to publish', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  describe.each([...collections])('%s', (collection) => {
    const list = expected.filter((e) => e.collection === collection);

    if (audience === 'internal') {
      it(`has an entry published on the suite's day, ${buildDay()}`, () => {
        // Otherwise this collection's tests, here and in the browser, would pass on nothing.
        expect(list.map(where), 'move the sample’s review-by dates past the suite’s day').not.toEqual([]);
      });
    }

    it('every published entry has its page at its stable URL', () => {
      expect(list.filter((e) => !pageExists(dir, e.url)).map(where)).toEqual([]);
    });

    it('each page is headed with its entry title', () => {
      const wrong = list
        .filter((e) => pageExists(dir, e.url))
        .map((e) => ({ at: where(e), title: e.title, h1: h1Text(readPage(dir, e.url)) }))
        .filter((p) => !p.h1?.includes(p.title));
      expect(wrong).toEqual([]);
    });
  });
});
