/**
 * The public build is the customer's library: besides leaving internal entries out
 * (gated-content.test.ts), it carries only what a customer may read (products, solutions, value
 * propositions, cases, RFP answers) and none of the company's own workings: no toolkits, messaging or
 * kits, no content-health page, no links into the git host, no owners or source file paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { collections, customerCollections, loadContent, published } from './support/content';
import { assertBuilt, distDirs, pageExists, readDist, readPage } from './support/dist';
import type { DistFile } from './support/dist';

let publicFiles: DistFile[];
let internalFiles: DistFile[];

beforeAll(() => {
  assertBuilt(distDirs.public);
  assertBuilt(distDirs.internal);
  publicFiles = readDist(distDirs.public).filter((f) => f.path.endsWith('.html'));
  internalFiles = readDist(distDirs.internal).filter((f) => f.path.endsWith('.html'));
});

const withText = (files: DistFile[], pattern: RegExp) => files.filter((f) => pattern.test(f.text)).map((f) => f.path);

describe('the public build', () => {
  it('has no content-health page and no link to it, while the internal build has both', () => {
    expect(pageExists(distDirs.public, '/health/')).toBe(false);
    expect(withText(publicFiles, /href="\/health\/"/u)).toEqual([]);
    expect(pageExists(distDirs.internal, '/health/')).toBe(true);
    expect(withText(internalFiles, /href="\/health\/"/u).length).toBeGreaterThan(0);
  });

  it('links nowhere into the git host to edit sources', () => {
    const editLink = new RegExp(hubConfig.editUrlBase.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'), 'u');
    expect(withText(publicFiles, editLink)).toEqual([]);
    expect(withText(internalFiles, editLink).length).toBeGreaterThan(0);
  });

  it('puts no owner or source file path into feedback links', () => {
    // Feedback links carry their context URL-encoded in the issue body.
    expect(withText(publicFiles, /Owner%3A|File%3A\+src%2Fcontent|File%3A%20src%2Fcontent/u)).toEqual([]);
    expect(withText(internalFiles, /Owner%3A/u).length).toBeGreaterThan(0);
  });
});

describe('what the customer’s library holds', () => {
  const allFiles = () => readDist(distDirs.public).map((f) => f.path);

  it('has no toolkit, messaging, kit or one-pager, and no JSON of them', () => {
    const repMaterial = allFiles().filter((p) => /^(toolkits|messaging|kits|api\/kits|api\/messaging)\//u.test(p));
    expect(repMaterial).toEqual([]);
    // The partner build has them, so the pattern can match.
    expect(readDist(distDirs.partner).some((f) => f.path.startsWith('toolkits/'))).toBe(true);
  });

  it('has no page of a collection a customer does not read', () => {
    const others = collections.filter((c) => c !== 'messaging' && !customerCollections.includes(c));
    expect(others.length).toBeGreaterThan(3);
    expect(allFiles().filter((p) => others.some((c) => p.startsWith(`${c}/`)))).toEqual([]);
    for (const c of customerCollections) expect(pageExists(distDirs.public, `/${c}/`), c).toBe(true);
  });

  it('shows no edit link, review date, status or address of the internal hub, in any page or JSON document', () => {
    // The API's schemas describe every field a document may have; they hold no content.
    const files = readDist(distDirs.public).filter((f) => /\.(html|json)$/u.test(f.path) && !f.path.startsWith('api/schema/'));
    const found = files.flatMap((f) => [
      ...(f.text.includes(hubConfig.editUrlBase) ? [`${f.path} links to edit a source`] : []),
      ...(/Review by|"reviewBy":|"status":|data-pagefind-meta="(?:status|reviewBy)/u.test(f.text)
        ? [`${f.path} shows a review date or status`]
        : []),
      ...(f.text.includes(new URL(hubConfig.internalSiteUrl).host) ? [`${f.path} names the internal hub`] : []),
    ]);
    expect(found).toEqual([]);
  });

  it('names no owner and no e-mail address but the company’s contact, in any page or JSON document', () => {
    const owners = [...new Set(loadContent().map((e) => String(e.data['owner'])))];
    const files = readDist(distDirs.public).filter((f) => /\.(html|json)$/u.test(f.path));
    const found = files.flatMap((f) =>
      [...f.text.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gu)]
        .map((m) => m[0])
        .filter((address) => address !== hubConfig.customerContact.email)
        .map((address) => `${f.path}: ${address}`),
    );
    expect(found).toEqual([]);
    expect(files.filter((f) => owners.some((o) => f.text.includes(o))).map((f) => f.path)).toEqual([]);
  });
});

describe('a customer’s view in the public build', () => {
  const owners = [...new Set(loadContent().map((e) => String(e.data['owner'])))];
  // The pages of what a customer may read; marketers' kits and messaging are checked for gating elsewhere.
  const customerPages = () =>
    publicFiles.filter((f) => /^(index\.html|search\/|(products|solutions|value-props|cases|rfp)\/)/u.test(f.path));

  it('names no owner and shows no status chip or review date on any page', () => {
    expect(owners.length).toBeGreaterThan(1);
    expect(customerPages().length).toBeGreaterThan(0);
    const problems = customerPages().flatMap((f) => [
      ...owners.filter((owner) => f.text.includes(owner)).map((owner) => `${f.path} names the owner ${owner}`),
      ...(/class="hub-status|class="hub-governance/u.test(f.text) ? [`${f.path} shows a status chip`] : []),
      ...(/Review by|data-pagefind-meta="reviewBy"|data-pagefind-meta="status"/u.test(f.text)
        ? [`${f.path} shows a review date or status`]
        : []),
    ]);
    expect(problems).toEqual([]);
    // The internal build shows both, so the test can see them.
    expect(internalFiles.some((f) => owners.some((owner) => f.text.includes(owner)))).toBe(true);
    expect(internalFiles.some((f) => f.text.includes('class="hub-status'))).toBe(true);
  });

  it('has no link into the company’s issue tracker, and closes every page with the company’s contact', () => {
    const tracker = new URL(hubConfig.feedbackUrl).host;
    expect(
      customerPages()
        .filter((f) => !f.text.includes(`href="mailto:${hubConfig.customerContact.email}"`))
        .map((f) => f.path),
    ).toEqual([]);
    expect(withText(customerPages(), new RegExp(tracker.replace(/\./gu, '\\.'), 'u'))).toEqual([]);
    expect(withText(internalFiles, new RegExp(tracker.replace(/\./gu, '\\.'), 'u')).length).toBeGreaterThan(0);
  });
});

describe('customer links in the internal build', () => {
  it('point at the public site, and every copy meant for a customer links only there', () => {
    const copies = internalFiles.flatMap((f) =>
      [...f.text.matchAll(/<button[^>]*data-copy="([^"]*)"[^>]*data-copy-for="customer"/gu)].map((m) => ({
        page: f.path,
        text: m[1] ?? '',
      })),
    );
    expect(copies.length).toBeGreaterThan(0);
    const links = copies.flatMap((c) => [...c.text.matchAll(/https?:\/\/[^\s"&<]+/gu)].map((m) => ({ page: c.page, url: m[0] })));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.url.startsWith(hubConfig.publicSiteUrl)).map((l) => `${l.page}: ${l.url}`)).toEqual([]);
  });
});

describe('the internal page of an entry a customer may read', () => {
  const content = loadContent();
  const inLibrary = published(content, 'public').filter((e) => customerCollections.includes(e.collection));
  const internalOnly = published(content, 'internal').filter(
    (e) => e.audience === 'internal' && customerCollections.includes(e.collection),
  );

  it('links to "What the customer sees" on the public site; an internal entry’s page does not', () => {
    expect(inLibrary.length).toBeGreaterThan(0);
    expect(internalOnly.length).toBeGreaterThan(0);
    const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
    const link = (url: string) =>
      new RegExp(`href="${escaped(new URL(url, hubConfig.publicSiteUrl).href)}"[^>]*>What the customer sees</a>`, 'u');
    expect(inLibrary.filter((e) => !link(e.url).test(readPage(distDirs.internal, e.url))).map((e) => e.url)).toEqual([]);
    expect(internalOnly.filter((e) => readPage(distDirs.internal, e.url).includes('What the customer sees')).map((e) => e.url)).toEqual([]);
  });

  it('lists an internal entry among related entries, or among a kit’s cases, only with "Internal, do not send"', () => {
    const lists = (html: string) => [...html.matchAll(/<ul class="hub-related__list[^>]*>([\s\S]*?)<\/ul>/gu)].map((m) => m[1] ?? '');
    const related = internalFiles.flatMap((f) =>
      lists(f.text).flatMap((list) =>
        [
          ...list.matchAll(
            /<li\b[^>]*>\s*<a href="(\/[^"]+\/)"[^>]*>[^<]*<\/a>(\s*<span class="hub-internal-badge"[^>]*>Internal, do not send<\/span>)?/gu,
          ),
        ]
          .filter((m) => internalOnly.some((e) => e.url === m[1]))
          .map((m) => ({ page: f.path, url: m[1], marked: Boolean(m[2]) })),
      ),
    );
    const kitSections = internalFiles.flatMap((f) =>
      [...f.text.matchAll(/<section class="kit-internal"[^>]*>\s*<h4[^>]*>\s*<span[^>]*>([^<]*)</gu)].map((m) => m[1]),
    );
    expect(kitSections.length).toBeGreaterThan(0);
    expect(new Set(kitSections)).toEqual(new Set(['Internal, do not send']));
    expect(related.length).toBeGreaterThan(0);
    expect(related.filter((r) => !r.marked).map((r) => `${r.page} lists ${r.url} unmarked`)).toEqual([]);
  });
});
