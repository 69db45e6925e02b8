import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../src/lib/wordCount';

describe('countWords: English', () => {
  it('counts words separated by any whitespace', () => {
    expect(countWords('Kestrel Pulse gives teams one view.')).toBe(6);
    expect(countWords('  one\ttwo\n\nthree  ')).toBe(3);
  });

  it('counts numbers and hyphenated or apostrophised words as one word each', () => {
    expect(countWords('More than 600 companies use real-time Pulse')).toBe(7);
    expect(countWords("The board's number")).toBe(3);
  });

  it('does not count punctuation standing alone', () => {
    expect(countWords('Fast — and trusted ( really ) !')).toBe(4);
  });

  it('is zero for empty or blank copy', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('countWords: Chinese', () => {
  it('counts each Han character as a word', () => {
    expect(countWords('产品营销是中台')).toBe(7);
    expect(countWords('一个 收入 数字')).toBe(6);
  });

  it('does not count full-width punctuation', () => {
    expect(countWords('你好，世界。')).toBe(4);
    expect(countWords('“收入”')).toBe(2);
  });
});

describe('countWords: mixed scripts', () => {
  it('adds Latin words and Han characters', () => {
    expect(countWords('Kestrel Pulse 让财务团队')).toBe(2 + 5);
    expect(countWords('用Kestrel分析')).toBe(3 + 1);
    expect(countWords('营收增长38%')).toBe(4 + 1);
  });
});

describe('countWords and countCharacters: emoji', () => {
  it('does not count an emoji on its own as a word', () => {
    expect(countWords('🚀 Launch day 🎉')).toBe(2);
  });

  it('counts an emoji as one character, not as its two UTF-16 units', () => {
    expect('🚀'.length).toBe(2);
    expect(countCharacters('🚀')).toBe(1);
    expect(countCharacters('Go 🚀!')).toBe(5);
  });

  it('counts by code point, so a modifier or joined emoji counts as several', () => {
    expect(countCharacters('👍🏽')).toBe(2);
    expect(countCharacters('👨‍👩‍👧')).toBe(5);
  });

  it('counts Han characters once each', () => {
    expect(countCharacters('中台')).toBe(2);
    expect(countCharacters('𠀀')).toBe(1);
  });
});
