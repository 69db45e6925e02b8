import { describe, expect, it } from 'vitest';
import { excerptParts, formatReviewDate, resultCount, searchHit } from '../../src/lib/search/result';

describe('excerpts', () => {
  it('splits highlighted words from plain text', () => {
    expect(excerptParts('Cut <mark>forecast</mark> prep to <mark>two</mark> hours')).toEqual([
      { text: 'Cut ', highlighted: false },
      { text: 'forecast', highlighted: true },
      { text: ' prep to ', highlighted: false },
      { text: 'two', highlighted: true },
      { text: ' hours', highlighted: false },
    ]);
  });

  it('never turns page text into markup', () => {
    // Pagefind escapes the page's own angle brackets; they come back as text, tags and all.
    const parts = excerptParts('Use &lt;script&gt; tags and &lt;mark&gt; <mark>safely</mark> &amp; more');
    expect(parts).toEqual([
      { text: 'Use <script> tags and <mark> ', highlighted: false },
      { text: 'safely', highlighted: true },
      { text: ' &amp; more', highlighted: false },
    ]);
  });

  it('merges adjacent highlights of a Chinese phrase', () => {
    expect(excerptParts('完成<mark>分类</mark><mark>分级</mark>')).toEqual([
      { text: '完成', highlighted: false },
      { text: '分类分级', highlighted: true },
    ]);
  });
});

describe('result cards', () => {
  it('reads the meta the pages declare', () => {
    const hit = searchHit({
      url: '/cases/harbor-pine/',
      excerpt: '<mark>Harbor</mark> &amp; Pine',
      meta: {
        title: 'Harbor & Pine closes faster',
        type: 'Customer case',
        product: 'Kestrel Pulse',
        status: 'Approved',
        reviewBy: '2027-06-30',
        lang: 'en',
      },
    });
    expect(hit).toMatchObject({
      url: '/cases/harbor-pine/',
      title: 'Harbor & Pine closes faster',
      type: 'Customer case',
      product: 'Kestrel Pulse',
      status: 'Approved',
      reviewBy: '2027-06-30',
      lang: 'en',
    });
  });

  it('carries the query words a partial match lacks', () => {
    expect(searchHit({ url: '/x/', excerpt: '', meta: {} }).missing).toEqual([]);
    expect(searchHit({ url: '/x/', excerpt: '', meta: {} }, ['mutual']).missing).toEqual(['mutual']);
  });

  it('falls back to the URL when a page has no title', () => {
    expect(searchHit({ url: '/x/', excerpt: '', meta: {} }).title).toBe('/x/');
  });

  it('counts results in words', () => {
    expect([0, 1, 2].map(resultCount)).toEqual(['0 results', '1 result', '2 results']);
  });

  it('writes review dates unambiguously', () => {
    expect(formatReviewDate('2027-06-30')).toBe('30 Jun 2027');
    expect(formatReviewDate('soon')).toBe('soon');
  });
});

describe('a result card of a case', () => {
  const base = { url: '/cases/x/', excerpt: 'x', meta: { title: 'X closes faster' } };

  it('says whom the result is for', () => {
    expect(searchHit({ ...base, meta: { ...base.meta, audience: 'internal' } }).audience).toBe('internal');
    expect(searchHit({ ...base, meta: { ...base.meta, audience: 'public' } }).audience).toBe('public');
    expect(searchHit(base).audience).toBeUndefined();
  });

  it('copies for email only what the build wrote, in the shape it writes', () => {
    const email = { text: 'X closes faster', html: '<p>X</p>', anonymised: true };
    expect(searchHit({ ...base, meta: { ...base.meta, email: JSON.stringify(email) } }).email).toEqual(email);
    expect(searchHit({ ...base, meta: { ...base.meta, email: '{"text": 1}' } }).email).toBeUndefined();
    expect(searchHit({ ...base, meta: { ...base.meta, email: 'not json' } }).email).toBeUndefined();
  });
});
