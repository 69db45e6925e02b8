import Ajv2020 from 'ajv/dist/2020';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TableOfContents } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { Entry } from '../../src/lib/entries';
import type { BuildScope } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { apiIndexDocument, kitDocument } from '../../src/lib/kits/api';
import { apiJsonSchema } from '../../src/schemas/api';
import { archiveCache, officePackage, zipArchive } from '../../src/lib/kits/archive';
import { kitSummary } from '../../src/lib/kits/kitSummary';
import { markdownBlocks, printedWhitepaper } from '../../src/lib/kits/printedWhitepaper';
import { printRendition, renditionsFor, renditionWidths } from '../../src/lib/kits/brandAssets';
import { abstractWordTargets } from '../../src/lib/kits/event';
import { isContentSlide } from '../../src/lib/kits/slides';
import type { KitSettings, MarketingKit } from '../../src/lib/kits/kit';
import { allKits, assembleKit, kitDocumentKinds, kitListPath, kitPaths, kitsByProduct } from '../../src/lib/kits/kit';
import { kitArchiveFiles, outlineMarkdown } from '../../src/lib/kits/markdown';
import { markdownText } from '../../src/lib/text/markdownText';
import { toolkitPath } from '../../src/lib/toolkits/catalog';
import { kitCaseLimit, kitSources } from '../../src/lib/kits/sources';
import { checkPost } from '../../src/lib/kits/shortForm';
import { fitSentences, formatSize, joinAsSentence } from '../../src/lib/text/phrasing';
import { countCharacters, countWords } from '../../src/lib/text/wordCount';
import { deckAction, slideFromHash } from '../../src/client/slidesKeys';
import {
  allEntries,
  campaign,
  customerCase,
  day,
  industry,
  messaging,
  persona,
  product,
  ref,
  scope,
  solution,
  valueProp,
} from './factories';

const settings: KitSettings = hubConfig;
const siteUrl = 'https://hub.example/';

/**
 * A solution with two value propositions (one a draft), cases in every state, and messaging;
 * a campaign built on it with a hero image and hand-written material.
 */
function sample(extra: Entry[] = []) {
  return allEntries(
    product('pulse', { title: 'Kestrel Pulse' }),
    industry('retail', { title: 'Retail', trends: ['Stores and online merge'] }),
    persona('cfo', { title: 'Chief Financial Officer' }),
    valueProp('one-view', 'pulse', {
      title: 'One revenue number',
      priority: 1,
      proofPoints: [
        { claim: 'Harbor cut forecast prep to two hours.', case: ref('cases', 'harbor') },
        { claim: 'Secret Co closed in a day.', case: ref('cases', 'secret') },
      ],
    }),
    valueProp('fast-setup', 'pulse', { title: 'Live in an afternoon', priority: 2 }),
    valueProp('draft-idea', 'pulse', { title: 'A draft idea', status: 'draft', priority: 1 }),
    solution('retail-visibility', ['pulse'], {
      title: 'Revenue visibility for retail',
      summary: 'Store and online revenue in one view. Managers see what finance sees.',
      industries: [ref('industries', 'retail')],
      personas: [ref('personas', 'cfo')],
      valueProps: [ref('value-props', 'fast-setup'), ref('value-props', 'one-view'), ref('value-props', 'draft-idea')],
      reviewBy: day('2027-03-31'),
    }),
    customerCase('harbor', 'retail', ['pulse'], { customer: 'Harbor & Pine', solutions: [ref('solutions', 'retail-visibility')] }),
    customerCase('secret', 'retail', ['pulse'], { customer: 'Secret Co', audience: 'internal' }),
    customerCase('expired', 'retail', ['pulse'], {
      customer: 'Expired Inc',
      reviewBy: day('2026-01-01'),
      solutions: [ref('solutions', 'retail-visibility')],
    }),
    messaging('pulse-messaging', 'pulse', { tagline: 'One revenue number, everyone.' }),
    campaign('close-faster', ['pulse'], {
      title: 'Close the quarter faster',
      solutions: [ref('solutions', 'retail-visibility')],
      hero: { src: { src: '/_astro/hero.png', width: 1600, height: 900, format: 'png' }, alt: 'Campaign banner' },
      event: {
        talkTitle: 'Three days back every quarter',
        abstractShort: 'Short abstract.',
        abstractLong: 'Long abstract.',
        outline: [
          { title: 'Why closes slip', points: ['Systems disagree', 'Data arrives late'], divider: false },
          {
            title: 'Harbor & Pine: a nightly reconciliation',
            points: ['Reconciled every night'],
            case: ref('cases', 'harbor'),
            divider: false,
          },
          { title: 'Secret Co: a story customers may not read', points: ['Closed in a day'], case: ref('cases', 'secret'), divider: false },
          { title: 'Questions', points: [], divider: true },
        ],
        speakerNotes: ['Open with a poll.', 'Let the customer talk.', 'Secret Co notes.'],
      },
      socialPosts: [{ channel: 'x', text: 'Close in three days, not five 🚀 {link}' }],
      emails: [{ name: 'Invitation', subject: 'Three days back every quarter', body: 'Hi {first name}, join us.' }],
      reviewBy: day('2027-02-28'),
    }),
    ...extra,
  );
}

/** A public build unless a test says otherwise, so the internal-only case stays out by default. */
function hubFor(overrides: Partial<BuildScope> = {}, extra: Entry[] = []) {
  return buildHub(sample(extra), scope({ audience: 'partner', ...overrides }));
}

function solutionKit(overrides: Partial<BuildScope> = {}) {
  const hub = hubFor(overrides);
  const entry = hub.get(ref('solutions', 'retail-visibility'));
  if (!entry) throw new Error('the sample solution is not visible');
  return assembleKit(hub, entry, settings);
}

function campaignKit(overrides: Partial<BuildScope> = {}) {
  const hub = hubFor(overrides);
  const entry = hub.get(ref('campaigns', 'close-faster'));
  if (!entry) throw new Error('the sample campaign is not visible');
  return assembleKit(hub, entry, settings);
}

describe('kit assembly', () => {
  it('compiles a solution kit from its approved value propositions, in priority order', () => {
    const kit = solutionKit();
    expect(kit.kindLabel).toBe('Solution kit');
    expect(kit.valueProps.map((vp) => vp.entry.id)).toEqual(['one-view', 'fast-setup']);
    expect(kit.products.map((p) => p.id)).toEqual(['pulse']);
    expect(kit.messaging.map((h) => h.tagline)).toEqual(['One revenue number, everyone.']);
  });

  it('cites the cases that name the solution and the cases its proof points cite, once each', () => {
    const kit = solutionKit();
    expect(kit.cases.map((c) => c.id)).toEqual(['harbor']);
  });

  it('assembles the whitepaper in reading order from the same sources', () => {
    const kit = solutionKit();
    expect(kit.whitepaper.sections.map((s) => s.id)).toEqual(['summary', 'challenge', 'approach', 'value', 'evidence', 'about']);
    const value = kit.whitepaper.sections.find((s) => s.id === 'value');
    expect(value?.blocks).toContainEqual({ kind: 'subheading', text: 'One revenue number' });
    const about = kit.whitepaper.sections.find((s) => s.id === 'about');
    expect(about?.heading).toBe(`About ${hubConfig.brand.company}`);
  });

  it('derives the event from approved sources when the entry has none, and says so', () => {
    const kit = solutionKit();
    expect(kit.event.derived).toBe(true);
    expect(kit.event.talkTitle).toBe('Revenue visibility for retail');
    expect(kit.event.sections.length).toBeGreaterThanOrEqual(3);
    expect(kit.event.sections.map((s) => s.title)).toContain('One revenue number');
    expect(countWords(kit.event.abstractShort)).toBeLessThanOrEqual(abstractWordTargets.short);
    expect(countWords(kit.event.abstractLong)).toBeLessThanOrEqual(abstractWordTargets.long);
  });

  it('uses hand-written event material as written, pairing speaker notes with outline sections', () => {
    const kit = campaignKit();
    expect(kit.event.derived).toBe(false);
    expect(
      kit.event.sections.map(({ title, notes, points, divider, customerCase }) => ({
        title,
        notes,
        points,
        divider,
        case: customerCase?.id,
      })),
    ).toEqual([
      {
        title: 'Why closes slip',
        notes: 'Open with a poll.',
        points: ['Systems disagree', 'Data arrives late'],
        divider: false,
        case: undefined,
      },
      {
        title: 'Harbor & Pine: a nightly reconciliation',
        notes: 'Let the customer talk.',
        points: ['Reconciled every night'],
        divider: false,
        case: 'harbor',
      },
      { title: 'Questions', notes: '', points: [], divider: true, case: undefined },
    ]);
  });

  it('leaves out of the talk a story customers may not read, agenda line included, and says so', () => {
    const kit = campaignKit({ audience: 'internal' });
    const text = JSON.stringify(kit.slides);
    expect(text).not.toContain('Secret Co');
    expect(kit.gaps.map((g) => g.text)).toContainEqual(expect.stringContaining('Section 3 of the talk’s outline'));
  });

  it('builds the slide deck from the event: title, agenda, one slide per section (the stories as story slides), close', () => {
    const kit = campaignKit();
    expect(kit.slides.map((s) => s.layout)).toEqual(['title', 'agenda', 'points', 'story', 'divider', 'closing']);
    const story = kit.slides.find((s) => s.layout === 'story');
    expect(story?.layout === 'story' && [story.title, story.customerCase.id, story.points]).toEqual([
      'Harbor & Pine: a nightly reconciliation',
      'harbor',
      ['Reconciled every night'],
    ]);
    expect(kit.slides[0]?.title).toBe('Three days back every quarter');
    const closing = kit.slides.at(-1);
    expect(closing?.title).toBe('One revenue number, everyone.');
    expect(closing?.layout === 'closing' && closing.contact).toEqual(hubConfig.customerContact);
  });

  it('lists in the agenda exactly the slides that follow it, so it promises no story the deck does not tell', () => {
    for (const kit of [campaignKit(), solutionKit(), campaignKit({ audience: 'internal' })]) {
      const agenda = kit.slides.find((s) => s.layout === 'agenda');
      expect(agenda?.layout === 'agenda' && agenda.items).toEqual(kit.slides.filter(isContentSlide).map((s) => s.title));
    }
  });

  it('derives a talk whose every content slide shows something, its stories from the kit’s cases', () => {
    const kit = solutionKit();
    const content = kit.slides.filter(isContentSlide);
    expect(content.every((s) => s.layout !== 'divider' && s.points.length > 0)).toBe(true);
    expect(content.filter((s) => s.layout === 'story').map((s) => s.layout === 'story' && s.customerCase.id)).toEqual(['harbor']);
  });

  it('gives a campaign kit its solutions’ value propositions and cases, and its hero image first', () => {
    const kit = campaignKit();
    expect(kit.kindLabel).toBe('Campaign kit');
    expect(kit.solutions.map((s) => s.id)).toEqual(['retail-visibility']);
    expect(kit.valueProps.map((vp) => vp.entry.id)).toEqual(['one-view', 'fast-setup']);
    expect(kit.images.map((i) => [i.name, i.role])).toEqual([
      ['close-faster-hero', 'Campaign hero'],
      ['harbor-logo', 'Customer logo'],
    ]);
  });

  it('is current until the earliest review-by date among its sources', () => {
    const kit = campaignKit();
    expect(kit.validUntil.date).toEqual(day('2027-02-28'));
    expect(kit.validUntil.entry.id).toBe('close-faster');
    expect(solutionKit().validUntil.date).toEqual(day('2027-03-31'));
  });

  it('falls back to the products’ value propositions and names the gap when none is linked', () => {
    const hub = buildHub(
      allEntries(product('pulse'), valueProp('vp', 'pulse', { title: 'Product-level value' }), solution('bare', ['pulse'])),
      scope(),
    );
    const entry = hub.get(ref('solutions', 'bare'));
    if (!entry) throw new Error('missing');
    const kit = assembleKit(hub, entry, settings);
    expect(kit.valueProps.map((vp) => vp.entry.id)).toEqual(['vp']);
    expect(kit.gaps.map((g) => g.text).join(' ')).toMatch(/no approved value proposition is linked to this solution/iu);
    expect(kit.gaps.map((g) => g.text).join(' ')).toMatch(/no approved messaging/iu);
    expect(kit.gaps.map((g) => g.text).join(' ')).toMatch(/no approved customer case/iu);
  });

  it('gives every visible campaign and solution a kit, and refuses two kits at one address', () => {
    expect(allKits(hubFor(), settings).map((k) => k.id)).toEqual(['close-faster', 'retail-visibility']);
    const clash = buildHub(allEntries(product('p'), solution('same', ['p']), campaign('same', ['p'])), scope());
    expect(() => allKits(clash, settings)).toThrow(/campaign id "same" is also a solution id/u);
  });
});

describe('kit gating', () => {
  it('leaves out drafts, expired entries and the proof that cites them in a published build', () => {
    const kit = solutionKit();
    const ids = kit.sourceEntries.map((e) => `${e.collection}/${e.id}`);
    expect(ids).not.toContain('value-props/draft-idea');
    expect(ids).not.toContain('cases/expired');
    expect(JSON.stringify(kit.whitepaper)).not.toContain('Expired Inc');
  });

  it('keeps an internal-only case out of every format even in an internal build, listing it for sales only', () => {
    for (const kit of [solutionKit({ audience: 'internal' }), campaignKit({ audience: 'internal' })]) {
      const oneView = kit.valueProps.find((vp) => vp.entry.id === 'one-view');
      expect(oneView?.proofPoints.map((p) => p.case?.customer)).toEqual(['Harbor & Pine']);
      expect(kit.cases.map((c) => c.id)).toEqual(['harbor']);
      expect(kit.internalCases.map((c) => c.id)).toEqual(['secret']);
      expect(kit.salesHandoff.cases.map((c) => c.customer)).toEqual(['Harbor & Pine']);
      expect(kit.salesHandoff.internalCases.map((c) => c.customer)).toEqual(['Secret Co']);
      expect(kit.images.map((i) => i.name)).not.toContain('secret-logo');
      expect(kit.sourceEntries.map((e) => `${e.collection}/${e.id}`)).not.toContain('cases/secret');

      const json = kitDocument(kit, [], kitDocumentKinds, { siteUrl, scope: scope() });
      const files = kitArchiveFiles(kit, { siteUrl, company: 'Kestrel Data', assets: [], documents: [], json });
      // Every format as the ZIP writes it: whitepaper, event, slides, short-form, handoff, README, kit.json.
      expect(files.filter((f) => String(f.data).includes('Secret Co')).map((f) => f.path)).toEqual([]);
      expect(JSON.stringify(json)).not.toMatch(/Secret Co|"secret"/u);
    }
  });

  it('keeps internal-only cases out of kit material in a preview too, while showing drafts', () => {
    const kit = solutionKit({ mode: 'preview', audience: 'internal' });
    expect(kit.valueProps.map((vp) => vp.entry.id)).toContain('draft-idea');
    expect(kit.cases.map((c) => c.id)).not.toContain('secret');
    expect(kit.internalCases.map((c) => c.id)).toEqual(['secret']);
  });

  it('leaves internal-only value propositions and messaging out of an internal build’s kit', () => {
    const extra = [
      valueProp('internal-angle', 'pulse', { title: 'Internal angle', priority: 0, audience: 'internal' }),
      messaging('pulse-internal', 'pulse', { tagline: 'Not for customers.', audience: 'internal' }),
    ];
    const hub = hubFor({ audience: 'internal' }, extra);
    const base = hub.get(ref('solutions', 'retail-visibility'));
    if (!base) throw new Error('the sample solution is not visible');
    const entry = { ...base, data: { ...base.data, valueProps: [...base.data.valueProps, ref('value-props', 'internal-angle')] } };
    const kit = assembleKit(hub, entry, settings);
    expect(kit.valueProps.map((vp) => vp.entry.id)).toEqual(['one-view', 'fast-setup']);
    expect(kit.messaging.map((h) => h.tagline)).toEqual(['One revenue number, everyone.']);
  });

  it('says so when the only cases backing a kit are internal-only', () => {
    const hub = buildHub(
      allEntries(
        product('pulse'),
        solution('quiet', ['pulse']),
        customerCase('hush', 'retail', ['pulse'], { customer: 'Hush Ltd', audience: 'internal', solutions: [ref('solutions', 'quiet')] }),
      ),
      scope(),
    );
    const entry = hub.get(ref('solutions', 'quiet'));
    if (!entry) throw new Error('missing');
    const kit = assembleKit(hub, entry, settings);
    expect(kit.cases).toEqual([]);
    expect(kit.internalCases.map((c) => c.id)).toEqual(['hush']);
    expect(kit.gaps.map((g) => g.text).join(' ')).toMatch(/no customer case approved for publication/iu);
    expect(kit.gaps.map((g) => g.text).join(' ')).not.toContain('Hush Ltd');
  });

  it('drops a claim with its case when a public build leaves the case out, so the customer is not named', () => {
    const kit = solutionKit({ audience: 'partner' });
    const shown = kitArchiveFiles(kit, {
      siteUrl,
      company: 'Kestrel Data',
      assets: [],
      documents: [],
      json: kitDocument(kit, [], kitDocumentKinds, { siteUrl, scope: scope() }),
    })
      .map((f) => String(f.data))
      .join('\n');
    expect(shown).toContain('Harbor cut forecast prep to two hours.');
    expect(shown.includes('Secret Co')).toBe(false);
    expect(kit.images.map((i) => i.name)).not.toContain('secret-logo');
  });

  it('leaves an internal solution without a kit in a public build', () => {
    const internalOnly = solution('internal-play', ['pulse'], { audience: 'internal' });
    expect(allKits(hubFor({ audience: 'internal' }, [internalOnly]), settings).map((k) => k.id)).toContain('internal-play');
    expect(allKits(hubFor({ audience: 'partner' }, [internalOnly]), settings).map((k) => k.id)).not.toContain('internal-play');
  });

  it('shows drafts in a preview, where every page carries a banner', () => {
    const kit = solutionKit({ mode: 'preview' });
    expect(kit.valueProps.map((vp) => vp.entry.id)).toContain('draft-idea');
  });
});

describe('short-form limits', () => {
  it('counts characters by code point, so an emoji counts once', () => {
    const post = checkPost({ channel: 'x', text: 'Close faster 🚀' }, hubConfig.channelCharacterLimits);
    expect(post.characters).toBe(14);
    expect(post.limit).toBe(hubConfig.channelCharacterLimits['x']);
  });

  it('checks hand-written posts and email subjects against their channel limits', () => {
    const kit = campaignKit();
    expect(kit.shortForm.posts).toEqual([
      { channel: 'x', text: 'Close in three days, not five 🚀 {link}', characters: 38, limit: 280, derived: false },
    ]);
    expect(kit.shortForm.emails[0]).toMatchObject({ subjectCharacters: 29, subjectLimit: 78, derived: false });
  });

  it('drafts posts and an email from approved messaging when the entry has none, each within its limit', () => {
    const kit = solutionKit();
    expect(kit.shortForm.posts.map((p) => p.channel)).toEqual(['linkedin', 'x']);
    for (const post of kit.shortForm.posts) {
      expect(post.derived).toBe(true);
      expect(post.characters).toBe(countCharacters(post.text));
      expect(post.characters).toBeLessThanOrEqual(post.limit);
      expect(post.text).toContain('One revenue number, everyone.');
    }
    const [email] = kit.shortForm.emails;
    expect(email?.derived).toBe(true);
    expect(email?.subjectCharacters).toBeLessThanOrEqual(hubConfig.channelCharacterLimits['email_subject'] ?? 0);
  });

  it('never cuts approved copy to fit: a draft that would exceed the limit falls back to a shorter one', () => {
    const longProof = 'x'.repeat(300);
    const hub = buildHub(
      allEntries(
        product('pulse'),
        solution('s', ['pulse']),
        messaging('m', 'pulse', {
          tagline: 'Short tagline.',
          keyMessages: [1, 2, 3].map((n) => ({ message: `Pillar ${n}.`, proofPoints: [{ claim: longProof, source: 'Survey' }] })),
        }),
      ),
      scope(),
    );
    const entry = hub.get(ref('solutions', 's'));
    if (!entry) throw new Error('missing');
    const x = assembleKit(hub, entry, settings).shortForm.posts.find((p) => p.channel === 'x');
    expect(x?.text).toBe('Short tagline.');
  });
});

describe('sales handoff', () => {
  it('links the toolkit variant the deal profile calls for, filtered to the kit’s one industry and buyer', () => {
    const kit = solutionKit();
    expect(kit.salesHandoff.toolkits).toEqual([
      {
        product: { id: 'pulse', title: 'Kestrel Pulse' },
        variant: 'quick-sale',
        label: 'Quick-sale toolkit',
        // Pulse is not sold to retail here, so there is no retail page: the toolkit opens whole, for the buyer.
        path: '/toolkits/pulse/quick-sale/?persona=cfo',
      },
    ]);
    expect(kit.salesHandoff.cases.map((c) => c.path)).toEqual(['/cases/harbor/']);
  });

  it('opens a toolkit on its page for the kit’s industry where the product is sold to it', () => {
    const tendered = { deal: { contractValue: 180_000, currency: 'USD', cycleDays: 120, tenders: true } };
    const hub = buildHub(
      allEntries(
        product('vault', { title: 'Kestrel Vault', ...tendered, industries: [ref('industries', 'retail')] }),
        product('other', { title: 'Other', ...tendered, industries: [ref('industries', 'health')] }),
        industry('retail'),
        industry('health'),
        persona('cfo'),
        solution('vault-retail', ['vault', 'other'], { industries: [ref('industries', 'retail')], personas: [ref('personas', 'cfo')] }),
      ),
      scope(),
    );
    const entry = hub.get(ref('solutions', 'vault-retail'));
    if (!entry) throw new Error('missing');
    const paths = assembleKit(hub, entry, settings).salesHandoff.toolkits.map((t) => [t.variant, t.path]);
    expect(paths).toEqual([
      ['high-ticket', '/toolkits/vault/high-ticket/retail/?persona=cfo'],
      // Not sold to retail: there is no retail page, so the toolkit opens whole.
      ['high-ticket', '/toolkits/other/high-ticket/?persona=cfo'],
    ]);
  });

  it('opens a toolkit whole when the kit names no single industry', () => {
    const vault = product('vault', { industries: [ref('industries', 'retail')] });
    expect(toolkitPath(vault, 'high-ticket', {})).toBe('/toolkits/vault/high-ticket/');
    expect(toolkitPath(vault, 'high-ticket', { persona: 'cfo' })).toBe('/toolkits/vault/high-ticket/?persona=cfo');
    expect(toolkitPath(vault, 'quick-sale', { industry: 'retail', persona: 'cfo' })).toBe('/toolkits/vault/quick-sale/retail/?persona=cfo');
    // An industry the product is not sold to has no page: the toolkit opens whole.
    expect(toolkitPath(vault, 'quick-sale', { industry: 'health' })).toBe('/toolkits/vault/quick-sale/');
    expect(toolkitPath(vault, 'quick-sale')).toBe('/toolkits/vault/quick-sale/');
  });
});

describe('brand assets', () => {
  it('offers the standard widths below the original plus the original, never an upscale', () => {
    expect(renditionWidths(400)).toEqual([160, 320, 400]);
    expect(renditionWidths(1600)).toEqual([160, 320, 640, 1280, 1600]);
    expect(renditionWidths(100)).toEqual([100]);
  });

  it('never offers a file wider than the widest kept size, however large the original', () => {
    expect(renditionWidths(12_000)).toEqual([160, 320, 640, 1280, 2560]);
    expect(renditionWidths(2560)).toEqual([160, 320, 640, 1280, 2560]);
  });

  it('names each rendition by image, width and format', () => {
    const [hero] = campaignKit().images;
    if (!hero) throw new Error('missing hero');
    expect(renditionsFor(hero).map((r) => r.fileName)).toContain('close-faster-hero-640w.webp');
    expect(renditionsFor(hero).filter((r) => r.format === 'png')).toHaveLength(5);
  });

  it('packs one file of each image in the ZIP: its widest PNG, for print', () => {
    const [hero] = campaignKit().images;
    if (!hero) throw new Error('missing hero');
    expect(printRendition(renditionsFor(hero))?.fileName).toBe(
      `close-faster-hero-${hero.image.width > 2560 ? 2560 : hero.image.width}w.png`,
    );
    const shuffled = [
      { width: 640, format: 'png' as const },
      { width: 1280, format: 'webp' as const },
      { width: 1280, format: 'png' as const },
      { width: 320, format: 'png' as const },
    ];
    expect(printRendition(shuffled)).toEqual({ width: 1280, format: 'png' });
    expect(printRendition([{ width: 320, format: 'webp' as const }])).toBeUndefined();
  });
});

describe('kit archive', () => {
  const kit = campaignKit();
  const assets = [{ image: 'harbor-logo', fileName: 'harbor-logo-64w.png', data: new Uint8Array([137, 80, 78, 71]) }];
  const files = kitArchiveFiles(kit, { siteUrl, company: 'Kestrel Data', assets, documents: [], json: { id: kit.id } });

  it('holds the kit as Markdown, its JSON and its assets in one folder', () => {
    expect(files.map((f) => f.path)).toEqual([
      'close-faster-kit/README.md',
      'close-faster-kit/messaging.md',
      'close-faster-kit/whitepaper.md',
      'close-faster-kit/event.md',
      'close-faster-kit/slides.md',
      'close-faster-kit/short-form.md',
      'close-faster-kit/sales-handoff.md',
      'close-faster-kit/kit.json',
      'close-faster-kit/assets/harbor-logo-64w.png',
    ]);
  });

  it('writes the same text the page shows', () => {
    const text = (name: string) => String(files.find((f) => f.path.endsWith(name))?.data);
    expect(text('event.md')).toContain('Three days back every quarter');
    expect(text('event.md')).toContain('Speaker notes: Open with a poll.');
    expect(text('short-form.md')).toContain('Close in three days, not five 🚀 {link}');
    expect(text('short-form.md')).toContain('(38 / 280 characters)');
    expect(text('messaging.md')).toContain('### 25-word boilerplate');
    expect(text('sales-handoff.md')).toContain('https://hub.example/toolkits/pulse/quick-sale/');
    expect(text('slides.md').split('\n---\n')).toHaveLength(kit.slides.length);
  });

  it('zips deterministically and unzips to the same files', () => {
    const zip = zipArchive(files, day('2026-11-23'));
    expect(zipArchive(files, new Date('2026-11-23T17:45:00Z'))).toEqual(zip);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.path));
    expect(strFromU8(unzipped['close-faster-kit/README.md'] ?? new Uint8Array())).toContain('# Close the quarter faster: campaign kit');
    expect([...(unzipped['close-faster-kit/assets/harbor-logo-64w.png'] ?? [])]).toEqual([137, 80, 78, 71]);
  });

  it('writes the outline the kit page copies into event.md, from one function', () => {
    const outline = outlineMarkdown(kit.event);
    expect(outline).toBe(
      [
        '### 1. Why closes slip\n\n- Systems disagree\n- Data arrives late\n\nSpeaker notes: Open with a poll.',
        '### 2. Harbor & Pine: a nightly reconciliation\n\n- Reconciled every night\n\nSpeaker notes: Let the customer talk.',
        '### 3. Questions',
      ].join('\n\n'),
    );
    expect(String(files.find((f) => f.path.endsWith('event.md'))?.data)).toContain(`## Outline and speaker notes\n\n${outline}\n`);
  });

  it('escapes Markdown in approved copy so it reads as written', () => {
    expect(markdownText('50% off *today* [see] <b>')).toBe('50% off \\*today\\* \\[see] \\<b>');
  });
});

describe('kit JSON API', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validateKit = ajv.compile(apiJsonSchema('kit', siteUrl));
  const validateIndex = ajv.compile(apiJsonSchema('index', siteUrl));
  const context = { siteUrl, scope: scope() };

  it('publishes a kit document that validates against kit.v1', () => {
    const kit = campaignKit();
    const images = kit.images.map((image) => ({
      image,
      files: [{ path: '/_astro/x.webp', fileName: `${image.name}-160w.webp`, width: 160, height: 90, format: 'webp' as const }],
    }));
    const doc = kitDocument(kit, images, kitDocumentKinds, context);
    expect(validateKit(doc), JSON.stringify(validateKit.errors)).toBe(true);
    expect(doc).toMatchObject({ version: 1, $schema: 'https://hub.example/api/schema/kit.v1.json', kind: 'campaign' });
    expect(doc.documents.map((d) => d.url)).toEqual(kitDocumentKinds.map((kind) => `https://hub.example/kits/${kit.id}/${kind}`));
    expect(doc.documents.find((d) => d.kind === 'talk.pptx')).toMatchObject({ format: 'PowerPoint', fileName: `${kit.id}-talk.pptx` });
  });

  it('rejects a document that breaks the schema', () => {
    const doc = kitDocument(solutionKit(), [], [], context);
    expect(validateKit(doc), JSON.stringify(validateKit.errors)).toBe(true);
    expect(validateKit({ ...doc, version: 2 })).toBe(false);
    expect(validateKit({ ...doc, internalNotes: 'x' })).toBe(false);
  });

  it('lists every kit and messaging document in the index', () => {
    const hub = hubFor();
    const doc = apiIndexDocument([{ product: hub.entries.products[0] as Entry<'products'>, houses: 1 }], allKits(hub, settings), context);
    expect(validateIndex(doc), JSON.stringify(validateIndex.errors)).toBe(true);
    expect(doc.kits.map((k) => k.archive)).toEqual([
      'https://hub.example/kits/close-faster.zip',
      'https://hub.example/kits/retail-visibility.zip',
    ]);
  });
});

describe('slide deck keys', () => {
  it('moves with arrows, Page Up/Down, Space and Shift+Space, and jumps with Home and End', () => {
    expect(deckAction('ArrowRight', false, 0, 5)).toEqual({ kind: 'go', index: 1 });
    expect(deckAction('PageDown', false, 2, 5)).toEqual({ kind: 'go', index: 3 });
    expect(deckAction(' ', false, 2, 5)).toEqual({ kind: 'go', index: 3 });
    expect(deckAction(' ', true, 2, 5)).toEqual({ kind: 'go', index: 1 });
    expect(deckAction('ArrowLeft', false, 0, 5)).toEqual({ kind: 'go', index: 0 });
    expect(deckAction('ArrowRight', false, 4, 5)).toEqual({ kind: 'go', index: 4 });
    expect(deckAction('Home', false, 3, 5)).toEqual({ kind: 'go', index: 0 });
    expect(deckAction('End', false, 0, 5)).toEqual({ kind: 'go', index: 4 });
    expect(deckAction('n', false, 0, 5)).toEqual({ kind: 'toggle-notes' });
    expect(deckAction('x', false, 0, 5)).toBeUndefined();
  });

  it('opens the slide a link points at', () => {
    expect(slideFromHash('#slide-3', 5)).toBe(2);
    expect(slideFromHash('#slide-99', 5)).toBe(4);
    expect(slideFromHash('', 5)).toBe(0);
    expect(slideFromHash('#notes', 5)).toBe(0);
  });
});

describe('kit text helpers', () => {
  it('keeps whole sentences within a word budget, and at least the first', () => {
    expect(fitSentences('One two three. Four five six. Seven.', 6)).toBe('One two three. Four five six.');
    expect(fitSentences('One two three four.', 2)).toBe('One two three four.');
  });

  it('reads lists and sizes the way people write them', () => {
    expect(joinAsSentence(['A', 'B', 'C'])).toBe('A, B and C');
    expect(formatSize(53_248)).toBe('52 KB');
  });
});

describe('kit archive cache', () => {
  const packer = () => {
    let packed = 0;
    const pack = () => {
      packed += 1;
      return Promise.resolve(new Uint8Array(new ArrayBuffer(7)));
    };
    return { pack, count: () => packed };
  };

  it('packs once when the page asks for the size before the endpoint asks for the bytes', async () => {
    const cache = archiveCache();
    const { pack, count } = packer();
    expect(await cache.size('kit-a', pack)).toBe(7);
    expect((await cache.bytes('kit-a', pack)).byteLength).toBe(7);
    expect(count()).toBe(1);
  });

  it('packs once when the endpoint comes first, and keeps only the size afterwards', async () => {
    const cache = archiveCache();
    const { pack, count } = packer();
    await cache.bytes('kit-a', pack);
    expect(await cache.size('kit-a', pack)).toBe(7);
    expect(await cache.size('kit-a', pack)).toBe(7);
    expect(count()).toBe(1);
  });

  it('packs each kit separately', async () => {
    const cache = archiveCache();
    const { pack, count } = packer();
    await cache.size('kit-a', pack);
    await cache.size('kit-b', pack);
    expect(count()).toBe(2);
  });
});

describe('kit index and lookups', () => {
  function manyKits(n: number): MarketingKit[] {
    const solutions = Array.from({ length: n }, (_, i) => solution(`s${String(i).padStart(4, '0')}`, [i % 2 === 0 ? 'even' : 'odd']));
    return allKits(buildHub(allEntries(product('even'), product('odd'), ...solutions), scope()), settings);
  }

  it('addresses the kit index pages as Astro’s paginate() writes them: /kits/, then /kits/<n>/', () => {
    expect([1, 2, 3].map(kitListPath)).toEqual(['/kits/', '/kits/2/', '/kits/3/']);
  });

  it('indexes kits by product once, in kit order', () => {
    const kits = manyKits(6);
    const index = kitsByProduct(kits);
    expect(index.get('even')?.map((k) => k.id)).toEqual(['s0000', 's0002', 's0004']);
    expect(index.get('odd')?.map((k) => k.id)).toEqual(['s0001', 's0003', 's0005']);
    expect(index.get('none')).toBeUndefined();
  });
});

describe('kit size', () => {
  it('carries at most a dozen cases when it falls back to its product’s whole library', () => {
    const many = Array.from({ length: 30 }, (_, i) => customerCase(`c${i}`, 'retail', ['pulse'], { customer: `Customer ${i}` }));
    const hub = buildHub(
      allEntries(
        product('pulse'),
        industry('retail'),
        solution('lonely', ['pulse'], { industries: [ref('industries', 'retail')] }),
        ...many,
      ),
      scope(),
    );
    const lonely = hub.entries.solutions[0];
    if (!lonely) throw new Error('fixture has a solution');
    const sources = kitSources(hub, lonely, hubConfig.boilerplateWordLimits);
    expect(sources.cases).toHaveLength(kitCaseLimit);
    expect(kitCaseLimit).toBe(12);
  });
});

describe('kit documents', () => {
  it('lays the whitepaper out in parts, the customer evidence in call-outs, every proof citing a numbered source', () => {
    const kit = solutionKit();
    const printed = printedWhitepaper(kit.whitepaper, 'Kestrel Data');
    expect(printed.byline).toBe('A Kestrel Data whitepaper');
    expect(printed.sections.map((s) => s.heading)).toEqual(kit.whitepaper.sections.map((s) => s.heading));
    const evidence = printed.sections.find((s) => s.id === 'evidence');
    expect(evidence?.parts.filter((p) => p.heading).every((p) => p.callout)).toBe(true);
    expect(evidence?.parts.find((p) => p.callout)?.heading).toBe(kit.cases[0]?.data.title);
    expect(
      printed.sections
        .filter((s) => s.id !== 'evidence')
        .flatMap((s) => s.parts)
        .some((p) => p.callout),
    ).toBe(false);
    const proofs = printed.sections.flatMap((s) => s.parts.flatMap((p) => p.blocks)).flatMap((b) => (b.kind === 'proof' ? b.items : []));
    // "Harbor cut forecast prep" cites the case; the draft and internal-only proofs never reach the page.
    expect(proofs.map((p) => p.claim)).toContain('Harbor cut forecast prep to two hours.');
    expect(JSON.stringify(printed)).not.toContain('Secret Co');
    const cited = proofs.find((p) => p.claim === 'Harbor cut forecast prep to two hours.');
    expect(printed.sources.find((s) => s.note === cited?.note)?.text).toBe(`Customer case, Harbor & Pine: ${kit.cases[0]?.data.title}`);
    expect(printed.sources.map((s) => s.note)).toEqual(printed.sources.map((_, i) => i + 1));
  });

  it('turns a solution’s Markdown body into plain blocks: headings, lists and paragraphs, no markup', () => {
    expect(
      markdownBlocks(
        'Intro with **bold** and a [link](https://x.example).\n\n## How it works\n\n- One\n- Two *items*\n\n<details>hidden</details>\n\n> Quoted.',
      ),
    ).toEqual([
      { kind: 'paragraph', text: 'Intro with bold and a link.' },
      { kind: 'minorHeading', text: 'How it works' },
      { kind: 'list', items: ['One', 'Two items'] },
      { kind: 'paragraph', text: 'Quoted.' },
    ]);
  });

  it('sums the kit up on one page, the talk’s stories first, with the call to action', () => {
    const kit = campaignKit();
    const summary = kitSummary(kit, 'Kestrel Data', hubConfig.customerContact);
    expect(summary.stories.map((s) => s.customer)).toEqual(['Harbor & Pine']);
    expect(summary.messaging.map((m) => m.tagline)).toEqual(['One revenue number, everyone.']);
    expect(summary.contact).toEqual(hubConfig.customerContact);
    expect(summary.contents[0]).toBe(`The talk: ${kit.slides.length} slides with speaker notes (.pptx)`);
    expect(JSON.stringify(summary)).not.toMatch(/Secret Co|Expired Inc/u);
  });

  it('names each document after the kit, under the kit’s address', () => {
    expect(kitDocumentKinds.map((kind) => kitPaths('close-faster').document(kind))).toEqual([
      { path: '/kits/close-faster/talk.pptx', fileName: 'close-faster-talk.pptx' },
      { path: '/kits/close-faster/whitepaper.docx', fileName: 'close-faster-whitepaper.docx' },
      { path: '/kits/close-faster/whitepaper.pdf', fileName: 'close-faster-whitepaper.pdf' },
      { path: '/kits/close-faster/summary.pdf', fileName: 'close-faster-summary.pdf' },
    ]);
  });

  it('re-packs an Office file with the build day’s date, so the same content gives the same bytes', () => {
    const core = (stamp: string) =>
      `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
    const office = (stamp: string, mtime: Date) =>
      zipSync({ 'docProps/core.xml': [strToU8(core(stamp)), { mtime }], '[Content_Types].xml': [strToU8('<Types/>'), { mtime }] });
    const first = officePackage(office('2026-11-23T08:01:02Z', new Date('2026-11-23T08:01:02Z')), day('2026-11-23'));
    const second = officePackage(office('2026-11-23T17:45:00Z', new Date('2026-11-23T17:45:00Z')), day('2026-11-23'));
    expect(second).toEqual(first);
    const parts = unzipSync(first);
    expect(Object.keys(parts)[0]).toBe('[Content_Types].xml');
    expect(strFromU8(parts['docProps/core.xml'] ?? new Uint8Array())).toBe(core('2026-11-23T12:00:00Z'));
  });

  it('numbers a document’s bookmarks and drawings by the document alone, not by what the process wrote before', async () => {
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    const whitepaper = () =>
      new Document({
        features: { updateFields: true },
        sections: [
          {
            children: [
              new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } })] }),
              new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
              new Paragraph({ text: 'Why now', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: 'How it works', heading: HeadingLevel.HEADING_1 }),
            ],
          },
        ],
      });
    const builtOn = day('2026-11-23');
    const first = officePackage(await Packer.toBuffer(whitepaper()), builtOn);
    const second = officePackage(await Packer.toBuffer(whitepaper()), builtOn);
    expect(second).toEqual(first);
    const xml = strFromU8(unzipSync(first)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<wp:docPr id="1"');
    expect(xml).toMatch(/<w:bookmarkStart w:name="_Toc1" w:id="1"\/>/u);
    expect(xml).toContain('w:anchor="_Toc2"');
  });

  it('lists the documents the ZIP carries in its README', () => {
    const kit = campaignKit();
    const files = kitArchiveFiles(kit, {
      siteUrl,
      company: 'Kestrel Data',
      assets: [],
      documents: [{ fileName: 'close-faster-talk.pptx', data: new Uint8Array([80, 75]) }],
      json: {},
    });
    expect(files.map((f) => f.path)).toContain('close-faster-kit/close-faster-talk.pptx');
    expect(String(files.find((f) => f.path.endsWith('README.md'))?.data)).toContain(
      '- `close-faster-talk.pptx`: the talk as a PowerPoint deck',
    );
  });
});
