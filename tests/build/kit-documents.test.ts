/**
 * Every kit's editable documents, read back from the internal and partner builds: the talk as
 * .pptx (titles, bodies and notes parsed from its slide XML), the whitepaper as .docx (heading
 * styles, table of contents, footnotes) and as PDF, and the one-page kit summary PDF. Each is served
 * on its own and carried, byte for byte, in the kit's ZIP; none holds what customers may not read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { fileNameStem } from '../../src/lib/text/phrasing';
import { docxText, pdfText } from '../e2e/support/documents';
import type { Audience } from './support/content';
import { loadContent, notForCustomers, published } from './support/content';
import { assertBuilt, distDirs, readPage } from './support/dist';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner'];
/** The largest a kit's ZIP may be: small enough to send and to download on a conference network. */
const archiveLimit = 5 * 1024 * 1024;

interface KitJson {
  title: string;
  whitepaper: { sections: { heading: string }[] };
  event: { talkTitle: string; outline: { title: string; speakerNotes: string }[] };
}

/** The text of the `<a:t>` runs in a slide part, paragraph by paragraph. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/gu)]
    .map(([, p = '']) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/gu)].map(([, t = '']) => t).join(''))
    .map((t) =>
      t
        .replace(/&amp;/gu, '&')
        .replace(/&lt;/gu, '<')
        .replace(/&gt;/gu, '>')
        .replace(/&quot;/gu, '"')
        .replace(/&apos;/gu, "'"),
    )
    .filter((t) => t.trim() !== '');
}

interface ParsedSlide {
  title: string;
  body: string[];
  notes: string;
  images: number;
}

/** Each slide of a .pptx in order: its title placeholder, the rest of its text, its notes and pictures. */
function readDeck(bytes: Uint8Array): ParsedSlide[] {
  const parts = unzipSync(bytes);
  const text = (name: string) => strFromU8(parts[name] ?? new Uint8Array());
  const count = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/u.test(name)).length;
  return Array.from({ length: count }, (_, i) => {
    const xml = text(`ppt/slides/slide${i + 1}.xml`);
    // The slide number is a field PowerPoint fills in, not content.
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/gu)]
      .map(([, shape = '']) => shape)
      .filter((s) => !/type="slidenum"/u.test(s));
    const titleShape = shapes.find((s) => /<p:ph\b[^>]*\btype="title"/u.test(s)) ?? '';
    const notesXml = text(`ppt/notesSlides/notesSlide${i + 1}.xml`);
    const notesBody =
      [...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/gu)].map(([, s = '']) => s).find((s) => /<p:ph\b[^>]*\btype="body"/u.test(s)) ?? '';
    return {
      title: paragraphs(titleShape).join(' '),
      body: shapes.filter((s) => s !== titleShape).flatMap(paragraphs),
      notes: paragraphs(notesBody).join('\n'),
      images: (xml.match(/<p:pic>/gu) ?? []).length,
    };
  });
}

async function pdfPages(bytes: Uint8Array): Promise<number> {
  return (await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise).numPages;
}

describe.each(audiences)('%s build: kit documents', (audience) => {
  const dir = distDirs[audience];
  const kits = published(entries, audience).filter((e) => e.collection === 'campaigns' || e.collection === 'solutions');
  const forbidden = notForCustomers(entries, audience);
  const file = (id: string, name: string) => join(dir, 'kits', id, name);
  const json = (id: string) => JSON.parse(readFileSync(join(dir, 'api', 'kits', `${id}.json`), 'utf8')) as KitJson;
  const english = (e: (typeof kits)[number]) => (e.data['lang'] ?? 'en') === 'en';

  it('has kits, in English and in another language', () => {
    assertBuilt(dir);
    expect(kits.filter(english).length).toBeGreaterThan(0);
  });

  it('offers every kit, Chinese ones too, its talk (.pptx), whitepaper (.docx and PDF) and summary PDF, each linked from the kit page', () => {
    const missing = kits.flatMap((e) => {
      const names = ['talk.pptx', 'whitepaper.docx', 'whitepaper.pdf', 'summary.pdf'];
      const page = readPage(dir, `/kits/${e.id}/`);
      return names.flatMap((name) => [
        ...(existsSync(file(e.id, name)) ? [] : [`/kits/${e.id}/${name} not built`]),
        ...(page.includes(`href="/kits/${e.id}/${name}" download="${fileNameStem(e.id, 'marketing')}-${name}"`)
          ? []
          : [`/kits/${e.id}/ does not link ${name}`]),
      ]);
    });
    expect(missing).toEqual([]);
  });

  it('never says a kit has no PDF', () => {
    for (const e of kits) expect(readPage(dir, `/kits/${e.id}/`), e.file).not.toContain('No PDF of this kit yet');
  });

  it('carries each document in the kit’s ZIP, byte for byte, and keeps the ZIP under 5 MB', () => {
    for (const e of kits) {
      const zipFile = join(dir, 'kits', `${e.id}.zip`);
      const zipBytes = readFileSync(zipFile);
      expect(zipBytes.byteLength, `${zipFile} is ${zipBytes.byteLength} bytes`).toBeLessThan(archiveLimit);
      const zip = unzipSync(new Uint8Array(zipBytes));
      const stem = fileNameStem(e.id, 'marketing');
      for (const name of ['talk.pptx', 'whitepaper.docx', 'whitepaper.pdf', 'summary.pdf'].filter((n) => existsSync(file(e.id, n)))) {
        const packed = zip[`${stem}-kit/${stem}-${name}`];
        expect(packed, `${e.id}.zip lacks ${stem}-${name}`).toBeDefined();
        expect(Buffer.from(packed ?? []).equals(readFileSync(file(e.id, name))), `${e.id}: ${name} differs in the ZIP`).toBe(true);
      }
    }
  });

  it.each(kits.map((e) => [e.id, e] as const))(
    '%s: the talk has a title, an agenda of exactly the slides that follow, points on every content slide, notes, stories and a close',
    (id) => {
      const kit = json(id);
      const slides = readDeck(new Uint8Array(readFileSync(file(id, 'talk.pptx'))));
      const content = slides.slice(2, -1);
      expect(slides[0]?.title).toBe(kit.event.talkTitle);
      expect(slides[1]?.title).toBe('Agenda');
      // The agenda is the list of the content slides' titles: it can promise no story the deck does not tell.
      expect(slides[1]?.body).toEqual(content.map((s) => s.title));
      expect(content.map((s) => s.title)).toEqual(kit.event.outline.map((s) => s.title));
      expect(content.filter((s) => s.body.length === 0).map((s) => s.title)).toEqual([]);
      content.forEach((slide, i) => expect(slide.notes, slide.title).toBe(kit.event.outline[i]?.speakerNotes.replace(/\s+/gu, ' ') ?? ''));
      // A story slide names its customer, shows its metrics and logo; its customer is the one its agenda line names.
      const stories = content.filter((s) => s.body.some((t) => t.startsWith('CUSTOMER STORY · ')));
      expect(stories.length, `${id} tells no customer story`).toBeGreaterThan(0);
      for (const story of stories) expect(story.images, `${story.title} has no logo`).toBeGreaterThan(0);
      expect(slides.at(-1)?.body.join(' ')).toContain(hubConfig.customerContact.callToAction);
      expect(slides.every((s) => s.title.trim() !== '')).toBe(true);
    },
  );

  it.each(kits.map((e) => [e.id] as const))(
    '%s: the .docx has heading styles for every section, a table of contents and sources as footnotes',
    (id) => {
      const kit = json(id);
      const parts = unzipSync(new Uint8Array(readFileSync(file(id, 'whitepaper.docx'))));
      const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
      const styled = (style: string) =>
        [...xml.matchAll(new RegExp(`<w:p>(?:(?!</w:p>)[\\s\\S])*?<w:pStyle w:val="${style}"/>[\\s\\S]*?</w:p>`, 'gu'))].map(([p]) =>
          p
            .replace(/<[^>]+>/gu, '')
            .replace(/&amp;/gu, '&')
            .replace(/&apos;/gu, "'")
            .replace(/&quot;/gu, '"'),
        );
      expect(styled('Title')).toEqual([kit.title]);
      expect(styled('Heading1')).toEqual(kit.whitepaper.sections.map((s) => s.heading));
      expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o (?:&quot;|")1-2(?:&quot;|")/u);
      // The contents list is filled in, so it reads before Word updates it, each line linked to its heading.
      for (const section of kit.whitepaper.sections) expect(docxText(readFileSync(file(id, 'whitepaper.docx')))).toContain(section.heading);
      if (xml.includes('<w:footnoteReference'))
        expect(strFromU8(parts['word/footnotes.xml'] ?? new Uint8Array())).toMatch(/<w:t[^>]*>[^<]{4,}/u);
    },
  );

  it('gives the whitepaper’s proof its sources as footnotes in at least one kit', () => {
    const withNotes = kits.filter((e) =>
      strFromU8(unzipSync(new Uint8Array(readFileSync(file(e.id, 'whitepaper.docx'))))['word/document.xml'] ?? new Uint8Array()).includes(
        '<w:footnoteReference',
      ),
    );
    expect(withNotes.length).toBeGreaterThan(0);
  });

  it.each(kits.map((e) => [e.id] as const))(
    '%s: the whitepaper PDF holds every section, the summary is one page with the call to action',
    async (id) => {
      const kit = json(id);
      const whitepaper = await pdfText(readFileSync(file(id, 'whitepaper.pdf')));
      for (const section of kit.whitepaper.sections) expect(whitepaper).toContain(section.heading);
      const summaryBytes = readFileSync(file(id, 'summary.pdf'));
      expect(await pdfPages(summaryBytes)).toBe(1);
      const summary = await pdfText(summaryBytes);
      for (const expected of [kit.title, hubConfig.brand.company, hubConfig.customerContact.callToAction])
        expect(summary).toContain(expected);
    },
  );

  it.each(kits.map((e) => [e.id] as const))('%s: no document holds what customers may not read', async (id) => {
    const deck = readDeck(new Uint8Array(readFileSync(file(id, 'talk.pptx'))))
      .map((s) => [s.title, ...s.body, s.notes].join('\n'))
      .join('\n');
    const docxParts = unzipSync(new Uint8Array(readFileSync(file(id, 'whitepaper.docx'))));
    const docx = ['word/document.xml', 'word/footnotes.xml', 'docProps/core.xml']
      .map((p) => strFromU8(docxParts[p] ?? new Uint8Array()).replace(/<[^>]+>/gu, ' '))
      .join('\n')
      .replace(/&amp;/gu, '&');
    const pdfs = await Promise.all(
      ['whitepaper.pdf', 'summary.pdf'].filter((n) => existsSync(file(id, n))).map((n) => pdfText(readFileSync(file(id, n)))),
    );
    const documents = { 'talk.pptx': deck, 'whitepaper.docx': docx, PDFs: pdfs.join('\n') };
    for (const [name, text] of Object.entries(documents)) {
      for (const { text: leak, why } of forbidden) expect(text, `${id}/${name} holds “${leak}”: ${why}`).not.toContain(leak);
    }
  });
});
