import { markdownLine, markdownText } from '../text/markdownText';
import { countWords } from '../text/wordCount';
import type { MessagingHouse } from '../messaging';
import { formatDate } from '../governanceView';
import type { DocBlock, DocSection } from './document';
import { proofLine } from './document';
import type { EventKit } from './event';
import type { MarketingKit } from './kit';
import { kitPaths } from './kit';
import { channelLabels } from './shortForm';
import type { Whitepaper } from './whitepaper';

/**
 * The kit as Markdown files, for the ZIP: the same model the pages render, so the download always
 * holds what the page shows. Links are absolute, because the files are read away from the hub.
 */

function blockMarkdown(block: DocBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return markdownText(block.text);
    case 'subheading':
      return `### ${markdownLine(block.text)}`;
    case 'list':
      return block.items.map((item) => `- ${markdownLine(item)}`).join('\n');
    case 'proof':
      return block.items.map((p) => `- ${markdownLine(proofLine(p))}`).join('\n');
    case 'metrics':
      return block.items.map((m) => `- **${markdownLine(m.value)}** ${markdownLine(m.label)}`).join('\n');
    case 'quote':
      return `> ${markdownLine(block.text)}\n>\n> — ${markdownLine(block.cite)}`;
    case 'body':
      return (block.entry.body ?? '').trim();
  }
}

export function sectionMarkdown(section: DocSection): string {
  return [`## ${markdownLine(section.heading)}`, ...section.blocks.map(blockMarkdown)].join('\n\n');
}

function document(...parts: (string | false | undefined)[]): string {
  return `${parts.filter((p): p is string => Boolean(p)).join('\n\n')}\n`;
}

function wordCount(text: string, target?: number): string {
  const words = countWords(text);
  return target === undefined ? `(${words} words)` : `(${words} / ${target} words)`;
}

export function messagingMarkdown(house: MessagingHouse): string {
  const { status, reviewBy } = house.entry.data;
  return document(
    `# ${markdownLine(house.product.title)} messaging`,
    // Owner and review date are the company's business: a house without an owner is a partner's or customer's copy.
    house.owner
      ? `Owner: ${markdownLine(house.owner)} · Status: ${status} · Review by ${formatDate(reviewBy)}`
      : 'Approved, customer-facing',
    `## Tagline`,
    markdownText(house.tagline),
    `## Positioning statement`,
    markdownText(house.statement),
    `## Elevator pitch`,
    markdownText(house.elevatorPitch),
    `## Boilerplates`,
    ...house.boilerplates.map((b) => `### ${b.label} ${wordCount(b.text, b.limit)}\n\n${markdownText(b.text)}`),
    `## Key messages`,
    ...house.pillars.map(
      (pillar, i) =>
        `### ${i + 1}. ${markdownLine(pillar.message)}\n\n` +
        pillar.proofPoints
          .map(
            (p) =>
              `- ${markdownLine(p.claim)}${p.case ? ` (case: ${markdownLine(p.case.customer)})` : p.source ? ` (source: ${markdownLine(p.source)})` : ''}`,
          )
          .join('\n'),
    ),
    house.personaVariants.length > 0 && `## By persona`,
    ...house.personaVariants.map((v) => `- **${markdownLine(v.target.title)}:** ${markdownLine(v.message)}`),
    house.industryVariants.length > 0 && `## By industry`,
    ...house.industryVariants.map((v) => `- **${markdownLine(v.target.title)}:** ${markdownLine(v.message)}`),
  );
}

export function whitepaperMarkdown(whitepaper: Whitepaper, company: string): string {
  return document(
    `# ${markdownLine(whitepaper.title)}`,
    `*${markdownLine(whitepaper.subtitle)}*`,
    `A ${markdownLine(company)} whitepaper.`,
    ...whitepaper.sections.map(sectionMarkdown),
  );
}

function derivedNote(derived: boolean): string | false {
  return derived && '> Composed from the kit’s approved sources: this entry has no hand-written version.';
}

/**
 * The talk's outline, one numbered section after another with its talking points and speaker
 * notes: what the kit page's copy button copies and what event.md holds, written once.
 */
export function outlineMarkdown(event: Pick<EventKit, 'sections'>): string {
  return event.sections
    .map(
      (s, i) =>
        `### ${i + 1}. ${markdownLine(s.title)}` +
        (s.points.length > 0 ? `\n\n${s.points.map((p) => `- ${markdownLine(p)}`).join('\n')}` : '') +
        (s.notes ? `\n\nSpeaker notes: ${markdownLine(s.notes)}` : ''),
    )
    .join('\n\n');
}

function eventMarkdown(kit: MarketingKit): string {
  const { event } = kit;
  return document(
    `# Event: ${markdownLine(event.talkTitle)}`,
    derivedNote(event.derived),
    `## Talk title`,
    markdownText(event.talkTitle),
    `## Abstract, short ${wordCount(event.abstractShort)}`,
    markdownText(event.abstractShort),
    `## Abstract, long ${wordCount(event.abstractLong)}`,
    markdownText(event.abstractLong),
    `## Outline and speaker notes`,
    outlineMarkdown(event),
  );
}

/** Marp-style Markdown: slides separated by `---`, speaker notes in HTML comments, as slide tools import. */
function slidesMarkdown(kit: MarketingKit): string {
  const slides = kit.slides.map((slide) => {
    const lines = [`# ${markdownLine(slide.title)}`];
    switch (slide.layout) {
      case 'title':
        lines.push(markdownText(slide.subtitle));
        break;
      case 'closing':
        lines.push(
          markdownText(slide.subtitle),
          `**${markdownLine(slide.contact.callToAction)}**: ${slide.contact.url} · ${slide.contact.email}`,
        );
        break;
      case 'agenda':
        lines.push(slide.items.map((item, i) => `${i + 1}. ${markdownLine(item)}`).join('\n'));
        break;
      case 'points':
        lines.push(slide.points.map((p) => `- ${markdownLine(p)}`).join('\n'));
        break;
      case 'story':
        lines.push(
          `Customer story: ${markdownLine(slide.customerCase.data.customer)}`,
          ...(slide.points.length > 0 ? [slide.points.map((p) => `- ${markdownLine(p)}`).join('\n')] : []),
          slide.customerCase.data.metrics.map((m) => `- **${markdownLine(m.value)}** ${markdownLine(m.label)}`).join('\n'),
        );
        if (slide.customerCase.data.quote) {
          const { quote } = slide.customerCase.data;
          lines.push(`> ${markdownLine(quote.text)}\n>\n> — ${markdownLine(`${quote.author}, ${quote.role}`)}`);
        }
        break;
      case 'divider':
        break;
    }
    if (slide.notes) lines.push(`<!--\n${slide.notes.replace(/-->/gu, '—>')}\n-->`);
    return lines.join('\n\n');
  });
  return `${slides.join('\n\n---\n\n')}\n`;
}

function shortFormMarkdown(kit: MarketingKit): string {
  const { posts, emails } = kit.shortForm;
  return document(
    `# Short-form copy: ${markdownLine(kit.title)}`,
    `## Social posts`,
    ...posts.map(
      (p) =>
        `### ${channelLabels[p.channel]} (${p.characters} / ${p.limit} characters)${p.derived ? ' · drafted from approved messaging' : ''}\n\n${markdownText(p.text)}`,
    ),
    posts.length === 0 && 'No social posts yet.',
    `## Emails`,
    ...emails.map(
      (e) =>
        `### ${markdownLine(e.name)}${e.derived ? ' · drafted from approved messaging' : ''}\n\n` +
        `Subject (${e.subjectCharacters} / ${e.subjectLimit} characters): ${markdownLine(e.subject)}\n\n${markdownText(e.body)}`,
    ),
    emails.length === 0 && 'No email copy yet.',
  );
}

function salesHandoffMarkdown(kit: MarketingKit, siteUrl: string): string {
  const url = (path: string) => new URL(path, siteUrl).toString();
  return document(
    `# Sales handoff: ${markdownLine(kit.title)}`,
    'Leads from this kit go to sales with these toolkits; reps cite these cases.',
    `## Sales toolkits`,
    kit.salesHandoff.toolkits.map((t) => `- [${markdownLine(t.product.title)}: ${t.label}](${url(t.path)})`).join('\n'),
    ...kit.salesHandoff.reasons.map((r) => `${markdownLine(r.product)}: ${markdownLine(r.reason)}`),
    `## Customer cases`,
    kit.salesHandoff.cases.map((c) => `- [${markdownLine(c.title)}](${url(c.path)}) (${markdownLine(c.customer)})`).join('\n') ||
      'No approved case yet.',
  );
}

export interface ArchiveAsset {
  /** Name of the kit image this file is a rendition of. */
  image: string;
  fileName: string;
  data: Uint8Array;
}

/** What each editable document is, for the README's list. */
const documentDescriptions: [suffix: string, what: string][] = [
  [
    'talk.pptx',
    'the talk as a PowerPoint deck: points on each slide, speaker notes in the notes pane, customer stories with metrics, quote and logo',
  ],
  [
    'whitepaper.docx',
    'the whitepaper as a Word document, with heading styles, a table of contents, sources as footnotes and customer stories in call-out boxes',
  ],
  ['whitepaper.pdf', 'the whitepaper laid out as a PDF, ready to attach'],
  ['summary.pdf', 'the kit on one page, as a PDF'],
];

function readme(
  kit: MarketingKit,
  siteUrl: string,
  company: string,
  assets: readonly ArchiveAsset[],
  documents: readonly { fileName: string }[],
): string {
  const url = (path: string) => new URL(path, siteUrl).toString();
  const { entry, images } = kit;
  return document(
    `# ${markdownLine(kit.title)}: ${kit.kindLabel.toLowerCase()}`,
    markdownText(kit.angle),
    entry.collection === 'campaigns' &&
      `**Goal:** ${markdownLine(entry.data.goal)}\n\n**Runs:** ${formatDate(entry.data.starts)} – ${formatDate(entry.data.ends)}`,
    `**Products:** ${kit.products.map((p) => markdownLine(p.data.title)).join(', ')}`,
    kit.industries.length > 0 && `**Industries:** ${kit.industries.map((i) => markdownLine(i.data.title)).join(', ')}`,
    kit.personas.length > 0 && `**Buyers:** ${kit.personas.map((p) => markdownLine(p.data.title)).join(', ')}`,
    `## What is in this kit`,
    [
      ...documents.map(
        (d) =>
          `- \`${d.fileName}\`: ${documentDescriptions.find(([suffix]) => d.fileName.endsWith(suffix))?.[1] ?? 'a document of the kit'}`,
      ),
      '- `messaging.md`: approved positioning, tagline, boilerplates and key messages with proof',
      '- `whitepaper.md`: long-form piece, ready to lay out',
      '- `event.md`: talk title, abstracts, outline and speaker notes',
      '- `slides.md`: the slide deck in Markdown (Marp format, notes in comments)',
      '- `short-form.md`: social posts and email copy with character counts',
      '- `sales-handoff.md`: where leads go next',
      '- `kit.json`: the same kit for other tools (schema at /api/schema/kit.v1.json)',
      ...(assets.length > 0
        ? [
            `- \`assets/\`: each brand image as a PNG for slides and print (the number in a file name is its width in pixels); other sizes and WebP on ${url(kitPaths(kit.id).page)}`,
          ]
        : []),
    ].join('\n'),
    images.length > 0 && `## Assets`,
    images.length > 0 &&
      images
        .map((image) => {
          const files = assets.filter((a) => a.image === image.name).map((a) => `\`${a.fileName}\``);
          return `- **${markdownLine(image.name)}** (${image.role}): ${files.join(', ')}. Alt text: ${markdownLine(image.alt)}`;
        })
        .join('\n'),
    `## Approval`,
    `Everything here is approved ${company} content, compiled from ${kit.sourceEntries.length} sources. ` +
      `The kit is current until ${formatDate(kit.validUntil.date)}; after that, download it again from ${url(kitPaths(kit.id).page)}.`,
    kit.gaps.length > 0 && `## Not in this kit yet`,
    kit.gaps.length > 0 && kit.gaps.map((g) => `- ${markdownLine(g.text)}`).join('\n'),
  );
}

export interface ArchiveFile {
  path: string;
  data: string | Uint8Array;
}

/** Every file of a kit's ZIP, in one folder named after the kit so it unpacks tidily. */
export function kitArchiveFiles(
  kit: MarketingKit,
  options: {
    siteUrl: string;
    company: string;
    assets: readonly ArchiveAsset[];
    /** The kit's editable documents (.pptx, .docx, PDF), under the names their downloads have. */
    documents: readonly { fileName: string; data: Uint8Array }[];
    json: unknown;
  },
): ArchiveFile[] {
  const folder = kitPaths(kit.id).archiveFolder;
  const files: ArchiveFile[] = [
    { path: 'README.md', data: readme(kit, options.siteUrl, options.company, options.assets, options.documents) },
    ...options.documents.map((d) => ({ path: d.fileName, data: d.data })),
    {
      path: 'messaging.md',
      data:
        kit.messaging.length > 0 ? kit.messaging.map(messagingMarkdown).join('\n---\n\n') : '# Messaging\n\nNo approved messaging yet.\n',
    },
    { path: 'whitepaper.md', data: whitepaperMarkdown(kit.whitepaper, options.company) },
    { path: 'event.md', data: eventMarkdown(kit) },
    { path: 'slides.md', data: slidesMarkdown(kit) },
    { path: 'short-form.md', data: shortFormMarkdown(kit) },
    { path: 'sales-handoff.md', data: salesHandoffMarkdown(kit, options.siteUrl) },
    { path: 'kit.json', data: `${JSON.stringify(options.json, null, 2)}\n` },
    ...options.assets.map((asset) => ({ path: `assets/${asset.fileName}`, data: asset.data })),
  ];
  return files.map((file) => ({ ...file, path: `${folder}/${file.path}` }));
}
