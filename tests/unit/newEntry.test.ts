import { slug } from 'github-slugger';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import { collectionNames } from '../../src/lib/entries';
import type { NewEntryRequest } from '../../src/lib/newEntry';
import { addMonths, entryId, newEntry, NewEntryError } from '../../src/lib/newEntry';

const request = (overrides: Partial<NewEntryRequest> = {}): NewEntryRequest => ({
  collection: 'objections',
  title: 'We have no budget this year',
  owner: 'mei.chen@kestrel-data.example',
  today: new Date('2026-03-15T16:45:00Z'),
  ids: { products: ['kestrel-pulse', 'kestrel-atlas'], industries: ['retail'], objections: ['too-expensive'] },
  settings: hubConfig,
  ...overrides,
});

function frontMatter(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/u.exec(text);
  expect(match, text).not.toBeNull();
  return load(match![1]!) as Record<string, unknown>;
}

function refusal(overrides: Partial<NewEntryRequest>): string {
  try {
    newEntry(request(overrides));
  } catch (error) {
    expect(error).toBeInstanceOf(NewEntryError);
    return (error as Error).message;
  }
  throw new Error('expected the scaffold to be refused');
}

describe('entryId', () => {
  it('keeps letters of every script and drops punctuation', () => {
    expect(entryId('Café Olé cuts close — by 2 days!')).toBe('café-olé-cuts-close-by-2-days');
    expect(entryId('王丽的案例')).toBe('王丽的案例');
    expect(entryId('Öffentlicher Sektor')).toBe('öffentlicher-sektor');
    expect(entryId('  _Draft: SSO & SAML?_ ')).toBe('draft-sso-saml');
  });

  it('is the id Astro derives from the file name', () => {
    for (const title of ['Café Olé — 2027', 'Kestrel Flow × Public Sector', 'ダッシュボード 比較', 'Dashly (Pro)']) {
      expect(slug(entryId(title))).toBe(entryId(title));
    }
  });

  it('composes decomposed accents the way they are typed', () => {
    expect(entryId('Cafe\u0301')).toBe('caf\u00e9');
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths(new Date('2026-03-15T00:00:00Z'), 6).toISOString().slice(0, 10)).toBe('2026-09-15');
    expect(addMonths(new Date('2027-01-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(addMonths(new Date('2026-11-30T00:00:00Z'), 3).toISOString().slice(0, 10)).toBe('2027-02-28');
  });
});

describe('newEntry', () => {
  it('starts a draft for internal use, owned by the author, due for review after the collection default', () => {
    const entry = newEntry(request());
    expect(entry).toMatchObject({
      collection: 'objections',
      id: 'we-have-no-budget-this-year',
      file: 'objections/we-have-no-budget-this-year.md',
    });
    const data = frontMatter(entry.text);
    expect(data).toMatchObject({
      title: 'We have no budget this year',
      status: 'draft',
      audience: 'internal',
      owner: 'mei.chen@kestrel-data.example',
    });
    const months = hubConfig.newEntryReviewMonths.objections;
    expect((data['reviewBy'] as Date).toISOString().slice(0, 10)).toBe(
      addMonths(new Date('2026-03-15T00:00:00Z'), months).toISOString().slice(0, 10),
    );
  });

  it('takes the review-by months from the settings of the collection', () => {
    const settings = { ...hubConfig, newEntryReviewMonths: { ...hubConfig.newEntryReviewMonths, objections: 1 } };
    expect(frontMatter(newEntry(request({ settings })).text)['reviewBy']).toEqual(new Date('2026-04-15T00:00:00Z'));
  });

  it('marks every value the author must replace', () => {
    for (const collection of collectionNames) {
      const { text } = newEntry(request({ collection, title: 'Anything new' }));
      const data = frontMatter(text);
      const texts: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') texts.push(value);
        else if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(walk);
      };
      for (const governed of ['title', 'owner', 'status', 'audience']) delete data[governed];
      walk(data);
      for (const value of texts) {
        const line = text.split('\n').find((l) => l.includes(value)) ?? '';
        expect(value.startsWith('TODO: ') || line.includes('# TODO'), `${collection}: "${value}" is not marked`).toBe(true);
      }
      for (const line of text.split('\n').filter((l) => /: (-?\d|\d{4}-|true|false|\[[a-z])/u.test(l) && !l.includes('reviewBy'))) {
        expect(line, collection).toMatch(/# TODO|"TODO: /u);
      }
      expect(text, collection).toMatch(/^---\n# New draft: replace every TODO/u);
    }
  });

  it('puts entries with images in a folder with an image slot', () => {
    const customerCase = newEntry(request({ collection: 'cases', title: 'Harbor Pine closes faster' }));
    expect(customerCase.file).toBe('cases/harbor-pine-closes-faster/index.md');
    expect(customerCase.placeholderImage).toBe('cases/harbor-pine-closes-faster/logo.png');
    expect(frontMatter(customerCase.text)['logo']).toMatchObject({ src: './logo.png' });
    const campaign = newEntry(request({ collection: 'campaigns', title: 'Close faster' }));
    expect(campaign.file).toBe('campaigns/close-faster/index.md');
    expect(campaign.placeholderImage).toBeUndefined();
    expect(campaign.text).toMatch(/^# hero: # optional/mu);
    expect(newEntry(request()).placeholderImage).toBeUndefined();
  });

  it('references the first existing entry as a placeholder', () => {
    expect(frontMatter(newEntry(request()).text)['products']).toEqual(['kestrel-atlas']);
  });

  it('refuses an unknown collection, naming the collections', () => {
    expect(refusal({ collection: 'case-studies' })).toBe(`"case-studies" is not a collection. Use one of: ${collectionNames.join(', ')}.`);
  });

  it('refuses an id that exists, whatever its case', () => {
    expect(refusal({ title: 'Too expensive' })).toMatch(
      /^objections\/too-expensive already exists: the title "Too expensive" makes the id "too-expensive"\. Choose another title/u,
    );
    expect(refusal({ title: 'X', ids: { ...request().ids, objections: ['X'] } })).toMatch(/objections\/x already exists/u);
  });

  it('refuses a title that gives no id or the address of a listing page', () => {
    expect(refusal({ title: '   ' })).toMatch(/give the new objection a title/u);
    expect(refusal({ title: '?!' })).toMatch(/has no letter or digit/u);
    expect(refusal({ title: '2027' })).toMatch(/makes the id "2027", which is the address of a page of the objections listing/u);
  });

  it('refuses an entry whose required reference has nothing to point at yet', () => {
    expect(refusal({ ids: {} })).toBe(
      'a new objection names at least one product, and there is none yet. Start with: npm run new -- products "<title>"',
    );
  });

  it('refuses to start an entry without an owner', () => {
    expect(refusal({ owner: ' ' })).toMatch(/git config user\.email/u);
  });

  it('quotes titles and owners YAML would otherwise read wrongly', () => {
    const data = frontMatter(newEntry(request({ title: 'Yes: "no" # maybe', owner: '@mei' })).text);
    expect(data).toMatchObject({ title: 'Yes: "no" # maybe', owner: '@mei' });
  });
});
