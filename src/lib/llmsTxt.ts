/**
 * `/llms.txt`, after the llms.txt convention: a title, a one-paragraph summary, then sections of
 * links to the pages' Markdown twins, each with one line of description, so an assistant finds what this build publishes and
 * cites its page; and `/llms-full.txt`, the approved text itself, split into one file per
 * collection so no file grows with the whole hub. Only what the gated hub holds and the build
 * publishes is in them.
 */
import type { DetailCollection, Entry } from './entries';
import { collectionLabels } from './entries';
import type { Hub } from './hub';
import { listingLine } from './listing';
import { twinPath } from './markdownTwin';
import { bodyMarkdown } from './text/bodyMarkdown';
import { truncate } from './text/truncate';
import type { VariantRules } from './toolkitVariant';
import { toolkitVariantsFor } from './toolkitVariant';
import { toolkitPagePath } from './toolkits/toolkitPaths';

/** Links per section: a 10,000-entry hub lists the first ones and points to the full listing. */
export const llmsSectionLimit = 100;

/** The collections an assistant is asked about, in the order llms.txt lists them. */
const listedCollections: readonly DetailCollection[] = [
  'products',
  'solutions',
  'value-props',
  'cases',
  'objections',
  'competitors',
  'rfp',
];

/** Link text and descriptions are single lines: the format is one link per list item. */
function line(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[[\]]/gu, '').trim();
}

function link(title: string, url: string, description: string): string {
  const about = line(description);
  return `- [${line(title)}](${url})${about ? `: ${truncate(about, 160)}` : ''}`;
}

export interface LlmsTxtSettings {
  company: string;
  /** The build's own address (its `site`): every link is absolute. */
  siteUrl: string;
  /** Which toolkit variant each product gets (the hub settings' thresholds). */
  variantRules: VariantRules;
}

export function llmsTxt(hub: Pick<Hub, 'entries' | 'publication' | 'pagePath'>, settings: LlmsTxtSettings): string {
  const url = (path: string) => new URL(path, settings.siteUrl).href;
  const { publication } = hub;
  const sections: string[] = [];

  if (publication.sections.toolkits) {
    sections.push(
      '## Sales toolkits',
      '',
      ...hub.entries.products.flatMap((p) =>
        toolkitVariantsFor(p.data, settings.variantRules).variants.map((variant) =>
          link(
            `${p.data.title} ${variant} toolkit`,
            url(twinPath(toolkitPagePath(p.id, variant))),
            `Pitch, proof, cases and answers to send for ${p.data.title}.`,
          ),
        ),
      ),
    );
  }
  if (publication.sections.messaging) {
    sections.push(
      '## Messaging',
      '',
      ...hub.entries.products.map((p) =>
        link(
          `${p.data.title} messaging`,
          url(`/messaging/${p.id}/`),
          'Approved positioning, tagline, boilerplates at 25, 50 and 100 words, key messages with proof.',
        ),
      ),
    );
  }
  if (publication.sections.kits) {
    sections.push(
      '## Marketing kits',
      '',
      link('Marketing kits', url('/kits/'), 'Whitepaper, talk, posts, emails and brand assets per campaign and solution.'),
    );
  }

  for (const collection of listedCollections.filter((c) => publication.collections.includes(c))) {
    const entries = hub.entries[collection] as Entry[];
    if (entries.length === 0) continue;
    const shown = entries.slice(0, llmsSectionLimit).flatMap((entry) => {
      const path = hub.pagePath(entry);
      return path ? [link((entry.data as { title: string }).title, url(twinPath(path)), listingLine(entry))] : [];
    });
    const more =
      entries.length > shown.length
        ? [link(`All ${entries.length} ${collectionLabels[collection].many.toLowerCase()}`, url(`/${collection}/`), 'The full listing.')]
        : [];
    sections.push(`## ${collectionLabels[collection].many}`, '', ...shown, ...more);
  }

  const fullText = fullTextCollections(hub);
  if (fullText.length > 0) {
    sections.push('## Optional', '', link('Full text', url(llmsFullIndexPath), 'The approved text itself, one file per kind of content.'));
  }

  return [
    `# ${settings.company}: ${publication.name}`,
    '',
    `> Approved, current ${publication.reader === 'customer' ? 'information about our products, solutions and customers' : 'sales and marketing content'} from ` +
      `${settings.company}, compiled from reviewed sources. Everything listed here has passed review and has not expired; ` +
      'cite the page a fact comes from.',
    '',
    ...sections.flatMap((s) => (s.startsWith('## ') ? ['', s] : [s])),
    '',
  ]
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n');
}

export const llmsFullIndexPath = '/llms-full.txt';

export function llmsFullPath(collection: DetailCollection): string {
  return `/llms-full/${collection}.txt`;
}

/** The collections that get a full-text file in this build: published, and not empty. */
export function fullTextCollections(hub: Pick<Hub, 'entries' | 'publication'>): DetailCollection[] {
  return listedCollections.filter((c) => hub.publication.collections.includes(c) && hub.entries[c].length > 0);
}

/** `/llms-full.txt`: which full-text file holds what, with how many entries each. */
export function llmsFullIndex(hub: Pick<Hub, 'entries' | 'publication'>, settings: Omit<LlmsTxtSettings, 'variantRules'>): string {
  const url = (path: string) => new URL(path, settings.siteUrl).href;
  return [
    `# ${settings.company}: ${hub.publication.name}, full text`,
    '',
    '> The approved text of every entry this build publishes, one file per kind of content. Each entry names the page to cite.',
    '',
    ...fullTextCollections(hub).map((c) =>
      link(collectionLabels[c].many, url(llmsFullPath(c)), `${hub.entries[c].length} ${hub.entries[c].length === 1 ? 'entry' : 'entries'}`),
    ),
    '',
  ].join('\n');
}

/** One collection's approved text: each entry's title, the page to cite, its audience, its summary line and its body. */
export function llmsFullText(
  hub: Pick<Hub, 'entries' | 'publication' | 'pagePath'>,
  collection: DetailCollection,
  settings: Omit<LlmsTxtSettings, 'variantRules'>,
): string {
  const entries = hub.entries[collection] as Entry[];
  const blocks = entries.flatMap((entry) => {
    const path = hub.pagePath(entry);
    if (!path) return [];
    const data = entry.data as { title: string; audience: string };
    const body = bodyMarkdown(entry.body);
    return [
      [
        `## ${line(data.title)}`,
        '',
        `Source: ${new URL(path, settings.siteUrl).href}`,
        data.audience === 'internal' ? 'Audience: internal only. Do not send to customers.' : 'Audience: customer-facing.',
        '',
        line(listingLine(entry)),
        ...(body ? ['', body] : []),
      ].join('\n'),
    ];
  });
  return [`# ${settings.company}: ${collectionLabels[collection].many}`, '', ...blocks.flatMap((b) => [b, ''])].join('\n');
}
