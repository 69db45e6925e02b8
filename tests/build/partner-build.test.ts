/**
 * The partner build is for resellers: they sell the products, so they get the toolkits, messaging
 * and kits, but built from public entries only, and without the company's own workings (owners,
 * pricing notes, content health, edit and feedback links into the company's git host).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { loadContent, published } from './support/content';
import { assertBuilt, distDirs, pageExists, readDist } from './support/dist';
import type { DistFile } from './support/dist';

const entries = loadContent();
const shown = published(entries, 'partner');
let files: DistFile[];

beforeAll(() => {
  assertBuilt(distDirs.partner);
  files = readDist(distDirs.partner);
});

const containing = (text: string) => files.filter((f) => f.text.includes(text)).map((f) => f.path);

describe('the partner build', () => {
  it('has a toolkit and a messaging page for every published product, and the kits', () => {
    const products = shown.filter((e) => e.collection === 'products');
    expect(products.length).toBeGreaterThan(1);
    for (const product of products) {
      expect(
        files.some((f) => f.path.startsWith(`toolkits/${product.id}/`)),
        product.id,
      ).toBe(true);
      expect(pageExists(distDirs.partner, `/messaging/${product.id}/`), product.id).toBe(true);
    }
    expect(pageExists(distDirs.partner, '/toolkits/')).toBe(true);
    expect(pageExists(distDirs.partner, '/kits/')).toBe(true);
  });

  it('has no content-health page and no link to it', () => {
    expect(pageExists(distDirs.partner, '/health/')).toBe(false);
    expect(files.filter((f) => f.text.includes('href="/health/"')).map((f) => f.path)).toEqual([]);
  });

  it('names no internal customer anywhere, although its toolkits hold cases', () => {
    const internalCases = entries.filter((e) => e.collection === 'cases' && e.audience === 'internal');
    expect(internalCases.length).toBeGreaterThan(0);
    expect(
      internalCases.flatMap((e) =>
        containing(String(e.data['customer'])).map((p) => `${p} names ${String(e.data['customer'])} (${e.file})`),
      ),
    ).toEqual([]);
    expect(files.some((f) => f.path.startsWith('toolkits/') && f.text.includes('data-copy-for="customer"'))).toBe(true);
  });

  it('carries no pricing notes, no owner and no link into the company’s git host or tracker', () => {
    const notes = entries.flatMap((e) => (typeof e.data['pricingNotes'] === 'string' ? [e.data['pricingNotes'].slice(0, 60)] : []));
    expect(notes.length).toBeGreaterThan(0);
    const owners = [...new Set(entries.map((e) => String(e.data['owner'])))];
    const gitHost = new URL(hubConfig.feedbackUrl).host;
    const found = [
      ...notes.flatMap((n) => containing(n).map((p) => `${p} holds pricing notes`)),
      ...owners.flatMap((o) => containing(o).map((p) => `${p} names the owner ${o}`)),
      ...containing(gitHost).map((p) => `${p} links into ${gitHost}`),
    ];
    expect(found).toEqual([]);
  });

  it('never links into the internal hub, and every copy meant for a customer links to the public site', () => {
    const internalHost = new URL(hubConfig.internalSiteUrl).host;
    expect(containing(internalHost)).toEqual([]);
    const copied = files.flatMap((f) =>
      [...f.text.matchAll(/<button[^>]*data-copy(?:-html)?="([^"]*)"[^>]*data-copy-for="customer"/gu)].map((m) => ({
        page: f.path,
        text: m[1] ?? '',
      })),
    );
    expect(copied.length).toBeGreaterThan(0);
    const links = copied.flatMap((c) => [...c.text.matchAll(/https?:\/\/[^\s"&<]+/gu)].map((m) => `${c.page}: ${m[0]}`));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.split(': ')[1]?.startsWith(hubConfig.publicSiteUrl))).toEqual([]);
  });

  it('says in its JSON documents that they are for partners, with addresses on the partner site', () => {
    expect(containing(hubConfig.partnerSiteUrl).some((p) => p.startsWith('api/'))).toBe(true);
    const index = files.find((f) => f.path === 'api/index.json');
    expect(JSON.parse(index?.text ?? '{}')).toMatchObject({ audience: 'partner' });
  });
});
