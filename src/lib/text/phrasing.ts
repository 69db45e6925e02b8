import { countWords } from './wordCount';

const SENTENCE_END = /(?<=[.!?。！？])\s+/u;

/**
 * Whole sentences from the start of `text` that fit in `maxWords`. Approved copy is never cut
 * mid-sentence; the first sentence is kept even when it alone is longer than the budget.
 */
export function fitSentences(text: string, maxWords: number): string {
  const sentences = text.trim().split(SENTENCE_END).filter(Boolean);
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const next = countWords(sentence);
    if (kept.length > 0 && words + next > maxWords) break;
    kept.push(sentence);
    words += next;
  }
  return kept.join(' ');
}

const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

/** "A", "A and B", "A, B and C": how a list reads inside a sentence. */
export function joinAsSentence(items: readonly string[]): string {
  return listFormat.format(items);
}

/** Ends a fragment with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?。！？]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Lower-cases the first letter so a title reads inside a sentence, keeping acronyms ("ERP") intact. */
export function inSentence(text: string): string {
  return /^[A-Z][a-z]/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * A file-name stem that keeps an id as written, in any script (`金海一号`, `café-olé`): only what
 * file systems or ZIP tools refuse (path separators, `:*?"<>|`, control characters, spaces, a
 * leading dot) becomes a hyphen. Text with nothing usable left gives `fallback`, never an empty name.
 */
export function fileNameStem(text: string, fallback: string): string {
  const stem = text
    .normalize('NFC')
    .replace(/[^\p{Letter}\p{Mark}\p{Number}_.-]+/gu, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/^[-.]+|[-.]+$/gu, '');
  return stem || fallback;
}

/** Names made unique by numbering repeats (`logo`, `logo-2`), so no file overwrites another. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/** A download size as people read it: "840 B", "52 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
