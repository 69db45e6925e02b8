/**
 * Content health ranked by its effect on sales: what a rep would trip over first comes first, each
 * problem names the entry, its owner, the date and the one action that fixes it.
 */
import type { HealthDocument, HealthProblem } from '../schemas/api';
import { healthProblemKinds } from '../schemas/values';
import { coverageGaps, reviewDue } from './coverage';
import type { Entry, EntryRef } from './entries';
import { collectionLabels, walkRefs } from './entries';
import type { GateReason, Governance } from './gating';
import type { Hub } from './hub';
import type { ApiContext } from './messagingApi';
import { absoluteUrl, envelopeFor, isoDay } from './messagingApi';

export type HealthProblemKind = (typeof healthProblemKinds)[number];

/** What each kind is called wherever the report is read: counters, row badges and the terminal. */
export const healthProblemLabels: Record<HealthProblemKind, { many: string; one: string }> = {
  'cited-unpublished': { many: 'Expired or retired, still cited', one: 'Still cited' },
  'no-customer-case': { many: 'No customer-facing case', one: 'No customer-facing case' },
  'no-value-proposition': { many: 'Buyer without a value proposition', one: 'No value proposition' },
  'review-due': { many: 'Review due', one: 'Review due' },
};

/** How many problems of each kind the page and the JSON list (the counts are always totals). */
export const healthRowsPerKind = { page: 25, api: 250 } as const;

export interface HealthOptions {
  /** Reviews due within this many days are reported (`reviewDueSoonDays`). */
  dueSoonDays: number;
}

/** An expired or retired entry that approved content still cites, with everything that cites it. */
interface CitedUnpublished {
  to: EntryRef;
  governance: Governance;
  filePath: string | undefined;
  /** Its title, only where the build shows the entry (a preview); a published build names it by id. */
  title: string | undefined;
  retired: boolean;
  citedBy: Entry[];
}

const lapsed = (reasons: readonly GateReason[]) => reasons.includes('retired') || reasons.includes('past review-by');

function titleOf(entry: Entry): string {
  return (entry.data as { title?: string }).title ?? `${entry.collection}/${entry.id}`;
}

/**
 * Published builds leave expired and retired entries out, so their citations are the hub's gated
 * references; a preview shows everything, so there they are found among the visible entries.
 */
function citedUnpublished(hub: Hub): CitedUnpublished[] {
  const found = new Map<string, CitedUnpublished>();
  const note = (to: EntryRef, target: Omit<CitedUnpublished, 'to' | 'citedBy'>, from: Entry) => {
    const key = `${to.collection}/${to.id}`;
    const item = found.get(key) ?? { to, ...target, citedBy: [] };
    if (!item.citedBy.includes(from)) item.citedBy.push(from);
    found.set(key, item);
  };
  if (hub.scope.mode === 'published') {
    for (const ref of hub.gatedReferences) {
      const from = hub.get(ref.from);
      if (!from || !lapsed(ref.reasons)) continue;
      note(
        ref.to,
        { governance: ref.toGovernance, filePath: ref.toFilePath, title: undefined, retired: ref.reasons.includes('retired') },
        from,
      );
    }
  } else {
    for (const name of Object.keys(hub.entries) as (keyof typeof hub.entries)[]) {
      for (const from of hub.entries[name] as Entry[]) {
        if (hub.reasons(from).length > 0) continue;
        walkRefs(from.data, '', (ref) => {
          const target = hub.get(ref);
          const reasons = target ? hub.reasons(target) : [];
          if (!target || !lapsed(reasons)) return;
          note(
            ref,
            { governance: target.data, filePath: target.filePath, title: titleOf(target), retired: reasons.includes('retired') },
            from,
          );
        });
      }
    }
  }
  return [...found.values()];
}

function listNames(entries: readonly Entry[], limit = 3): string {
  const names = entries.slice(0, limit).map((e) => `“${titleOf(e)}”`);
  const more = entries.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type UnrankedProblem = Omit<HealthProblem, 'rank'>;

/** Every problem the hub sees, ranked: by kind (the order of `healthProblemKinds`), then within each kind. */
export function rankedProblems(hub: Hub, options: HealthOptions, siteUrl: string): HealthProblem[] {
  const context: ApiContext = { siteUrl, scope: hub.scope };
  const entryOf = (entry: Entry) => {
    const path = hub.pagePath(entry);
    return {
      collection: entry.collection,
      id: entry.id,
      name: titleOf(entry),
      ...(path ? { url: absoluteUrl(context, path) } : {}),
      ...(entry.filePath ? { file: entry.filePath } : {}),
    };
  };

  const cited: UnrankedProblem[] = citedUnpublished(hub)
    .sort(
      (a, b) =>
        b.citedBy.length - a.citedBy.length ||
        a.governance.reviewBy.getTime() - b.governance.reviewBy.getTime() ||
        a.to.id.localeCompare(b.to.id, 'en'),
    )
    .map((item) => {
      const kind = collectionLabels[item.to.collection].one.toLowerCase();
      const citing = `still cited by ${plural(item.citedBy.length, 'approved entry', 'approved entries')} (${listNames(item.citedBy)}), so readers lose that proof.`;
      return {
        kind: 'cited-unpublished',
        entry: {
          collection: item.to.collection,
          id: item.to.id,
          name: item.title ?? `${item.to.collection}/${item.to.id}`,
          ...(item.filePath ? { file: item.filePath } : {}),
        },
        owner: item.governance.owner,
        date: isoDay(item.governance.reviewBy),
        problem: item.retired
          ? `This ${kind} is retired but ${citing}`
          : `This ${kind} expired on ${isoDay(item.governance.reviewBy)} but is ${citing}`,
        action: item.retired
          ? 'Replace or remove it in each entry that cites it.'
          : 'Re-confirm it and move its review-by date, or replace it in each entry that cites it.',
      };
    });
  const listed = new Set(cited.map((p) => `${p.entry.collection}/${p.entry.id}`));

  const gaps = coverageGaps(hub);
  const noCase: UnrankedProblem[] = gaps.flatMap((gap) => {
    if (gap.missing !== 'customer-facing case' || !gap.industry) return [];
    const pair = `${gap.product.data.title} × ${gap.industry.data.title}`;
    const internal = gap.internalCases[0];
    return [
      {
        kind: 'no-customer-case',
        entry: entryOf(gap.product),
        owner: gap.product.data.owner,
        problem: internal
          ? `${pair}: no case a rep may send to a customer; ${listNames(gap.internalCases)} ${gap.internalCases.length === 1 ? 'is' : 'are'} internal only.`
          : `${pair}: no case at all, so reps selling there have no proof.`,
        action: internal
          ? `Get ${internal.data.customer}’s approval to publish “${internal.data.title}”, or add a public ${gap.industry.data.title} case.`
          : `Add a public ${gap.industry.data.title} case for ${gap.product.data.title}.`,
      },
    ];
  });

  const noValueProp: UnrankedProblem[] = gaps.flatMap((gap) => {
    if (gap.missing !== 'value proposition' || !gap.persona) return [];
    return [
      {
        kind: 'no-value-proposition',
        entry: entryOf(gap.product),
        owner: gap.product.data.owner,
        problem: `${gap.product.data.title} targets ${gap.persona.data.title}, but no value proposition speaks to that buyer.`,
        action: `Write a value proposition of ${gap.product.data.title} for ${gap.persona.data.title}.`,
      },
    ];
  });

  const due: UnrankedProblem[] = reviewDue(hub, options.dueSoonDays)
    .filter(({ entry }) => !listed.has(`${entry.collection}/${entry.id}`))
    .map(({ entry, daysLeft }) => ({
      kind: 'review-due',
      entry: entryOf(entry),
      owner: entry.data.owner,
      date: isoDay(entry.data.reviewBy),
      problem:
        daysLeft < 0
          ? `Review was due ${plural(-daysLeft, 'day', 'days')} ago; published builds leave it out.`
          : `Review is due in ${plural(daysLeft, 'day', 'days')}; after that the hub stops showing it.`,
      action: 'Review it, then confirm or move its review-by date.',
    }));

  return [...cited, ...noCase, ...noValueProp, ...due].map((problem, i) => ({ rank: i + 1, ...problem }));
}

/** Problems grouped by owner: the owner of the highest-ranked problem first, each owner's problems in rank order. */
export function problemsByOwner(problems: readonly HealthProblem[]): { owner: string; problems: HealthProblem[] }[] {
  const groups = new Map<string, HealthProblem[]>();
  for (const problem of problems) groups.set(problem.owner, [...(groups.get(problem.owner) ?? []), problem]);
  return [...groups].map(([owner, list]) => ({ owner, problems: list }));
}

/**
 * The health report as the page, `/api/health.json` and the terminal show it. At most `rowsPerKind`
 * problems of each kind are listed, so every kind keeps rows at any content size; `counts` has the totals.
 */
export function healthDocument(hub: Hub, options: HealthOptions & { rowsPerKind: number }, siteUrl: string): HealthDocument {
  const problems = rankedProblems(hub, options, siteUrl);
  const counts = Object.fromEntries(healthProblemKinds.map((kind) => [kind, 0])) as Record<HealthProblemKind, number>;
  const shown = problems.filter((p) => ++counts[p.kind] <= options.rowsPerKind);
  return {
    ...envelopeFor({ siteUrl, scope: hub.scope }, 'health'),
    reviewDueSoonDays: options.dueSoonDays,
    counts,
    rowsPerKind: options.rowsPerKind,
    owners: problemsByOwner(shown),
  };
}

/** The first listed problem of each kind, for counters that link to their rows; absent where none is listed. */
export function firstRankOfKind(document: HealthDocument): Partial<Record<HealthProblemKind, number>> {
  const first: Partial<Record<HealthProblemKind, number>> = {};
  for (const { problems } of document.owners) {
    for (const p of problems) first[p.kind] = Math.min(first[p.kind] ?? p.rank, p.rank);
  }
  return first;
}
