/**
 * Every entry and toolkit page of every build has a Markdown twin at its address with `.md`, announced
 * in the page's head, holding the page's facts and, for partners and customers, nothing staff-only.
 * (That no twin holds a gated entry is checked with every other output file in gated-content.test.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { Audience } from './support/content';
import { loadContent, withPages } from './support/content';
import { distDirs, readDist, readPage } from './support/dist';
import { elements } from './support/html';

const entries = loadContent();
const audiences: Audience[] = ['internal', 'partner', 'public'];

/** `/cases/x.md` for every page that announces one. */
function announcedTwins(dir: string): { page: string; twin: string }[] {
  return readDist(dir)
    .filter((f) => f.path.endsWith('.html'))
    .flatMap((f) => {
      const link = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/u.exec(f.text);
      return link?.[1] ? [{ page: f.path, twin: link[1] }] : [];
    });
}

const twinText = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe.each(audiences)('the %s build’s Markdown twins', (audience) => {
  const dir = distDirs[audience];
  const pages = withPages(entries, audience);

  it('exist for every entry page, each announced by its page', () => {
    const announced = new Map(announcedTwins(dir).map((a) => [a.twin, a.page]));
    expect(pages.length).toBeGreaterThan(0);
    const missing = pages.filter((e) => {
      const twin = `${e.url.replace(/\/$/u, '')}.md`;
      return !announced.has(twin) || !existsSync(join(dir, twin));
    });
    expect(missing.map((e) => e.file)).toEqual([]);
    const dangling = [...announced.keys()].filter((twin) => !existsSync(join(dir, twin)));
    expect(dangling).toEqual([]);
  });

  it('open with the page’s own heading and cite the page', () => {
    const mismatched = announcedTwins(dir).flatMap(({ page, twin }) => {
      const h1 = elements(readFileSync(join(dir, page), 'utf8')).find((el) => el.name === 'h1');
      const heading = h1 ? DomUtils.textContent(h1).replace(/\s+/gu, ' ').trim() : '';
      const text = twinText(dir, twin);
      const first = (text.split('\n')[0] ?? '').replace(/^# /u, '').replace(/\\(.)/gu, '$1');
      const citesPage = text.includes(`Source: `) && text.includes(`/${page.replace(/index\.html$/u, '')}`);
      return first === heading && citesPage ? [] : [`${twin}: “${first}” vs page “${heading}”${citesPage ? '' : ', no Source line'}`];
    });
    expect(mismatched).toEqual([]);
  });

  it('hold every metric a case page shows', () => {
    const cases = pages.filter((e) => e.collection === 'cases');
    expect(cases.length).toBeGreaterThan(0);
    const missing = cases.flatMap((e) => {
      const twin = twinText(dir, `${e.url.replace(/\/$/u, '')}.md`);
      const page = readPage(dir, e.url);
      return (e.data['metrics'] as { label: string; value: string }[]).flatMap((m) =>
        page.includes(m.label) && !twin.includes(`${m.label}: ${m.value}`) ? [`${e.file}: ${m.label}`] : [],
      );
    });
    expect(missing).toEqual([]);
  });

  if (audience !== 'internal') {
    it('hold nothing staff-only: no owners, review dates or pricing notes', () => {
      const twins = readDist(dir).filter((f) => f.path.endsWith('.md'));
      expect(twins.length).toBeGreaterThan(0);
      const staffOnly = ['Owner:', 'Review by', 'Pricing notes', ...(audience === 'public' ? ['Deal profile', '## Sales toolkits'] : [])];
      expect(twins.flatMap((f) => staffOnly.filter((word) => f.text.includes(word)).map((word) => `${f.path}: ${word}`))).toEqual([]);
    });
  } else {
    it('tell staff who owns each entry and when it is reviewed, so the check above can fail', () => {
      const product = twinText(dir, '/products/kestrel-flow.md');
      expect(product).toContain('Owner:');
      expect(product).toContain('## Pricing notes (internal, do not send)');
    });
  }
});

describe('toolkit twins', () => {
  it('open on the industry’s “Ready to send” block, as the industry page does', () => {
    const twin = twinText(distDirs.internal, '/toolkits/kestrel-flow/quick-sale/public-sector.md');
    expect(twin).toMatch(/^# Kestrel Flow\n\nQuick-sale toolkit, for Public Sector\n/u);
    expect(twin).toContain('## Ready to send');
    expect(twin).toContain('No customer-facing case for this industry yet.');
    expect(twin.indexOf('## Ready to send')).toBeLessThan(twin.indexOf('## Pitch'));
  });

  it('exist only where the build has toolkits', () => {
    expect(existsSync(join(distDirs.partner, 'toolkits/kestrel-flow/quick-sale.md'))).toBe(true);
    expect(existsSync(join(distDirs.public, 'toolkits'))).toBe(false);
  });
});
