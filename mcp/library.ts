/**
 * What the MCP server answers with, computed from a build's published documents only: the catalog
 * (`/api/catalog.json`), the messaging documents and the Markdown twins. Pure functions over those
 * documents, so the tools' behaviour is tested without a server.
 */
import type { CatalogDocument, MessagingDocument } from '../src/schemas/api';
import { queryWords } from '../src/lib/search/match.ts';

export type CatalogEntry = CatalogDocument['entries'][number];
export type CatalogToolkit = CatalogDocument['toolkits'][number];

interface IndexedEntry {
  entry: CatalogEntry;
  title: string;
  summary: string;
  text: string;
}

export interface Library {
  catalog: CatalogDocument;
  indexed: IndexedEntry[];
}

/** Lower-cases every searchable field once, so a query scans plain strings. */
export function openLibrary(catalog: CatalogDocument): Library {
  return {
    catalog,
    indexed: catalog.entries.map((entry) => ({
      entry,
      title: entry.title.toLocaleLowerCase(),
      summary: entry.summary.toLocaleLowerCase(),
      text: entry.text.toLocaleLowerCase(),
    })),
  };
}

const wordCharacter = /[\p{L}\p{N}]/u;
// Scripts written without spaces: a word matches anywhere, as the site's search segments them.
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether `text` holds a word starting with `word` (the site's search matches word prefixes too). */
export function holdsWord(text: string, word: string): boolean {
  if (unspaced.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !wordCharacter.test(text.charAt(at - 1))) return true;
  }
  return false;
}

const slug = (value: string) =>
  value
    .toLocaleLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/gu, '');

/** A filter value names a facet value by its title or its id ("Public Sector", "public-sector"). */
function names(value: string, candidate: string): boolean {
  return slug(value) === slug(candidate);
}

export interface SearchInput {
  query: string;
  product?: string | undefined;
  industry?: string | undefined;
  persona?: string | undefined;
  /** A collection (`cases`, `rfp`) or its label ("Customer case"). */
  type?: string | undefined;
  limit?: number | undefined;
}

export interface SearchHit {
  type: string;
  typeLabel: string;
  id: string;
  title: string;
  url: string;
  markdown: string;
  audience: CatalogEntry['governance']['audience'];
  governance: string;
  snippet: string;
}

/** "Approved · Customer-facing · Review by 2027-05-31"; owners only where the build names them. */
export function governanceLine(governance: CatalogEntry['governance']): string {
  const status = governance.status && governance.status.charAt(0).toUpperCase() + governance.status.slice(1);
  const audience = governance.audience === 'internal' ? 'Internal only: do not send to customers' : 'Customer-facing';
  return [
    status ?? 'Approved',
    audience,
    ...(governance.owner ? [`Owner: ${governance.owner}`] : []),
    ...(governance.reviewBy ? [`Review by ${governance.reviewBy}`] : []),
  ].join(' · ');
}

/** The twin as running text: headings, quote marks, list bullets and link targets go. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/^(?:#+|>|-|\|)\s*/gmu, '')
    .replace(/\\(?=[^\s\p{L}\p{N}])/gu, '')
    .replace(/\s+/gu, ' ');
}

function snippet(entry: CatalogEntry, words: readonly string[]): string {
  const flat = plainText(entry.text);
  const lower = flat.toLocaleLowerCase();
  const at = words.length > 0 ? Math.max(0, lower.indexOf(words[0] ?? '')) : 0;
  const start = Math.max(0, at - 80);
  const piece = flat.slice(start, start + 240).trim();
  return `${start > 0 ? '…' : ''}${piece}${start + 240 < flat.length ? '…' : ''}`;
}

function hit(entry: CatalogEntry, words: readonly string[]): SearchHit {
  return {
    type: entry.type,
    typeLabel: entry.typeLabel,
    id: entry.id,
    title: entry.title,
    url: entry.page,
    markdown: entry.markdown,
    audience: entry.governance.audience,
    governance: governanceLine(entry.governance),
    snippet: snippet(entry, words),
  };
}

function passesFilters(entry: CatalogEntry, input: SearchInput): boolean {
  const facet = (values: readonly string[], wanted: string | undefined) => wanted === undefined || values.some((v) => names(wanted, v));
  return (
    (input.type === undefined || names(input.type, entry.type) || names(input.type, entry.typeLabel)) &&
    facet(entry.products, input.product) &&
    facet(entry.industries, input.industry) &&
    facet(entry.personas, input.persona)
  );
}

/** Weights as the pages give them to the site's index: the title counts most, then the summary line. */
function wordScore(item: IndexedEntry, word: string): number {
  return (holdsWord(item.title, word) ? 10 : 0) + (holdsWord(item.summary, word) ? 3 : 0) + (holdsWord(item.text, word) ? 1 : 0);
}

/** Entries holding every word of the query (the site's rule), best first; with no words, the filters alone. */
export function search(library: Library, input: SearchInput): SearchHit[] {
  const words = queryWords(input.query);
  const scored: { item: IndexedEntry; score: number }[] = [];
  for (const item of library.indexed) {
    if (!passesFilters(item.entry, input)) continue;
    let score = 0;
    let all = true;
    for (const word of words) {
      const s = wordScore(item, word);
      if (s === 0) {
        all = false;
        break;
      }
      score += s;
    }
    if (all) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.entry.title.localeCompare(b.item.entry.title, 'en'));
  return scored.slice(0, input.limit ?? 10).map(({ item }) => hit(item.entry, words));
}

export function findEntry(library: Library, type: string, id: string): CatalogEntry | undefined {
  return library.catalog.entries.find((entry) => (names(type, entry.type) || names(type, entry.typeLabel)) && entry.id === id);
}

/**
 * RFP answers for a question as a buyer writes it: a sentence rarely shares every word with the
 * approved answer, so answers are ranked by how many of the question's words they hold.
 */
export function rfpAnswers(library: Library, question: string, limit = 3): (SearchHit & { freshness: string; matched: number })[] {
  const words = queryWords(question).filter((word) => word.length > 2);
  return library.indexed
    .filter((item) => item.entry.type === 'rfp')
    .map((item) => ({
      item,
      matched: words.filter((word) => wordScore(item, word) > 0).length,
      score: words.reduce((s, w) => s + wordScore(item, w), 0),
    }))
    .filter((scored) => scored.matched > 0)
    .sort((a, b) => b.matched - a.matched || b.score - a.score)
    .slice(0, limit)
    .map(({ item, matched }) => ({ ...hit(item.entry, words), freshness: freshness(item.entry), matched }));
}

/** "last reviewed 2026-10-01, current until 2027-06-30": as much as the build tells its reader. */
function freshness(entry: CatalogEntry): string {
  return [
    ...(entry.lastReviewed ? [`last reviewed ${entry.lastReviewed}`] : []),
    ...(entry.governance.reviewBy ? [`current until ${entry.governance.reviewBy}`] : []),
  ].join(', ');
}

export interface ToolkitInput {
  product: string;
  industry?: string | undefined;
  buyer?: string | undefined;
}

export interface ToolkitSelection {
  toolkit: CatalogToolkit;
  pitch: CatalogToolkit['pitches'][number] | undefined;
  valueProps: CatalogToolkit['valueProps'];
  objections: CatalogToolkit['objections'];
}

/** Which toolkit pages exist for a product: none when the product is unknown or the build has no toolkits. */
export function toolkitsOf(library: Library, product: string): CatalogToolkit[] {
  return library.catalog.toolkits.filter((t) => names(product, t.product.id) || names(product, t.product.title));
}

/**
 * The "ready to send" selection for a product, industry and buyer: the quick-sale page where the
 * product has one (the way a rep opens it before a call), its industry page when the industry is
 * one the product is sold to; the buyer's own pitch line and what is written for that buyer or for everyone.
 */
export function toolkitSelection(library: Library, input: ToolkitInput): ToolkitSelection | undefined {
  const pages = toolkitsOf(library, input.product);
  const variant = pages.some((p) => p.variant === 'quick-sale') ? 'quick-sale' : 'high-ticket';
  const ofVariant = pages.filter((p) => p.variant === variant);
  const industry = input.industry;
  const toolkit =
    (industry !== undefined &&
      ofVariant.find((p) => p.industry && (names(industry, p.industry.id) || names(industry, p.industry.title)))) ||
    ofVariant.find((p) => p.industry === undefined);
  if (!toolkit) return undefined;
  const buyerId = input.buyer && buyerIdOf(library, input.buyer);
  const forBuyer = <T extends { personas: string[] }>(items: readonly T[]) =>
    items.filter((item) => item.personas.length === 0 || buyerId === undefined || item.personas.includes(buyerId));
  return {
    toolkit,
    pitch:
      toolkit.pitches.find((p) => buyerId !== undefined && p.persona === buyerId) ?? toolkit.pitches.find((p) => p.persona === undefined),
    valueProps: forBuyer(toolkit.valueProps),
    objections: forBuyer(toolkit.objections),
  };
}

function buyerIdOf(library: Library, buyer: string): string {
  const persona = library.catalog.entries.find((e) => e.type === 'personas' && (names(buyer, e.id) || names(buyer, e.title)));
  return persona?.id ?? slug(buyer);
}

export type BoilerplateLength = MessagingDocument['messaging'][number]['boilerplates'] extends Record<infer K, unknown> ? K : never;

/** The boilerplate whose word limit is nearest the length asked for (25, 50 and 100 in the sample's settings). */
export function lengthFor(document: MessagingDocument, words: number): BoilerplateLength | undefined {
  const house = document.messaging[0];
  if (!house) return undefined;
  const lengths = Object.entries(house.boilerplates) as [BoilerplateLength, { limit: number }][];
  return lengths.sort(([, a], [, b]) => Math.abs(a.limit - words) - Math.abs(b.limit - words))[0]?.[0];
}

export interface Boilerplate {
  product: string;
  length: BoilerplateLength;
  text: string;
  words: number;
  limit: number;
  /** The persona's or industry's line, where one was asked for and exists. */
  variant: { for: string; message: string } | undefined;
  governance: string;
  page: string;
}

/** The approved boilerplate, verbatim, from the product's messaging document (in the language asked for, English first). */
export function boilerplate(
  document: MessagingDocument,
  length: BoilerplateLength,
  options: { persona?: string | undefined; industry?: string | undefined; lang?: string | undefined } = {},
): Boilerplate | undefined {
  const house = document.messaging.find((m) => m.lang === (options.lang ?? 'en')) ?? document.messaging[0];
  if (!house) return undefined;
  const persona = options.persona;
  const industry = options.industry;
  const personaLine =
    persona === undefined ? undefined : house.personaVariants.find((v) => names(persona, v.persona.id) || names(persona, v.persona.title));
  const industryLine =
    industry === undefined
      ? undefined
      : house.industryVariants.find((v) => names(industry, v.industry.id) || names(industry, v.industry.title));
  const variant = personaLine
    ? { for: personaLine.persona.title, message: personaLine.message }
    : industryLine
      ? { for: industryLine.industry.title, message: industryLine.message }
      : undefined;
  const { text, words, limit } = house.boilerplates[length];
  return {
    product: document.product.title,
    length,
    text,
    words,
    limit,
    variant,
    governance: governanceLine(house.governance),
    page: document.page,
  };
}
