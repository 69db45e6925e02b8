import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/gitHistory';

describe('parseGitLog', () => {
  it('keeps the newest commit date per file from newest-first log output', () => {
    const output = [
      '\x1e2026-11-20T10:00:00+00:00\n\nsrc/content/cases/a/index.md\nsrc/content/products/p.md\n',
      '\x1e2026-10-01T09:00:00+00:00\n\nsrc/content/cases/a/index.md\nsrc/content/rfp/r.md\n',
    ].join('');
    const dates = parseGitLog(output);
    expect(dates.get('src/content/cases/a/index.md')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('src/content/rfp/r.md')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(dates.size).toBe(3);
  });

  it('yields nothing for an empty history or unreadable dates', () => {
    expect(parseGitLog('').size).toBe(0);
    expect(parseGitLog('\x1enot-a-date\nsrc/content/x.md\n').size).toBe(0);
  });
});
