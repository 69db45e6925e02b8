/**
 * The health report as plain text for a terminal (`npm run validate -- --health`): the counts, then
 * each owner's problems in rank order, one block per problem, wrapped to the terminal's width.
 */
import type { HealthDocument } from '../schemas/api';
import type { HealthProblemKind } from './healthProblems';
import { healthProblemLabels } from './healthProblems';

function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function formatHealthForTerminal(document: HealthDocument, width = 100): string {
  const kinds = Object.keys(document.counts) as HealthProblemKind[];
  const total = kinds.reduce((sum, kind) => sum + document.counts[kind], 0);
  const out = [`Content health on ${document.builtOn} (${document.audience} build): ${total === 1 ? '1 problem' : `${total} problems`}`];
  for (const kind of kinds) out.push(`  ${String(document.counts[kind]).padStart(5)}  ${healthProblemLabels[kind].many}`);
  if (kinds.some((kind) => document.counts[kind] > document.rowsPerKind)) {
    out.push(`  (at most ${document.rowsPerKind} of each kind are listed below)`);
  }
  for (const { owner, problems } of document.owners) {
    out.push('', `${owner} (${problems.length})`);
    for (const p of problems) {
      const where = p.entry.file ?? p.entry.url ?? `${p.entry.collection}/${p.entry.id}`;
      const date = p.date ? `, ${p.date < document.builtOn ? 'expired' : 'review by'} ${p.date}` : '';
      out.push(...wrap(`${p.rank}. [${healthProblemLabels[p.kind].one}${date}] ${p.entry.name} (${where})`, width, '  '));
      out.push(...wrap(p.problem, width, '     '));
      out.push(...wrap(`Action: ${p.action}`, width, '     '));
    }
  }
  if (total === 0) out.push('', 'Nothing to fix.');
  return `${out.join('\n')}\n`;
}
