/**
 * What leaves the hub as a file (kit ZIPs, Markdown exports, downloads) must read exactly as
 * approved and keep every name: copy is escaped, names keep any script and never collide.
 */
import { unzipSync } from 'fflate';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { buildHub } from '../../src/lib/hub';
import { attachmentHeader, zipArchive } from '../../src/lib/kits/archive';
import { assembleKit, kitPaths } from '../../src/lib/kits/kit';
import { kitArchiveFiles } from '../../src/lib/kits/markdown';
import { fileNameStem, uniqueNames } from '../../src/lib/text/phrasing';
import { markdownLine, markdownText } from '../../src/lib/text/markdownText';
import { messagingHouse } from '../../src/lib/messaging';
import type { ProposalCatalogue } from '../../src/lib/toolkits/proposal';
import { assembleProposal } from '../../src/lib/toolkits/proposal';
import { proposalMarkdown } from '../../src/lib/toolkits/proposalMarkdown';
import { allEntries, customerCase, day, industry, messaging, product, ref, scope, solution } from './factories';

/** Copy that starts with every Markdown block marker, and carries inline markup. */
const hostile = [
  '# Not a heading',
  '## Not a heading either',
  '- not a list item',
  '+ not a list item',
  '* not a list item',
  '1. not a numbered item',
  '2) not a numbered item',
  '> not a quote',
  '```not code',
  '~~~not code',
  '    not indented code',
  '---',
  '***',
  '<b>not HTML</b>',
  '[not a link](javascript:alert(1))',
  '![not an image](x.png)',
  '*not emphasis* and **not strong** and `not code`',
  '~~not struck~~',
  '| not | a table |',
  '[ ] not a task',
];

function parse(markdown: string): Root {
  return fromMarkdown(markdown);
}

describe('markdownText', () => {
  it.each(hostile)('keeps %j a plain paragraph with the same text', (copy) => {
    const tree = parse(markdownText(copy));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(tree.children[0]?.type === 'paragraph' && tree.children[0].children.map((node) => node.type)).toEqual(['text']);
    expect(toString(tree)).toBe(copy);
  });

  it('escapes a block marker on any line of multi-line copy', () => {
    const copy = 'First line\n# second line\n- third line\nIntro\n===';
    const tree = parse(markdownText(copy));
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
    expect(toString(tree)).toBe(copy);
  });

  it('puts one-line copy on one line, escaped, for headings and list items', () => {
    expect(markdownLine('  # Heading\nand more  ')).toBe('\\# Heading and more');
    const tree = parse(`- ${markdownLine('> quote\n1. one')}`);
    expect(tree.children.map((node) => node.type)).toEqual(['list']);
    expect(toString(tree)).toBe('> quote 1. one');
  });

  it('leaves ordinary copy as written', () => {
    expect(markdownText('Close two days faster: 38% less effort, for $40k.')).toBe('Close two days faster: 38% less effort, for $40k.');
    expect(markdownText('金海一号把结账时间缩短了两天。')).toBe('金海一号把结账时间缩短了两天。');
  });
});

describe('kit messaging.md', () => {
  it('prints hostile approved copy as text, never as headings, lists or quotes', () => {
    const [heading, , listItem, , , numbered, , quote] = hostile;
    const hub = buildHub(
      allEntries(
        product('pulse', { title: '# Kestrel Pulse' }),
        messaging('pulse-messaging', 'pulse', {
          tagline: String(heading),
          elevatorPitch: `${String(listItem)}\n${String(numbered)}\n${String(quote)}`,
          keyMessages: [
            { message: '1. First pillar', proofPoints: [{ claim: '- a claim', source: '> a survey' }] },
            { message: '> Second pillar', proofPoints: [{ claim: '# claim', source: 'Survey' }] },
            { message: '- Third pillar', proofPoints: [{ claim: '`claim`', source: 'Survey' }] },
          ],
        }),
      ),
      scope(),
    );
    const entry = hub.entries.messaging[0];
    if (!entry) throw new Error('the messaging entry is not visible');
    const house = messagingHouse(hub, entry, hubConfig.boilerplateWordLimits);
    const kit = { ...kitFor(), messaging: [house] };
    const files = kitArchiveFiles(kit, { siteUrl: 'https://hub.example/', company: 'Kestrel Data', assets: [], documents: [], json: {} });
    const markdown = String(files.find((f) => f.path.endsWith('/messaging.md'))?.data);
    const tree = parse(markdown);
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node));
    expect(headings).toContain('# Kestrel Pulse messaging');
    expect(headings).toContain('1. 1. First pillar');
    expect(headings).toContain('2. > Second pillar');
    expect(headings).not.toContain('Not a heading');
    expect(tree.children.filter((node) => node.type === 'blockquote')).toEqual([]);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    expect(paragraphs).toContain('# Not a heading');
    expect(paragraphs).toContain('- not a list item\n1. not a numbered item\n> not a quote');
    const claims = tree.children.filter((node) => node.type === 'list').flatMap((list) => list.children.map((item) => toString(item)));
    expect(claims).toContain('- a claim (source: > a survey)');
    expect(claims).toContain('# claim (source: Survey)');
  });
});

describe('proposal Markdown export', () => {
  const fit = { industries: [], regions: [], lang: 'en' };
  const catalogue: ProposalCatalogue = {
    product: { id: 'vault', title: '# Vault' },
    company: 'Kestrel Data',
    lang: 'en',
    languages: [{ id: 'en', label: 'English' }],
    industries: [],
    regions: [],
    modules: [
      {
        id: 'summary.executive',
        kind: 'summary',
        title: '> About',
        detail: '',
        fit,
        blocks: [{ type: 'paragraph', text: '- Not a list.\n1. Not numbered.' }],
      },
      {
        id: 'rfp.dpa',
        kind: 'rfp',
        title: '1. DPA',
        detail: 'Privacy',
        fit,
        blocks: [
          { type: 'qa', question: '# Do you sign a DPA?', answer: '> Yes.' },
          { type: 'list', label: '*Includes*', items: ['- one', '2. two'] },
          { type: 'quote', text: '# Great', attribution: '- Ana' },
        ],
      },
    ],
  };
  const selection = {
    customer: '<Acme>',
    rep: { name: '', contact: '' },
    lang: 'en',
    industry: undefined,
    region: undefined,
    moduleIds: ['summary.executive', 'rfp.dpa'],
  };

  it('prints hostile copy as text', () => {
    const doc = assembleProposal(catalogue, selection, day('2026-11-23'));
    const tree = parse(proposalMarkdown(doc));
    const headings = tree.children.filter((node) => node.type === 'heading').map((node) => toString(node));
    expect(headings).toEqual(['# Vault for <Acme>', 'Contents', '1. > About', '2. 1. DPA', '# Do you sign a DPA?']);
    expect(tree.children.filter((node) => node.type === 'html')).toEqual([]);
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph').map((node) => toString(node));
    expect(paragraphs).toContain('- Not a list.\n1. Not numbered.');
    expect(paragraphs).toContain('> Yes.');
    const items = tree.children.filter((node) => node.type === 'list').flatMap((list) => list.children.map((item) => toString(item)));
    expect(items).toEqual(expect.arrayContaining(['- one', '2. two']));
    const quote = tree.children.find((node) => node.type === 'blockquote');
    expect(quote && toString(quote)).toMatch(/^“# Great”/u);
  });
});

function kitFor(extraCases: ReturnType<typeof customerCase>[] = []) {
  const hub = buildHub(
    allEntries(
      product('pulse'),
      industry('retail'),
      solution('retail-visibility', ['pulse'], { industries: [ref('industries', 'retail')] }),
      ...extraCases,
    ),
    scope(),
  );
  const entry = hub.get(ref('solutions', 'retail-visibility'));
  if (!entry) throw new Error('the solution is not visible');
  return assembleKit(hub, entry, hubConfig);
}

describe('file names', () => {
  it('keep an id in any script, and only drop what file systems refuse', () => {
    expect(fileNameStem('harbor-pine', 'x')).toBe('harbor-pine');
    expect(fileNameStem('金海一号', 'x')).toBe('金海一号');
    expect(fileNameStem('cafe\u0301-ole\u0301', 'x')).toBe('café-olé');
    expect(fileNameStem('group/harbor: "pine"?', 'x')).toBe('group-harbor-pine');
    expect(fileNameStem('..hidden', 'x')).toBe('hidden');
  });

  it('are never empty', () => {
    expect(fileNameStem('🚀', 'customer')).toBe('customer');
    expect(fileNameStem('', 'customer')).toBe('customer');
    expect(fileNameStem('///', 'customer')).toBe('customer');
  });

  it('never collide', () => {
    expect(uniqueNames(['a-logo', 'b-logo', 'a-logo', 'a-logo'])).toEqual(['a-logo', 'b-logo', 'a-logo-2', 'a-logo-3']);
  });

  it('name kit assets after non-ASCII case ids, distinctly, and zip them with UTF-8 names', () => {
    const linked = { solutions: [ref('solutions', 'retail-visibility')] };
    const kit = kitFor([
      customerCase('金海一号', 'retail', ['pulse'], linked),
      customerCase('harbor/pine', 'retail', ['pulse'], linked),
      customerCase('harbor-pine', 'retail', ['pulse'], linked),
    ]);
    const names = kit.images.map((image) => image.name);
    expect(names).toEqual(expect.arrayContaining(['金海一号-logo', 'harbor-pine-logo', 'harbor-pine-logo-2']));
    expect(new Set(names).size).toBe(names.length);
    const assets = names.map((name) => ({ image: name, fileName: `${name}-64w.png`, data: new Uint8Array([1]) }));
    const zip = zipArchive(
      kitArchiveFiles(kit, { siteUrl: 'https://hub.example/', company: 'Kestrel Data', assets, documents: [], json: {} }),
      day('2026-11-23'),
    );
    const paths = Object.keys(unzipSync(zip));
    expect(paths).toContain('retail-visibility-kit/assets/金海一号-logo-64w.png');
    expect(paths.filter((p) => p.includes('/assets/'))).toHaveLength(3);
    // The ZIP marks the name as UTF-8 (general purpose flag bit 11), so unzip tools decode it.
    const entry = Buffer.from(zip).indexOf(Buffer.from('retail-visibility-kit/assets/金海一号', 'utf8'));
    const header = Buffer.from(zip).lastIndexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), entry);
    expect(Buffer.from(zip).readUInt16LE(header + 6) & 0x0800).toBe(0x0800);
  });

  it('name the ZIP download after the kit, in any script', () => {
    expect(kitPaths('金海一号').archiveFileName).toBe('金海一号-kit.zip');
    expect(kitPaths('close-faster').archiveFileName).toBe('close-faster-kit.zip');
    expect(attachmentHeader('close-faster-kit.zip')).toBe('attachment; filename="close-faster-kit.zip"');
    expect(attachmentHeader('金海一号-kit.zip')).toBe(
      `attachment; filename="kit.zip"; filename*=UTF-8''${encodeURIComponent('金海一号-kit.zip')}`,
    );
    expect(attachmentHeader('金海.zip')).toBe(`attachment; filename="download.zip"; filename*=UTF-8''${encodeURIComponent('金海.zip')}`);
  });
});
