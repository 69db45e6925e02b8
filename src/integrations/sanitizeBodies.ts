import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Nodes, Properties, Root } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import type { EstreeProgram, HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { htmlToHast } from 'satteri';
import { contentRoot } from '../data/contentRoot';
import { isInside } from '../data/loaderChecks/imageFiles';

/**
 * The components an MDX entry may import, by the only specifier that imports each. They render
 * content and nothing else; add one here (and to the README) to make it available to authors.
 */
export const mdxComponents: Readonly<Record<string, string>> = {
  CopyButton: '@hub/components/CopyButton.astro',
};

/**
 * What a body may contain: GitHub's allow-list (the one hast-util-sanitize ships, the library under
 * rehype-sanitize), which keeps Markdown's own output (tables, task lists, footnotes, images,
 * `language-*` code classes) and safe HTML such as <details>, <kbd> and <sup>, and drops event
 * handlers, <script>, <iframe>, <style>, forms and every URL that is not http(s), mailto or a
 * relative path. `id` is kept as written (no `user-content-` prefix), but `name` is refused: an
 * <img name="title"> would replace `document.title` for the page's scripts.
 */
const schema: Schema = {
  ...defaultSchema,
  allowComments: true,
  clobber: [],
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [
      tag,
      allowed.filter((attribute) => (Array.isArray(attribute) ? attribute[0] : attribute) !== 'name'),
    ]),
  ),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

interface Finding {
  line: number | undefined;
  what: string;
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

function shown(value: unknown, max = 40): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Only these ancestors change how the sanitiser judges an element (a <td> needs a <table>). */
const relevantAncestors = new Set(Object.values(schema.ancestors ?? {}).flat());
/** Bodies repeat the same few elements (<p>, <li>, <a href>) thousands of times across a hub. */
const removedByElement = new Map<string, string[]>();

/** What the sanitiser removes from one element, judged without its children, which are judged on their own. */
function removedFrom(element: Element, allAncestors: readonly string[]): string[] {
  const ancestors = allAncestors.filter((tagName) => relevantAncestors.has(tagName));
  const key = `${ancestors.join('>')}>${element.tagName} ${JSON.stringify(element.properties)}`;
  let removed = removedByElement.get(key);
  if (!removed) {
    removed = judge({ ...element, children: [] }, ancestors);
    removedByElement.set(key, removed);
  }
  return removed;
}

function judge(leaf: Element, ancestors: readonly string[]): string[] {
  let tree: Element = leaf;
  for (const tagName of [...ancestors].reverse()) tree = { type: 'element', tagName, properties: {}, children: [tree] };
  let kept: Nodes | undefined = sanitize({ type: 'root', children: [tree] }, schema);
  for (let depth = 0; depth <= ancestors.length; depth++) {
    kept = kept && 'children' in kept ? kept.children.find((child) => child.type === 'element') : undefined;
  }
  if (!kept || kept.type !== 'element' || kept.tagName !== leaf.tagName) return [`the <${leaf.tagName}> element`];
  const removed: string[] = [];
  for (const [property, value] of Object.entries(leaf.properties)) {
    const after: Properties[string] = kept.properties[property];
    if (JSON.stringify(after) === JSON.stringify(value)) continue;
    removed.push(`the ${attributeName(property)}="${shown(value)}" attribute of <${leaf.tagName}>`);
  }
  return removed;
}

/** The line of the first `<tag` in raw HTML, counted from the line the HTML starts on. */
function lineOfTag(raw: string, tagName: string, firstLine: number | undefined): number | undefined {
  if (firstLine === undefined) return undefined;
  const at = raw.toLowerCase().indexOf(`<${tagName}`);
  return firstLine + (at < 0 ? 0 : raw.slice(0, at).split('\n').length - 1);
}

function eachElement(node: Nodes, ancestors: string[], visit: (element: Element, ancestors: string[]) => void): void {
  if (node.type === 'element') {
    visit(node, ancestors);
    const inner = node.tagName === 'template' ? node.content : node;
    for (const child of inner?.children ?? []) eachElement(child, [...ancestors, node.tagName], visit);
  } else if ('children' in node) {
    for (const child of node.children) eachElement(child, ancestors, visit);
  }
}

/** Marks the end of a piece of raw HTML: a piece that ends inside a tag, a quote or a comment swallows it. */
const END_MARK = '<b data-hub-end></b>';

/**
 * Raw HTML in Markdown reaches the page as written, so it is parsed here the way a browser would and
 * every element judged. A piece left open (`<div title="`) would swallow the Markdown after it into
 * an attribute, where quotes in ordinary text could add an event handler; it is refused too.
 */
function rawFindings(raw: string, ancestors: string[], firstLine: number | undefined): Finding[] {
  const findings: Finding[] = [];
  let closed = false;
  eachElement(htmlToHast(raw + END_MARK, { fragment: true }), ancestors, (element, within) => {
    if (element.tagName === 'b' && 'dataHubEnd' in element.properties) {
      closed = true;
      return;
    }
    const line = lineOfTag(raw, element.tagName, firstLine);
    for (const what of removedFrom(element, within)) findings.push({ line, what });
    const svg = element.tagName === 'img' ? svgImageFinding(element.properties['src']) : undefined;
    if (svg) findings.push({ line, what: svg });
  });
  if (!closed) {
    findings.push({ line: firstLine, what: `unfinished HTML "${shown(raw)}" (close every tag's quotes and >, and every <!-- with -->)` });
  }
  return findings;
}

/** `{"text"}`, `{3}`, `{true}`, `{["a", "b"]}`: a value, never code that runs at build time. */
function isLiteral(expression: string): boolean {
  try {
    JSON.parse(expression);
    return true;
  } catch {
    return false;
  }
}

const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/u;

const literalsOnly =
  'only literal values ({"text"}, {3}, {true}) and {/* comments */} are allowed, never code that would run at build time';

function expressionFinding(expression: string, where: string): string | undefined {
  if (COMMENT_ONLY.test(expression) || isLiteral(expression)) return undefined;
  return `the expression {${shown(expression)}}${where}: ${literalsOnly}`;
}

/** An MDX tag: a hub component from the allow-list, or an HTML element judged like raw HTML. */
function jsxFindings(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, ancestors: readonly string[]): string[] {
  const name = node.name;
  if (name === null) return []; // a fragment, <>…</>
  const findings: string[] = [];
  const attributes: string[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(`the spread {${shown(attribute.value)}} on <${name}>: write each attribute out`);
      continue;
    }
    let value = attribute.value;
    if (value && typeof value === 'object') {
      const problem = expressionFinding(value.value, ` in ${attribute.name}= of <${name}>`);
      if (problem) {
        findings.push(problem);
        continue;
      }
      value = COMMENT_ONLY.test(value.value) ? null : String(JSON.parse(value.value));
    }
    attributes.push(
      value === null || value === undefined
        ? attribute.name
        : `${attribute.name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
    );
  }
  if (/^[A-Z]/u.test(name) || /[.:]/u.test(name)) {
    if (!(name in mdxComponents)) {
      findings.push(`the component <${name}>, which is not one of the hub's body components (${Object.keys(mdxComponents).join(', ')})`);
    }
    return findings;
  }
  // Parsing the tag as HTML names its attributes the way the sanitiser knows them (onerror → onError).
  const parsed = htmlToHast(`<${name} ${attributes.join(' ')}>`, { fragment: true }) as Root;
  const element = parsed.children.find((child): child is Element => child.type === 'element');
  return [...findings, ...(element ? removedFrom(element, ancestors) : [`the <${name}> element`])];
}

function statementText(source: string, statement: EstreeProgram['body'][number]): string {
  const { start = 0, end = source.length } = statement as { start?: number; end?: number };
  return shown(source.slice(start, end).split('\n')[0], 80);
}

/** `import CopyButton from '@hub/components/CopyButton.astro'` and nothing else: no file, no code. */
function esmFindings(program: EstreeProgram | null, source: string, firstLine: number): Finding[] {
  const findings: Finding[] = [];
  for (const statement of program?.body ?? []) {
    const start = (statement as { start?: number }).start ?? 0;
    const line = firstLine + source.slice(0, start).split('\n').length - 1;
    if (statement.type === 'ImportDeclaration') {
      const from = String(statement.source.value);
      const allowed = statement.specifiers.every(
        (specifier) => specifier.type === 'ImportDefaultSpecifier' && mdxComponents[specifier.local.name] === from,
      );
      if (allowed && statement.specifiers.length > 0) continue;
      findings.push({
        line,
        what:
          `the import "${statementText(source, statement)}": an MDX entry may import only the hub's body components, as ` +
          Object.entries(mdxComponents)
            .map(([name, path]) => `import ${name} from '${path}'`)
            .join(' or '),
      });
    } else {
      findings.push({
        line,
        what: `the statement "${statementText(source, statement)}": an MDX entry may hold no code, only Markdown and components`,
      });
    }
  }
  return findings;
}

const findingsKey = 'hubBodyFindings';

function findingsOf(ctx: HastVisitorContext): Finding[] {
  const data = ctx.data as Record<string, unknown>;
  data[findingsKey] ??= [];
  return data[findingsKey] as Finding[];
}

/**
 * Lines of the file before the text that was rendered: Markdown bodies are rendered without their
 * frontmatter (MDX keeps it as blank space), and authors need the line in the file they edit.
 */
function linesBefore(file: string, rendered: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  // Markdown bodies arrive trimmed, so they are the file's last occurrence of their own text.
  const at = text.lastIndexOf(rendered);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}

function ancestorsOf(node: Readonly<Nodes>, ctx: HastVisitorContext): string[] {
  const names: string[] = [];
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
    if (parent.type === 'element') names.unshift(parent.tagName);
  }
  return names;
}

/**
 * An image is published as its file, and an SVG file can carry script: bodies, like image fields
 * (src/data/imageFiles.ts), take raster images only. MDX bodies need this here, because their
 * images are imported by the compiler, never seen by the content loader.
 */
function svgImageFinding(src: unknown): string | undefined {
  if (typeof src !== 'string' || !/\.svg(?:[?#].*)?$/iu.test(src)) return undefined;
  return `the image "${shown(src, 200)}": SVG images are not accepted, because an SVG can carry script. Export it as PNG (or WebP or JPEG) and point to that`;
}

/**
 * An image a body points to must be a file inside the content folder, as image fields must: MDX
 * bodies need this here, because the compiler imports their images without the content loader.
 */
function outsideImageFinding(src: unknown, ctx: HastVisitorContext): string | undefined {
  if (typeof src !== 'string' || !src.startsWith('.') || !ctx.fileURL) return undefined;
  const path = resolve(dirname(fileURLToPath(ctx.fileURL)), decodeURIComponent(src.replace(/[?#].*$/u, '')));
  const folder = resolve(contentRoot());
  if (!existsSync(path) || !existsSync(folder)) return undefined; // a missing file is the compiler's error to report
  const real = realpathSync(path);
  if (isInside(realpathSync(folder), real)) return undefined;
  return `the image "${shown(src, 200)}", which is outside the content folder (it resolves to ${real}). Put the image next to the entry file`;
}

function report(ctx: HastVisitorContext, line: number | undefined, what: string | undefined): void {
  if (what !== undefined) findingsOf(ctx).push({ line, what });
}

function jsxVisit(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext): void {
  for (const what of jsxFindings(node, ancestorsOf(node, ctx))) report(ctx, node.position?.start.line, what);
}

/**
 * Fails the build, naming file, line and what would be removed, when a Markdown or MDX body holds
 * markup the sanitiser's allow-list does not keep. Content comes from anyone who can open a pull
 * request and reviewers read diffs, not pages: an <img onerror> or a javascript: link would run in
 * every reader's browser. Failing (rather than quietly dropping) tells the author what to change.
 * Markdown itself makes only safe elements; what an author controls is raw HTML, the URLs of links
 * and images, and in MDX tags, expressions and imports, so only those nodes are visited.
 */
export const sanitizeBodies: HastPluginDefinition = {
  name: 'hub-sanitize-bodies',
  options: { position: true },
  raw(node, ctx) {
    findingsOf(ctx).push(...rawFindings(node.value, ancestorsOf(node, ctx), node.position?.start.line));
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      for (const what of removedFrom(node, [])) report(ctx, node.position?.start.line, what);
      if (node.tagName === 'img') {
        report(ctx, node.position?.start.line, svgImageFinding(node.properties['src']));
        report(ctx, node.position?.start.line, outsideImageFinding(node.properties['src'], ctx));
      }
    },
  },
  mdxJsxFlowElement: { filter: [], visit: jsxVisit },
  mdxJsxTextElement: { filter: [], visit: jsxVisit },
  mdxFlowExpression: (node, ctx) => report(ctx, node.position?.start.line, expressionFinding(node.value, '')),
  mdxTextExpression: (node, ctx) => report(ctx, node.position?.start.line, expressionFinding(node.value, '')),
  mdxjsEsm(node, ctx) {
    findingsOf(ctx).push(...esmFindings(node.parseExpression(), node.value, node.position?.start.line ?? 1));
  },
  after(_root, ctx) {
    const findings = findingsOf(ctx);
    if (findings.length === 0) return;
    const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an entry';
    const offset = ctx.fileURL ? linesBefore(file, ctx.source) : 0;
    const error = new Error(
      `${file}: the body contains markup that is not allowed, which the sanitiser would remove:\n` +
        findings.map((f) => `  - ${file}:${f.line === undefined ? '?' : f.line + offset}: ${f.what}`).join('\n') +
        '\nBodies may hold Markdown and plain HTML (links to http(s), mailto: or relative paths; images; ' +
        'tables; <details>, <kbd>, <sup> and the like), never scripts, event handlers (on…), <iframe>, ' +
        '<style>, forms, SVG images or javascript:/data: URLs. Remove what is listed, or write it in Markdown.',
    );
    // The MDX compiler reports where an error is from these, instead of line 0.
    const first = findings[0]?.line;
    if (first !== undefined) Object.assign(error, { line: first + offset, column: 1 });
    throw error;
  },
};
