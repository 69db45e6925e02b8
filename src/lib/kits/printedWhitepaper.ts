import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DocBlock } from './document';
import type { Whitepaper } from './whitepaper';

/**
 * The whitepaper as a document is laid out: the outline the .docx and the PDF both write, so the
 * two files cannot drift apart. Sections hold parts (a subheading and what follows it), the
 * customer evidence is one call-out per customer, and every proof cites a numbered source.
 */

export type PrintedBlock =
  | { kind: 'paragraph'; text: string }
  /** A heading inside a solution's own prose, below the part headings. */
  | { kind: 'minorHeading'; text: string }
  | { kind: 'list'; items: string[] }
  /** Claims, each with the number of the source that backs it. */
  | { kind: 'proof'; items: { claim: string; note: number | undefined }[] }
  | { kind: 'metrics'; items: { label: string; value: string }[] }
  | { kind: 'quote'; text: string; cite: string };

export interface PrintedPart {
  /** The part's heading (second level); the opening part of a section has none. */
  heading: string | undefined;
  /** Customer evidence sits in a call-out box, apart from the argument around it. */
  callout: boolean;
  blocks: PrintedBlock[];
}

export interface PrintedSection {
  id: string;
  heading: string;
  parts: PrintedPart[];
}

export interface PrintedWhitepaper {
  title: string;
  subtitle: string;
  /** "A Kestrel Data whitepaper". */
  byline: string;
  sections: PrintedSection[];
  /** Where each claim comes from, numbered in order of first citation. */
  sources: { note: number; text: string }[];
}

/** Markdown prose (a solution's body) as plain blocks: documents carry its words, not its markup. */
export function markdownBlocks(markdown: string): PrintedBlock[] {
  const blocks: PrintedBlock[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'minorHeading', text: toString(node) });
        return;
      case 'list':
        blocks.push({
          kind: 'list',
          items: node.children.map((item) => toString(item, { includeHtml: false }).replace(/\s+/gu, ' ').trim()),
        });
        return;
      case 'blockquote':
        node.children.forEach(visit);
        return;
      case 'html':
      case 'code':
      case 'thematicBreak':
      case 'definition':
        return;
      default: {
        const text = toString(node, { includeHtml: false }).replace(/\s+/gu, ' ').trim();
        if (text) blocks.push({ kind: 'paragraph', text });
      }
    }
  };
  fromMarkdown(markdown).children.forEach(visit);
  return blocks;
}

export function printedWhitepaper(whitepaper: Whitepaper, company: string): PrintedWhitepaper {
  const sources: { note: number; text: string }[] = [];
  const noteFor = (text: string | undefined): number | undefined => {
    if (!text) return undefined;
    const known = sources.find((s) => s.text === text);
    if (known) return known.note;
    const note = sources.length + 1;
    sources.push({ note, text });
    return note;
  };

  const printed = (block: Exclude<DocBlock, { kind: 'subheading' }>): PrintedBlock[] => {
    switch (block.kind) {
      case 'body':
        return markdownBlocks(block.entry.body ?? '');
      case 'proof':
        return [
          {
            kind: 'proof',
            items: block.items.map((item) => ({
              claim: item.claim,
              note: noteFor(item.source ?? (item.customerCase && `Customer case, ${item.customerCase}`)),
            })),
          },
        ];
      default:
        return [block];
    }
  };

  const sections = whitepaper.sections.map((section): PrintedSection => {
    const parts: PrintedPart[] = [];
    let current: PrintedPart = { heading: undefined, callout: false, blocks: [] };
    for (const block of section.blocks) {
      if (block.kind === 'subheading') {
        if (current.heading !== undefined || current.blocks.length > 0) parts.push(current);
        current = { heading: block.text, callout: section.id === 'evidence', blocks: [] };
      } else {
        current.blocks.push(...printed(block));
      }
    }
    parts.push(current);
    return { id: section.id, heading: section.heading, parts };
  });

  return { title: whitepaper.title, subtitle: whitepaper.subtitle, byline: `A ${company} whitepaper`, sections, sources };
}
