/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line starting in column one is a
 * path pattern, the indented `Name: value` lines under it are the headers sent for it, an indented
 * `! Name` detaches a header an earlier rule set (Cloudflare Pages), `#` starts a comment.
 */
export interface HeadersRule {
  pattern: string;
  headers: Record<string, string>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const [index, line] of text.split(/\r?\n/u).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), headers: {}, detach: [] });
      continue;
    }
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/u.exec(line);
    if (detached && rules.length > 0) {
      rules.at(-1)!.detach.push(detached[1]!);
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/u.exec(line);
    const rule = rules.at(-1);
    if (!match || !rule) throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value" header: ${line}`);
    rule.headers[match[1]!] = match[2]!;
  }
  return rules;
}

/** Whether a rule's pattern (`/*`, `/admin/*`, `/exact/path`) covers a path. */
function covers(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/**
 * The headers a host sends for one path: every rule that covers it, in file order, a detach
 * removing what came before it. (Two rules setting one header would send both; the file never does.)
 */
export function headersForPath(rules: HeadersRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((r) => covers(r.pattern, path))) {
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in headers)
        throw new Error(
          `_headers sets ${name} twice for ${path} (rules ${rule.pattern} and an earlier one): detach it first with "! ${name}".`,
        );
      headers[name] = value;
    }
  }
  return headers;
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
