/**
 * Nothing a build must leave out reaches it: no page, no link, no title anywhere in the output
 * (HTML, JSON, JS, text, and the Pagefind index). For the internal build that is drafts, entries in
 * review, retired entries and entries past their review-by day; the public build also leaves out
 * every internal entry and all pricing notes.
 */
import { describe, expect, it } from 'vitest';
import type { Audience, ContentEntry } from './support/content';
import { buildDay, gated, gateReasons, loadContent, published } from './support/content';
import { distDirs, filesContaining, filesWithElementText, pageExists, readDist } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

/** Titles this short are common words ("Retail"); they are only checked as whole element text. */
const SHORT_TITLE = 16;

describe.each(audiences)('%s build leaves gated entries out', (audience) => {
  const dir = distDirs[audience];
  const shown = published(entries, audience);
  const shownUrls = new Set(shown.map((e) => e.url));
  const shownTitles = shown.map((e) => e.title);
  const leftOut = gated(entries, audience);
  const describeEntry = (e: ContentEntry) => `${e.file} [${gateReasons(e, audience).join(', ')}]`;

  it(`knows what to leave out on ${buildDay()}`, () => {
    // The sample content has gated entries of every kind; an empty list means the test tests nothing.
    expect(leftOut.length).toBeGreaterThan(0);
  });

  it('has no page at a gated entry URL', () => {
    const found = leftOut.filter((e) => !shownUrls.has(e.url) && pageExists(dir, e.url));
    expect(found.map((e) => `${e.url} from ${describeEntry(e)}`)).toEqual([]);
  });

  it('links nowhere to a gated entry', () => {
    const files = readDist(dir);
    const found = leftOut
      .filter((e) => !shownUrls.has(e.url))
      .flatMap((e) => filesContaining(files, `${e.url}"`).map((f) => `${f} links ${e.url} (${describeEntry(e)})`));
    expect(found).toEqual([]);
  });

  it('shows no gated entry title anywhere', () => {
    const files = readDist(dir);
    const found = leftOut
      // A title also used by a published entry cannot tell the two apart.
      .filter((e) => e.title && !shownTitles.some((t) => t.includes(e.title)))
      .flatMap((e) => {
        const hits = e.title.length >= SHORT_TITLE ? filesContaining(files, e.title) : filesWithElementText(files, e.title);
        return hits.map((f) => `${f} shows "${e.title}" (${describeEntry(e)})`);
      });
    expect(found).toEqual([]);
  });
});

describe('public build', () => {
  const dir = distDirs.public;

  it('leaves out every internal entry', () => {
    const internal = entries.filter((e) => e.audience === 'internal');
    expect(internal.length, 'the sample content has internal entries').toBeGreaterThan(0);
    expect(internal.filter((e) => pageExists(dir, e.url)).map((e) => `${e.url} (${e.file})`)).toEqual([]);
  });

  it('contains no pricing notes', () => {
    const files = readDist(dir);
    const notes = entries
      .filter((e) => e.collection === 'products' && typeof e.data['pricingNotes'] === 'string')
      .map((e) => ({ file: e.file, text: String(e.data['pricingNotes']).trim() }));
    expect(notes.length, 'the sample products carry pricing notes').toBeGreaterThan(0);
    const found = notes.flatMap((n) => {
      // The whole note, and its first sentence in case markup splits the rest.
      const firstSentence = n.text.split(/(?<=[.;!?])\s/u)[0] ?? n.text;
      return [...new Set([n.text, firstSentence])].flatMap((t) =>
        filesContaining(files, t).map((f) => `${f} has pricing notes of ${n.file}`),
      );
    });
    expect(found).toEqual([]);
  });

  it('does show pricing notes in the internal build, so the check above can fail', () => {
    const files = readDist(distDirs.internal);
    const note = entries.find(
      (e) => e.collection === 'products' && typeof e.data['pricingNotes'] === 'string' && gateReasons(e, 'internal').length === 0,
    );
    expect(note, 'a published product with pricing notes').toBeDefined();
    const first =
      String(note?.data['pricingNotes'])
        .trim()
        .split(/(?<=[.;!?])\s/u)[0] ?? '';
    expect(filesContaining(files, first).length).toBeGreaterThan(0);
  });
});
