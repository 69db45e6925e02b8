import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../src/lib/text/wordCount';

describe('countWords: English', () => {
  it('counts words separated by any whitespace', () => {
    expect(countWords('Kestrel Pulse gives teams one view.')).toBe(6);
    expect(countWords('  one\ttwo\n\nthree  ')).toBe(3);
  });

  it('counts numbers and hyphenated or apostrophised words as one word each', () => {
    expect(countWords('More than 600 companies use real-time Pulse')).toBe(7);
    expect(countWords("The board's number")).toBe(3);
    expect(countWords('Renews on 2026-06-30 - or later')).toBe(5);
  });

  it('does not count punctuation standing alone', () => {
    expect(countWords('Fast — and trusted ( really ) !')).toBe(4);
  });

  it('is zero for empty or blank copy', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('countWords: scripts without spaces', () => {
  it('counts Chinese words, not characters and not whole runs', () => {
    expect(countWords('一个 收入 数字')).toBe(3);
    expect(countWords('财务团队')).toBe(2);
    expect(countWords('Kestrel Pulse 让财务团队')).toBe(2 + 3);
    expect(countWords('用Kestrel分析')).toBe(3);
  });

  it('counts a faithful Chinese translation about as the English', () => {
    const english = 'Kestrel Pulse gives finance teams one trusted revenue number every morning.';
    const chinese = 'Kestrel Pulse 每天早上为财务团队提供一个可信的收入数字。';
    expect(countWords(english)).toBe(11);
    expect(countWords(chinese)).toBeGreaterThanOrEqual(9);
    expect(countWords(chinese)).toBeLessThanOrEqual(14);
    expect(countWords(chinese)).toBeLessThan([...chinese].length - 8);
  });

  it('counts Japanese and Thai words', () => {
    expect(countWords('ยินดีต้อนรับสู่ตลาด')).toBe(4);
    expect(countWords('東京で会いましょう')).toBeGreaterThanOrEqual(3);
    expect(countWords('東京で会いましょう')).toBeLessThan(9);
  });

  it('does not count full-width punctuation', () => {
    expect(countWords('你好，世界。')).toBe(2);
    expect(countWords('“收入”')).toBe(1);
  });
});

describe('countWords and countCharacters: emoji', () => {
  it('counts an emoji as a word, a joined or modified emoji once', () => {
    expect(countWords('🚀 Launch day 🎉')).toBe(4);
    expect(countWords('👨‍👩‍👧 👍🏽 🇯🇵')).toBe(3);
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
