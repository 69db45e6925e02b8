import { execFileSync } from 'node:child_process';
import type { ContentHistory } from '../lib/gitHistory';
import { approvalLogFormat, commitLogFormat, latestCommitDates, parseApprovalLog, parseCommitLog } from '../lib/gitHistory';
import { contentRoot } from './contentRoot';

let history: ContentHistory | undefined;
let dates: Map<string, Date> | undefined;

function gitLog(args: readonly string[]): string {
  return execFileSync('git', ['log', ...args, '--', contentRoot()], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/**
 * The content's commits, read once per build with two `git log` calls; a checkout without history
 * yields none. A shallow clone knows only its own commits: build from a full clone (in CI, fetch the
 * whole history) for "What changed" to be complete.
 */
export function contentHistory(): ContentHistory {
  if (history) return history;
  try {
    history = { commits: parseCommitLog(gitLog(commitLogFormat)), approvalChanges: parseApprovalLog(gitLog(approvalLogFormat)) };
  } catch {
    history = { commits: [], approvalChanges: new Set() };
  }
  return history;
}

export function lastUpdated(filePath: string | undefined): Date | undefined {
  dates ??= latestCommitDates(contentHistory().commits);
  return filePath ? dates.get(filePath) : undefined;
}
