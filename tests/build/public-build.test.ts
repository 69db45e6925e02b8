/**
 * A public build may be handed to customers and partners: besides leaving internal entries out
 * (gated-content.test.ts), it carries none of the company's own workings: the content-health page,
 * links into the git host, owners' names in feedback links, or source file paths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { loadContent } from './support/content';
import { assertBuilt, distDirs, pageExists, readDist } from './support/dist';
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

describe('a customer’s view in the public build', () => {
  const owners = [...new Set(loadContent().map((e) => String(e.data['owner'])))];
  // The pages of what a customer may read; marketers' kits and messaging are checked for gating elsewhere.
  const customerPages = () => publicFiles.filter((f) => /^(index\.html|search\/|(products|solutions|value-props|cases|rfp)\/)/u.test(f.path));

  it('names no owner and shows no status chip or review date on any page', () => {
    expect(owners.length).toBeGreaterThan(1);
    expect(customerPages().length).toBeGreaterThan(50);
    const problems = customerPages().flatMap((f) => [
      ...owners.filter((owner) => f.text.includes(owner)).map((owner) => `${f.path} names the owner ${owner}`),
      ...(/class="hub-status|class="hub-governance/u.test(f.text) ? [`${f.path} shows a status chip`] : []),
      ...(/Review by|data-pagefind-meta="reviewBy"|data-pagefind-meta="status"/u.test(f.text) ? [`${f.path} shows a review date or status`] : []),
    ]);
    expect(problems).toEqual([]);
    // The internal build shows both, so the test can see them.
    expect(internalFiles.some((f) => owners.some((owner) => f.text.includes(owner)))).toBe(true);
    expect(internalFiles.some((f) => f.text.includes('class="hub-status'))).toBe(true);
  });

  it('has no e-mail address and no link into the company’s issue tracker', () => {
    const tracker = new URL(hubConfig.feedbackUrl).host;
    expect(withText(customerPages(), /[\w.+-]+@[\w-]+\.[a-z]{2,}\b/u)).toEqual([]);
    expect(withText(customerPages(), new RegExp(tracker.replace(/\./gu, '\\.'), 'u'))).toEqual([]);
    expect(withText(internalFiles, new RegExp(tracker.replace(/\./gu, '\\.'), 'u')).length).toBeGreaterThan(0);
  });
});

describe('customer links in the internal build', () => {
  it('point at the public site, and every copy meant for a customer links only there', () => {
    const copies = internalFiles.flatMap((f) =>
      [...f.text.matchAll(/<button[^>]*data-copy="([^"]*)"[^>]*data-copy-for="customer"/gu)].map((m) => ({ page: f.path, text: m[1] ?? '' })),
    );
    expect(copies.length).toBeGreaterThan(100);
    const links = copies.flatMap((c) => [...c.text.matchAll(/https?:\/\/[^\s"&<]+/gu)].map((m) => ({ page: c.page, url: m[0] })));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((l) => !l.url.startsWith(hubConfig.publicSiteUrl)).map((l) => `${l.page}: ${l.url}`)).toEqual([]);
  });
});
