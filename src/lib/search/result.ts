/**
 * Turns what Pagefind returns for a result into what a result card shows, without touching the DOM,
 * so the UI never has to insert Pagefind's excerpt as HTML.
 */
import { formatDate } from '../text/dates';

/** The fields of Pagefind's `result.data()` the hub reads. */
export interface PagefindResultData {
  url: string;
  /** Page text around the best match; `<`/`>` of the text escaped, matches wrapped in `<mark>`. */
  excerpt: string;
  meta: Partial<Record<string, string>>;
}

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

export interface SearchHit {
  url: string;
  title: string;
  type: string | undefined;
  product: string | undefined;
  status: string | undefined;
  reviewBy: string | undefined;
  /** The page's language (e.g. "zh-CN"), for the title and excerpt. */
  lang: string | undefined;
  /** Whether the page may be sent: `public`, `internal`, or undefined for pages of no entry. */
  audience: 'public' | 'internal' | undefined;
  /** A case's customer-facing "copy for email", when it has one. */
  email: { text: string; html: string; anonymised: boolean } | undefined;
  excerpt: ExcerptPart[];
  /** Query words the page lacks: empty for a full match, the reason for a partial one. */
  missing: string[];
}

/** Reads the email meta back; anything not of the shape the build writes counts as none. */
function emailOf(meta: string | undefined): SearchHit['email'] {
  if (!meta) return undefined;
  try {
    const value = JSON.parse(meta) as Record<string, unknown>;
    return typeof value['text'] === 'string' && typeof value['html'] === 'string'
      ? { text: value['text'], html: value['html'], anonymised: value['anonymised'] === true }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Splits an excerpt at its `<mark>` tags into plain text parts; nothing in it is ever treated as markup. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let highlighted = false;
  for (const token of excerpt.split(/(<\/?mark>)/u)) {
    if (token === '<mark>' || token === '</mark>') {
      highlighted = token === '<mark>';
      continue;
    }
    if (!token) continue;
    const text = token.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    const last = parts.at(-1);
    if (last && last.highlighted === highlighted) last.text += text;
    else parts.push({ text, highlighted });
  }
  return parts;
}

export function searchHit(data: PagefindResultData, missing: readonly string[] = []): SearchHit {
  return {
    url: data.url,
    title: data.meta['title']?.trim() || data.url,
    type: data.meta['type'],
    product: data.meta['product'],
    status: data.meta['status'],
    reviewBy: data.meta['reviewBy'],
    lang: data.meta['lang'],
    audience: data.meta['audience'] === 'public' || data.meta['audience'] === 'internal' ? data.meta['audience'] : undefined,
    email: emailOf(data.meta['email']),
    excerpt: excerptParts(data.excerpt),
    missing: [...missing],
  };
}

/** "1 result", "12 results". */
export function resultCount(n: number): string {
  return `${n} ${n === 1 ? 'result' : 'results'}`;
}

/** "2027-06-30" → "30 Jun 2027": unambiguous for readers in every region. */
export function formatReviewDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatDate(date);
}
