/**
 * Training in the three builds: a learning path with every module and a certificate per product in
 * the staff and partner builds, compiled from what each build may show; nothing of it in the
 * customer's library, its links or its search index.
 */
import { describe, expect, it } from 'vitest';
import { trainingModuleCopy, trainingModuleIds } from '../../src/lib/training/learningPath';
import type { Audience } from './support/content';
import { gated, loadContent, published } from './support/content';
import { distDirs, filesContaining, pageExists, readDist } from './support/dist';

const entries = loadContent();
const taughtCollections = ['messaging', 'value-props', 'personas', 'objections', 'competitors', 'cases'];
/** Text only a taught entry holds, long enough never to be found by chance. */
const ownText = (e: (typeof entries)[number]): string[] =>
  [e.data['response'], e.data['capability'], e.data['elevatorPitch'], e.data['summary']].filter(
    (t): t is string => typeof t === 'string' && t.length > 30,
  );

describe.each<Exclude<Audience, 'public'>>(['internal', 'partner'])('the %s build', (audience) => {
  const dir = distDirs[audience];
  const training = () => readDist(dir).filter((f) => f.path.startsWith('training/'));

  it('has a learning path for every product, each module and a certificate, and the training index', () => {
    const products = published(entries, audience).filter((e) => e.collection === 'products');
    expect(products.length).toBeGreaterThan(1);
    expect(pageExists(dir, '/training/')).toBe(true);
    for (const product of products) {
      const pages = [
        `/training/${product.id}/`,
        `/training/${product.id}/certificate/`,
        ...trainingModuleIds.map((id) => `/training/${product.id}/${trainingModuleCopy[id].slug}/`),
      ];
      for (const page of pages) expect(pageExists(dir, page), page).toBe(true);
    }
  });

  it('names an approved source, with a link, under every question', () => {
    const pages = training().filter((f) => f.path.endsWith('.html'));
    const questions = pages.reduce((n, f) => n + (f.text.match(/<form[^>]*data-question=/gu) ?? []).length, 0);
    const sources = pages.flatMap((f) =>
      [...f.text.matchAll(/class="tr-question__source"[^]*?<a href="([^"]+)"/gu)].map((m) => m[1] as string),
    );
    expect(questions).toBeGreaterThan(20);
    expect(sources).toHaveLength(questions);
    for (const href of new Set(sources)) expect(pageExists(dir, href), href).toBe(true);
  });

  it('teaches nothing this build leaves out', () => {
    const files = training();
    const left = gated(entries, audience).filter((e) => taughtCollections.includes(e.collection) && ownText(e).length > 0);
    // The sample holds drafts, entries in review and (for partners) internal entries of these kinds.
    expect(left.length).toBeGreaterThan(0);
    const leaks = left.flatMap((e) =>
      ownText(e).flatMap((text) => filesContaining(files, text).map((path) => `${path}: ${e.file} (${e.status}, ${e.audience})`)),
    );
    expect(leaks).toEqual([]);
  });
});

describe('internal entries in training', () => {
  it('are taught to staff and never to partners', () => {
    const internalObjections = published(entries, 'internal').filter((e) => e.collection === 'objections' && e.audience === 'internal');
    expect(internalObjections.length).toBeGreaterThan(0);
    const taught = (audience: 'internal' | 'partner') =>
      internalObjections.filter(
        (e) =>
          filesContaining(
            readDist(distDirs[audience]).filter((f) => f.path.startsWith('training/')),
            String(e.data['response']),
          ).length > 0,
      );
    expect(taught('internal').length).toBeGreaterThan(0);
    expect(taught('partner')).toEqual([]);
  });
});

describe('the public build', () => {
  it('has no training page, link or search record', () => {
    const files = readDist(distDirs.public);
    expect(pageExists(distDirs.public, '/training/')).toBe(false);
    expect(files.filter((f) => f.path.startsWith('training/')).map((f) => f.path)).toEqual([]);
    expect(files.filter((f) => f.text.includes('/training/')).map((f) => f.path)).toEqual([]);
  });
});
