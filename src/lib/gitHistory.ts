/**
 * The content's history as git records it: "last updated" and "what changed" come from commits,
 * never from a field someone must remember to change. Parsers take the text of `git log` so the
 * rules are tested on histories written in the test, not on this repository's own.
 */

/** One commit that touched content, with the repository-relative paths it touched. */
export interface ContentCommit {
  hash: string;
  date: Date;
  /** The first line of the commit message. */
  subject: string;
  files: string[];
}

export interface ContentHistory {
  /** Newest first, as `git log` lists them. */
  commits: ContentCommit[];
  /**
   * `<hash> <path>` of every commit that added or removed a `status: approved` line in that file:
   * the moments an entry became approved, or stopped being approved.
   */
  approvalChanges: Set<string>;
}

/** The `git log` arguments whose output {@link parseCommitLog} reads. */
export const commitLogFormat = ['--no-renames', '--format=%x1e%H%x1f%cI%x1f%s', '--name-only'] as const;
/** The `git log` arguments whose output {@link parseApprovalLog} reads. */
export const approvalLogFormat = ['--no-renames', '--format=%x1e%H', '--name-only', '-G^status:[[:space:]]*approved'] as const;

export function parseCommitLog(output: string): ContentCommit[] {
  const commits: ContentCommit[] = [];
  for (const record of output.split('\x1e')) {
    const [header, ...files] = record.trim().split('\n');
    if (!header) continue;
    const [hash = '', isoDate = '', subject = ''] = header.split('\x1f');
    const date = new Date(isoDate.trim());
    if (!hash || Number.isNaN(date.getTime())) continue;
    commits.push({ hash: hash.trim(), date, subject: subject.trim(), files: files.map((f) => f.trim()).filter(Boolean) });
  }
  return commits;
}

export function parseApprovalLog(output: string): Set<string> {
  const changes = new Set<string>();
  for (const record of output.split('\x1e')) {
    const [hash, ...files] = record.trim().split('\n');
    if (!hash) continue;
    for (const file of files) if (file.trim()) changes.add(`${hash.trim()} ${file.trim()}`);
  }
  return changes;
}

/** Path → date of the newest commit that touched it. */
export function latestCommitDates(commits: readonly ContentCommit[]): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const commit of commits) for (const path of commit.files) if (!latest.has(path)) latest.set(path, commit.date);
  return latest;
}
