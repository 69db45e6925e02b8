/**
 * The repository's CODEOWNERS file, read the way GitHub reads it, so `npm run validate` can tell
 * when an entry's `owner` would not be asked to review a pull request that changes the entry.
 *
 * Entries name their owner as people write it ("Mei Chen" or "mei.chen@example.com"), while
 * CODEOWNERS lists GitHub @handles, teams and e-mail addresses. A comment line `# owners: Mei Chen,
 * Jonas Weber` directly above a rule gives the names its @handles and teams go by in entries.
 */

export interface CodeownersRule {
  pattern: string;
  /** @handles, @org/teams and e-mail addresses, as written. */
  owners: string[];
  /** Names from the `# owners:` comment above the rule. */
  ownerNames: string[];
  /** Line in the file, counted from 1. */
  line: number;
}

const OWNER_NAMES = /^#\s*owners?:\s*(.+)$/iu;

export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  let names: string[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const line = raw.trim();
    const named = OWNER_NAMES.exec(line);
    if (named?.[1]) {
      names = named[1]
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      return;
    }
    if (line === '' || line.startsWith('#')) {
      if (line === '') names = [];
      return;
    }
    const [pattern = '', ...owners] = line.split(/\s+/u);
    rules.push({ pattern: pattern.replaceAll('\\#', '#'), owners, ownerNames: names, line: index + 1 });
    names = [];
  });
  return rules;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A CODEOWNERS pattern as a regular expression over repository paths (no leading slash), after
 * gitignore's rules as GitHub applies them: a pattern with a slash other than at its end is anchored
 * at the root, one without matches at any depth; a trailing slash or a directory matches all below.
 */
function patternExpression(pattern: string): RegExp {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  let body = pattern.replace(/^\//u, '');
  const directoryOnly = body.endsWith('/');
  body = body.replace(/\/$/u, '');
  let source = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] ?? '';
    if (char === '*' && body[i + 1] === '*') {
      // `**/` any leading folders, `/**` everything below, `**` alone anything.
      if (body[i + 2] === '/') {
        source += '(?:.*/)?';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += escapeRegExp(char);
  }
  const prefix = anchored ? '^' : '^(?:.*/)?';
  const suffix = directoryOnly ? '/.*$' : '(?:/.*)?$';
  return new RegExp(prefix + source + suffix, 'u');
}

/** The rule that decides who owns `path` (relative to the repository root): the last one matching. */
export function ruleFor(rules: readonly CodeownersRule[], path: string): CodeownersRule | undefined {
  const file = path.replace(/^\.?\//u, '');
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule && patternExpression(rule.pattern).test(file)) return rule;
  }
  return undefined;
}

function sameOwner(a: string, b: string): boolean {
  const plain = (name: string) => name.trim().replace(/^@/u, '').normalize('NFC').toLocaleLowerCase('en');
  return plain(a) === plain(b);
}

/** Whether the rule governing `path` asks `owner` (as an entry names them) to review changes to it. */
export function isCodeOwner(rules: readonly CodeownersRule[], path: string, owner: string): boolean {
  const rule = ruleFor(rules, path);
  return rule !== undefined && [...rule.owners, ...rule.ownerNames].some((known) => sameOwner(known, owner));
}

export interface UncoveredOwner {
  owner: string;
  /** The owner's entry files no CODEOWNERS rule assigns to them, in the order given. */
  files: string[];
}

/** Owners with entries whose CODEOWNERS rule does not name them, each once with their files. */
export function uncoveredOwners(rules: readonly CodeownersRule[], entries: readonly { owner: string; file: string }[]): UncoveredOwner[] {
  const byOwner = new Map<string, string[]>();
  for (const { owner, file } of entries) {
    if (isCodeOwner(rules, file, owner)) continue;
    const files = byOwner.get(owner);
    if (files) files.push(file);
    else byOwner.set(owner, [file]);
  }
  return [...byOwner].map(([owner, files]) => ({ owner, files }));
}
