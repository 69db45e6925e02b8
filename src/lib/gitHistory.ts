/**
 * "Last updated" comes from git, never from a field someone must remember to change.
 * Parses `git log --format=%x1e%cI --name-only` (newest first) into path → latest commit date.
 */
export function parseGitLog(output: string): Map<string, Date> {
  const latest = new Map<string, Date>();
  for (const record of output.split('\x1e')) {
    const [dateLine, ...files] = record.trim().split('\n');
    if (!dateLine) continue;
    const date = new Date(dateLine.trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files) {
      const path = file.trim();
      if (path && !latest.has(path)) latest.set(path, date);
    }
  }
  return latest;
}
