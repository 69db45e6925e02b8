import { execFileSync } from 'node:child_process';
import { parseGitLog } from '../lib/gitHistory';
import { contentRoot } from './contentRoot';

let cache: Map<string, Date> | undefined;

/** One `git log` for the whole build; a checkout without history yields an empty map. */
export function lastCommitDates(): Map<string, Date> {
  if (cache) return cache;
  try {
    const output = execFileSync('git', ['log', '--format=%x1e%cI', '--name-only', '--', contentRoot()], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    cache = parseGitLog(output);
  } catch {
    cache = new Map();
  }
  return cache;
}

export function lastUpdated(filePath: string | undefined): Date | undefined {
  return filePath ? lastCommitDates().get(filePath) : undefined;
}
