/** The YAML between the opening `---` line and the closing one, or undefined without frontmatter. */
export function frontmatterOf(source: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/u.exec(source);
  return match?.[1];
}

/** Visits every value of parsed frontmatter with its field path, e.g. `metrics[0].value`. */
export function walkValues(value: unknown, path: string, visit: (value: unknown, field: string) => void): void {
  visit(value, path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkValues(item, `${path}[${i}]`, visit));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, child] of Object.entries(value)) walkValues(child, path ? `${path}.${key}` : key, visit);
  }
}
