import type { Entry, Solution } from '../entries';

/**
 * A small document model shared by every format a kit is published in: the web page, the print
 * view and the Markdown in the ZIP render the same blocks, so they cannot drift apart.
 */
export type DocBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'list'; items: string[] }
  /** Claims with where each comes from: a sourced figure and, or, the customer case that proves it. */
  | { kind: 'proof'; items: ProofItem[] }
  | { kind: 'metrics'; items: { label: string; value: string }[] }
  | { kind: 'quote'; text: string; cite: string }
  /** The prose body of a solution, written in Markdown by its owner. */
  | { kind: 'body'; entry: Solution };

export interface ProofItem {
  claim: string;
  source: string | undefined;
  /** "Harbor & Pine: Harbor & Pine closes its books two days faster", when a case proves the claim. */
  customerCase: string | undefined;
}

export interface DocSection {
  /** Anchor on the page and stable key in the JSON API. */
  id: string;
  heading: string;
  blocks: DocBlock[];
  /** Entries the section is compiled from, so each block can show whose it is and until when. */
  sources: Entry[];
}

/** A claim as a page or Markdown reads it: "Close in three days (Forrester, 2026)." */
export function proofLine(proof: ProofItem): string {
  return proof.source ? `${proof.claim} (${proof.source})` : proof.claim;
}
