import { describe, expect, it } from 'vitest';
import { missingWordsLabel, partialMatchesNote, queryWords, splitMatches } from '../../src/lib/search/match';

describe('queryWords', () => {
  it('splits on white space, lower-cases and keeps each word once', () => {
    expect(queryWords('  Meridian   mutual MERIDIAN ')).toEqual(['meridian', 'mutual']);
  });

  it('drops punctuation-only tokens but keeps words with punctuation and Chinese', () => {
    expect(queryWords('SOC-2 – 分类分级 & e.g.')).toEqual(['soc-2', '分类分级', 'e.g.']);
  });

  it('has no words for an empty or blank query', () => {
    expect(queryWords('')).toEqual([]);
    expect(queryWords(' … ')).toEqual([]);
  });
});

describe('splitMatches', () => {
  const results = ['a', 'b', 'c', 'd'];
  const ids = new Map([
    ['audit', new Set(['a', 'b', 'd'])],
    ['evidence', new Set(['b', 'c', 'd'])],
  ]);

  it('keeps results holding every word, in order, and lists the others with the words they lack', () => {
    expect(splitMatches(results, (r) => r, ['audit', 'evidence'], ids)).toEqual({
      full: ['b', 'd'],
      partial: [
        { result: 'a', missing: ['evidence'] },
        { result: 'c', missing: ['audit'] },
      ],
    });
  });

  it('matches nothing fully when a word is not in the index at all', () => {
    const split = splitMatches(results, (r) => r, ['audit', 'meridian'], ids);
    expect(split.full).toEqual([]);
    expect(split.partial.map((p) => p.missing)).toEqual([['meridian'], ['meridian'], ['audit', 'meridian'], ['meridian']]);
  });

  it('puts every result in the full list for a one-word query the index answered', () => {
    expect(splitMatches(['a', 'b'], (r) => r, ['audit'], ids).partial).toEqual([]);
  });
});

describe('missingWordsLabel', () => {
  it('names one, two or more missing words', () => {
    expect(missingWordsLabel(['mutual'])).toBe('without “mutual”');
    expect(missingWordsLabel(['meridian', 'mutual'])).toBe('without “meridian” and “mutual”');
    expect(missingWordsLabel(['a', 'b', 'c'])).toBe('without “a”, “b” and “c”');
  });
});

describe('partialMatchesNote', () => {
  it('says nothing without partial matches and counts them otherwise', () => {
    expect(partialMatchesNote(0)).toBe('');
    expect(partialMatchesNote(1)).toBe(' 1 partial match lacks a word of the search.');
    expect(partialMatchesNote(57)).toBe(' 57 partial matches lack a word of the search.');
  });
});
