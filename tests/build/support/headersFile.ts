/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line starting in column one is a
 * path pattern, the indented `Name: value` lines under it are the headers sent for it, `#` starts
 * a comment.
 */
export interface HeadersRule {
  pattern: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const [index, line] of text.split(/\r?\n/u).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/u.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value" header: ${line}`);
    rule.headers[match[1]!] = match[2]!;
  }
  return rules;
}

/** The directives of a Content-Security-Policy, each with its sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
