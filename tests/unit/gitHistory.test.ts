import { describe, expect, it } from 'vitest';
import { latestCommitDates, parseApprovalLog, parseCommitLog } from '../../src/lib/gitHistory';

const log = [
  '\x1eaaa111\x1f2026-11-20T10:00:00+00:00\x1fCase: Harbor Pine figures re-confirmed\n\nsrc/content/cases/a/index.md\nsrc/content/products/p.md\n',
  '\x1ebbb222\x1f2026-10-01T09:00:00+00:00\x1fUpdate index.md\n\nsrc/content/cases/a/index.md\nsrc/content/rfp/r.md\n',
].join('');

describe('parseCommitLog', () => {
  it('reads each commit’s hash, date, subject and files, newest first', () => {
    expect(parseCommitLog(log)).toEqual([
      {
        hash: 'aaa111',
        date: new Date('2026-11-20T10:00:00Z'),
        subject: 'Case: Harbor Pine figures re-confirmed',
        files: ['src/content/cases/a/index.md', 'src/content/products/p.md'],
      },
      {
        hash: 'bbb222',
        date: new Date('2026-10-01T09:00:00Z'),
        subject: 'Update index.md',
        files: ['src/content/cases/a/index.md', 'src/content/rfp/r.md'],
      },
    ]);
  });

  it('yields nothing for an empty history or unreadable dates', () => {
    expect(parseCommitLog('')).toEqual([]);
    expect(parseCommitLog('\x1eccc\x1fnot-a-date\x1fx\nsrc/content/x.md\n')).toEqual([]);
  });
});

describe('latestCommitDates', () => {
  it('keeps the newest commit date per file', () => {
    const dates = latestCommitDates(parseCommitLog(log));
    expect(dates.get('src/content/cases/a/index.md')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('src/content/rfp/r.md')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
    expect(dates.size).toBe(3);
  });
});

describe('parseApprovalLog', () => {
  it('pairs each commit with the files whose approval it changed', () => {
    const changes = parseApprovalLog(
      '\x1eaaa111\n\nsrc/content/cases/a/index.md\n\x1ebbb222\n\nsrc/content/rfp/r.md\nsrc/content/products/p.md\n',
    );
    expect([...changes]).toEqual([
      'aaa111 src/content/cases/a/index.md',
      'bbb222 src/content/rfp/r.md',
      'bbb222 src/content/products/p.md',
    ]);
  });
});
