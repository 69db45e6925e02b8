import { LineCounter, parseDocument, visit } from 'yaml';

/** A `*name` where YAML expects a value: at a line start, after `: `, `- `, `? `, `[`, `{` or `,`. */
const ALIAS_LIKE = /(?:^|[\s[{,])\*[^\s,[\]{}]/mu;

/**
 * Where a frontmatter uses a YAML alias (`*name`, also in `<<: *name`), as "line N: *name" with lines
 * counted in the entry file, each once. A handful of nested aliases expand to billions of values in whatever
 * walks the parsed data (the date check, JSON serialisation of MDX frontmatter), so aliases are
 * refused before anything parses the frontmatter. Content never needs them: repeat the value.
 * A cheap text scan lets almost every file skip the parse; a real parse decides for the rest, so
 * an asterisk inside a quoted string is not mistaken for an alias.
 */
export function yamlAliases(frontmatter: string): string[] {
  if (!ALIAS_LIKE.test(frontmatter)) return [];
  const lines = new LineCounter();
  // The parse builds nodes without resolving aliases, so it stays linear in the text's size.
  const doc = parseDocument(frontmatter, { lineCounter: lines, prettyErrors: false });
  const found = new Set<string>();
  visit(doc, {
    Alias(_key, node) {
      const start = node.range?.[0] ?? 0;
      // Line 1 of the file is the opening `---`.
      found.add(`line ${lines.linePos(start).line + 1}: *${node.source}`);
    },
  });
  return [...found];
}
