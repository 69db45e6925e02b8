/**
 * What `npm run validate` reports: the build's own content errors, split into one finding per
 * problem so each can be pinned to its file and line, and the warnings a build does not fail on.
 * The errors themselves come from the content layer (schemas and the hub's loader); nothing here
 * words a content error again.
 */
import type { CodeownersRule } from './codeowners';
import { uncoveredOwners } from './codeowners';
import { orphans, reviewDue } from './coverage';
import type { Entry } from './entries';
import type { Hub } from './hub';
import { gatedReferenceProblem } from './hub';
import { gateReasons } from './gating';

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Path from the repository root, when the problem is in one file. */
  file?: string | undefined;
  /** Line in that file, counted from 1. */
  line?: number | undefined;
  /** The frontmatter field at fault, when the line is still to be found from it. */
  field?: string | undefined;
  message: string;
}

const ENTRY_PATH = String.raw`((?:[A-Za-z]:)?[^\s:"]*\.mdx?)`;
/** `file.md: …`, `file.md:14: …`, or a bullet `  - file.md: …` (the renderer prefixes "Error rendering x.md: "). */
const LOCATED = new RegExp(String.raw`^(?:\s*-\s+)?(?:Error rendering \S+: )?${ENTRY_PATH}(?::(\d+))?(?::\d+)?: (.*)$`, 'u');
const BULLET = /^\s+-\s+(.*)$/u;
/** A bullet naming a file without a colon after it: `  - a.mdx has the same id as a.md`. */
const NAMED = new RegExp(String.raw`^\s*-\s+${ENTRY_PATH}\s`, 'u');
/** The compiler's position of an MDX error, on a line of its own below the message: `    a.mdx:14:1`. */
const POSITION = new RegExp(String.raw`^\s+${ENTRY_PATH}:(\d+):\d+$`, 'u');
/** The compiler's own `14:1: ` before its reason. */
const LINE_COLUMN = /^\d+:\d+: /u;
const FIELD = /field "([^"]+)"/u;
const LINE = /\b(?:near line|line) (\d+)\b/u;

function lineFrom(text: string): number | undefined {
  const match = LINE.exec(text);
  return match?.[1] ? Number(match[1]) : undefined;
}

function fieldFrom(text: string): string | undefined {
  return FIELD.exec(text)?.[1];
}

/**
 * One finding per problem in an error message of the build: each bullet (`  - …`) that names a file,
 * or that belongs to the file its heading names, with the line written in it or the field it names.
 * Lines after the bullets (how to fix them all) are kept with every finding. A message without
 * bullets is one finding.
 */
export function findingsFromBuildError(message: string, toRepositoryPath: (path: string) => string): Finding[] {
  const lines = message.split('\n');
  const findings: Finding[] = [];
  let headingFile: string | undefined;
  let lastBullet = -1;
  for (const [index, text] of lines.entries()) {
    const located = LOCATED.exec(text);
    const bullet = BULLET.exec(text);
    if (bullet) {
      lastBullet = index;
      const named = located?.[1] ?? NAMED.exec(text)?.[1];
      const file = named ? toRepositoryPath(named) : headingFile;
      const said = located?.[3] ?? bullet[1] ?? text;
      const explicit = located?.[2] ? Number(located[2]) : undefined;
      findings.push({ severity: 'error', file, line: explicit ?? lineFrom(said), field: fieldFrom(said), message: said });
    } else if (located?.[1] && lastBullet < 0) {
      headingFile = toRepositoryPath(located[1]);
    }
  }
  // The sanitiser's heading ("x.md: the body contains markup …") is not a problem of its own.
  const problems = findings.filter((finding, i) => !(i === 0 && findings.length > 1 && /:$/u.test(finding.message)));
  if (problems.length === 0) {
    const first = LOCATED.exec(lines[0] ?? '');
    const position = lines.map((text) => POSITION.exec(text)).find(Boolean);
    if (position?.[1]) {
      const said = (lines[0] ?? '').replace(LINE_COLUMN, '');
      return [{ severity: 'error', file: toRepositoryPath(position[1]), line: Number(position[2]), field: undefined, message: said }];
    }
    const line = first?.[2] ? Number(first[2]) : lineFrom(message);
    const said = first?.[3] === undefined ? message : [first[3], ...lines.slice(1)].join('\n');
    return [{ severity: 'error', file: headingFile, line, field: fieldFrom(lines[0] ?? ''), message: said }];
  }
  const after =
    lastBullet >= 0
      ? lines
          .slice(lastBullet + 1)
          .join('\n')
          .trim()
      : '';
  return problems.map((finding) => (after ? { ...finding, message: `${finding.message}\n${after}` } : finding));
}

/** Where a line's key starts: after its indentation and a list item's `- `. */
function keyColumn(line: string): number {
  return /^(\s*(?:-\s+)?)/u.exec(line)?.[1]?.length ?? 0;
}

/**
 * The line of a frontmatter field (`boilerplates.short`, `metrics[1].value`) in an entry file:
 * each key is looked for among its parent's children, those at the column of the parent's first
 * child; a list index points into its list. A field the file lacks gives its parent's line.
 */
export function fieldLine(source: string, field: string): number | undefined {
  const lines = source.split(/\r?\n/u);
  if (lines[0]?.trim() !== '---') return undefined;
  const closing = lines.findIndex((line, i) => i > 0 && /^---\s*$/u.test(line));
  const end = closing < 0 ? lines.length : closing;
  const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
  let at = 0;
  let parentColumn = -1;
  for (const key of field
    .replace(/\[\d+\]/gu, '')
    .split('.')
    .filter(Boolean)) {
    const first = lines.findIndex((line, i) => i > at && i < end && isContent(line));
    if (first < 0) break;
    const column = keyColumn(lines[first] ?? '');
    const pattern = new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}["']?\\s*:`, 'u');
    let found = -1;
    for (let i = first; i < end; i++) {
      const line = lines[i] ?? '';
      if (!isContent(line)) continue;
      if (line.length - line.trimStart().length <= parentColumn) break;
      if (keyColumn(line) === column && pattern.test(line.slice(column))) {
        found = i;
        break;
      }
    }
    if (found < 0) break;
    at = found;
    parentColumn = column;
  }
  return at > 0 ? at + 1 : undefined;
}

export interface WarningInput {
  /** The internal build's hub on its build day: what a published build shows. */
  hub: Hub;
  /** Every entry, published or not. */
  entries: readonly Entry[];
  /** How many days ahead a review counts as due (reviewDueSoonDays). */
  dueSoonDays: number;
  /** The repository's CODEOWNERS rules; undefined when there is no such file. */
  codeowners: readonly CodeownersRule[] | undefined;
  /** Image files in the content folder, and the ones entries point at (paths from the repository root). */
  images: { present: readonly string[]; referenced: ReadonlySet<string> };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What a PMM should see to before content fails or quietly drops out, none of which fails a build:
 * reviews coming due or past, building blocks nothing cites, images no entry uses, approved entries
 * citing unpublished ones, and owners GitHub would not ask to review their entries.
 */
export function contentWarnings(input: WarningInput): Finding[] {
  const { hub, dueSoonDays } = input;
  const warnings: Finding[] = [];
  const at = (entry: Entry) => entry.filePath ?? `${entry.collection}/${entry.id}`;

  for (const { entry, daysLeft } of reviewDue(hub, dueSoonDays)) {
    const day = isoDay(entry.data.reviewBy);
    warnings.push({
      severity: 'warning',
      file: at(entry),
      field: 'reviewBy',
      message:
        `field "reviewBy" is ${day}: the review is due ${daysLeft === 0 ? 'today' : `in ${daysLeft} day(s)`}, and published builds ` +
        `leave the entry out after ${day}. Check the entry and set the next review-by date.`,
    });
  }
  for (const entry of input.entries) {
    if (entry.data.status !== 'approved' || !gateReasons(entry.data, hub.scope).includes('past review-by')) continue;
    warnings.push({
      severity: 'warning',
      file: at(entry),
      field: 'reviewBy',
      message:
        `field "reviewBy" is ${isoDay(entry.data.reviewBy)}, which has passed: published builds leave this approved entry out. ` +
        'Check it and set the next review-by date, or set status: retired.',
    });
  }
  for (const entry of orphans(hub)) {
    const citedBy = entry.collection === 'cases' ? 'no solution, value proposition, objection or messaging cites' : 'no solution carries';
    warnings.push({
      severity: 'warning',
      file: at(entry),
      message: `${citedBy} this ${entry.collection === 'cases' ? 'case' : 'value proposition'}, so no toolkit or kit shows it. Cite it where it belongs, or retire it.`,
    });
  }
  for (const ref of hub.gatedReferences) {
    warnings.push({ severity: 'warning', file: ref.filePath, field: ref.field, message: gatedReferenceProblem(ref) });
  }
  for (const image of input.images.present) {
    if (input.images.referenced.has(image)) continue;
    warnings.push({
      severity: 'warning',
      file: image,
      message: 'no entry uses this image. Point an image field or the body of an entry at it, or delete the file.',
    });
  }
  if (input.codeowners) {
    const owned = input.entries.flatMap((entry) => (entry.filePath ? [{ owner: entry.data.owner, file: entry.filePath }] : []));
    for (const { owner, files } of uncoveredOwners(input.codeowners, owned)) {
      warnings.push({
        severity: 'warning',
        file: files[0],
        field: 'owner',
        message:
          `owner "${owner}" (${files.length} entr${files.length === 1 ? 'y' : 'ies'}) is not named by the .github/CODEOWNERS rule ` +
          'covering the file, so pull requests changing it do not ask them for a review. Add their handle to that rule, or their ' +
          'name to the "# owners:" line above it.',
      });
    }
  }
  return warnings;
}

/** GitHub Actions escapes: a message keeps its line breaks, a property its commas and colons. */
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A workflow command that shows the finding on the pull request's diff, at its file and line. */
export function annotation(finding: Finding): string {
  const properties = [
    ...(finding.file ? [`file=${escapeProperty(finding.file)}`] : []),
    ...(finding.file && finding.line ? [`line=${finding.line}`] : []),
  ];
  return `::${finding.severity}${properties.length > 0 ? ` ${properties.join(',')}` : ''}::${escapeData(finding.message)}`;
}
