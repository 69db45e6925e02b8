import { describe, expect, it } from 'vitest';
import { truncate } from '../../src/lib/text/truncate';

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('Time to value', 18)).toBe('Time to value');
    expect(truncate('👨‍👩‍👧 family plan', 13)).toBe('👨‍👩‍👧 family plan');
  });

  it('cuts to the limit, ending in an ellipsis', () => {
    expect(truncate('Total cost of ownership', 18)).toBe('Total cost of own…');
    expect([...new Intl.Segmenter().segment(truncate('Total cost of ownership', 18))]).toHaveLength(18);
  });

  it('never cuts inside an emoji, a flag or an accented letter', () => {
    expect(truncate('Support 🧑🏽‍💻🧑🏽‍💻🧑🏽‍💻', 10)).toBe('Support 🧑🏽‍💻…');
    expect(truncate('Markets 🇯🇵🇩🇪🇧🇷', 10)).toBe('Markets 🇯🇵…');
    expect(truncate('Cafe\u0301 cafe\u0301 cafe\u0301', 6)).toBe('Cafe\u0301…');
  });
});
