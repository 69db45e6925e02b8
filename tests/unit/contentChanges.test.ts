import { describe, expect, it } from 'vitest';
import type { ContentChange } from '../../src/lib/contentChanges';
import { changesByProduct, contentChanges, isMeaningfulSubject } from '../../src/lib/contentChanges';
import type { ContentCommit, ContentHistory } from '../../src/lib/gitHistory';
import { buildHub } from '../../src/lib/hub';
import { feedItem } from '../../src/lib/whatsNew';
import { allEntries, customerCase, industry, objection, product, scope, valueProp } from './factories';

const CASE_A = 'src/content/cases/acme/index.md';
const PRODUCT = 'src/content/products/pulse.md';

function commit(hash: string, iso: string, subject: string, ...files: string[]): ContentCommit {
  return { hash, date: new Date(`${iso}T12:00:00Z`), subject, files };
}

/** A history written for the test, newest first, with the commits that changed each file's approval. */
function history(commits: ContentCommit[], approvals: [string, string][]): ContentHistory {
  return { commits, approvalChanges: new Set(approvals.map(([hash, file]) => `${hash} ${file}`)) };
}

const entries = () =>
  allEntries(
    product('pulse', { title: 'Pulse' }),
    product('vault', { title: 'Vault' }),
    industry('retail'),
    customerCase('acme', 'retail', ['pulse'], { title: 'Acme closes faster' }),
    customerCase('old', 'retail', ['pulse', 'vault'], { title: 'Old Foods case', status: 'retired' }),
    customerCase('never', 'retail', ['pulse'], { title: 'Never published case', status: 'retired' }),
    customerCase('secret', 'retail', ['pulse'], { title: 'Secret case', audience: 'internal' }),
    customerCase('secret-gone', 'retail', ['pulse'], { title: 'Secret retired case', audience: 'internal', status: 'retired' }),
    valueProp('draft-vp', 'pulse', { title: 'Draft value proposition', status: 'draft' }),
  );

const line = (c: ContentChange) => `${c.kind} ${c.entry.collection}/${c.entry.id} ${c.commit}${c.path ? ` ${c.path}` : ''}`;

describe('contentChanges', () => {
  const log = history(
    [
      commit('c6', '2026-11-06', 'Retire the Old Foods case: the customer left', 'src/content/cases/old/index.md'),
      commit('c5', '2026-11-05', 'Acme: new logo', 'src/content/cases/acme/logo.png'),
      commit('c4', '2026-11-04', 'Update index.md', CASE_A, 'src/content/value-props/draft-vp.md'),
      commit(
        'c3',
        '2026-11-03',
        'Approve the Acme case',
        CASE_A,
        'src/content/cases/secret/index.md',
        'src/content/cases/secret-gone/index.md',
      ),
      commit('c2', '2026-11-02', 'Draft the Acme case', CASE_A, 'src/content/cases/never/index.md'),
      commit('c1', '2026-11-01', 'Sample content', PRODUCT, 'src/content/cases/old/index.md', 'src/content/cases/secret-gone/index.md'),
    ],
    [
      ['c6', 'src/content/cases/old/index.md'],
      ['c3', CASE_A],
      ['c3', 'src/content/cases/secret/index.md'],
      ['c3', 'src/content/cases/secret-gone/index.md'],
      ['c1', PRODUCT],
      ['c1', 'src/content/cases/old/index.md'],
      ['c1', 'src/content/cases/secret-gone/index.md'],
    ],
  );

  it('lists added (when approved), updated and retired, newest first; drafts and never-published entries not at all', () => {
    expect(contentChanges(buildHub(entries(), scope()), log).map(line)).toEqual([
      'retired cases/old c6',
      'updated cases/acme c5 /cases/acme/',
      'updated cases/acme c4 /cases/acme/',
      'added cases/acme c3 /cases/acme/',
      'added cases/secret c3 /cases/secret/',
      'retired cases/secret-gone c3',
      'added products/pulse c1 /products/pulse/',
    ]);
  });

  it('leaves internal entries out of a public build, retired ones included', () => {
    const changes = contentChanges(buildHub(entries(), scope({ audience: 'public' })), log);
    expect(changes.map((c) => c.entry.id)).not.toContain('secret');
    expect(changes.map((c) => c.entry.id)).not.toContain('secret-gone');
    expect(changes.map((c) => c.entry.id)).toContain('old');
  });

  it('leaves out collections the build has no pages for (rep material in the customer’s library)', () => {
    const all = entries();
    all.objections.push(objection('too-dear', ['pulse'], { title: 'Too dear' }));
    const objectionLog = history(
      [commit('o1', '2026-11-07', 'Answer the price objection', 'src/content/objections/too-dear.md')],
      [['o1', 'src/content/objections/too-dear.md']],
    );
    expect(contentChanges(buildHub(all, scope()), objectionLog).map(line)).toEqual(['added objections/too-dear o1 /objections/too-dear/']);
    expect(contentChanges(buildHub(all, scope({ audience: 'public' })), objectionLog)).toEqual([]);
  });

  it('keeps the commit message as the summary only where it says something', () => {
    const changes = contentChanges(buildHub(entries(), scope()), log);
    const summaries = Object.fromEntries(changes.map((c) => [`${c.entry.id} ${c.commit}`, c.summary]));
    expect(summaries['old c6']).toBe('Retire the Old Foods case: the customer left');
    expect(summaries['acme c4']).toBeUndefined();
  });

  it('names the products each change is about, as the build shows them', () => {
    const changes = contentChanges(buildHub(entries(), scope()), log);
    const old = changes.find((c) => c.entry.id === 'old');
    expect(old?.products.map((p) => p.id)).toEqual(['pulse', 'vault']);
    const byProduct = changesByProduct(changes);
    expect(byProduct.get('vault')?.map((c) => c.entry.id)).toEqual(['old']);
    expect(byProduct.get('pulse')?.map((c) => c.entry.id)).toEqual(['old', 'acme', 'acme', 'acme', 'secret', 'secret-gone', 'pulse']);
  });

  it('lists an entry that has left the build (expired) nowhere', () => {
    const all = entries();
    all.cases = all.cases.map((c) => (c.id === 'acme' ? { ...c, data: { ...c.data, reviewBy: new Date('2026-01-01T00:00:00Z') } } : c));
    expect(contentChanges(buildHub(all, scope()), log).some((c) => c.entry.id === 'acme')).toBe(false);
  });

  it('finds nothing in a checkout without history', () => {
    expect(contentChanges(buildHub(entries(), scope()), history([], []))).toEqual([]);
  });

  it('orders 10,000 entries’ changes quickly, each entry once per commit', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => customerCase(`case-${i}`, 'retail', ['pulse']));
    const files = many.map((c) => c.filePath ?? '');
    const big = history(
      [
        commit('h2', '2026-11-02', 'Refresh every case', ...files, ...files.map((f) => f.replace('index.md', 'logo.png'))),
        commit('h1', '2026-11-01', 'Import', ...files),
      ],
      files.map((f) => ['h1', f] as [string, string]),
    );
    const started = performance.now();
    const changes = contentChanges(buildHub(allEntries(product('pulse'), industry('retail'), ...many), scope()), big);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(changes).toHaveLength(20_000);
    expect(changes.slice(0, 10_000).every((c) => c.kind === 'updated' && c.commit === 'h2')).toBe(true);
  });
});

describe('isMeaningfulSubject', () => {
  it.each([
    'Update index.md',
    'Update Cases “acme”',
    'Create cases/acme.md',
    'Add files via upload',
    'Merge pull request #12 from a/b',
    'wip',
    'typo.',
    '',
  ])('finds nothing to say in “%s”', (subject) => expect(isMeaningfulSubject(subject)).toBe(false));
  it.each(['Acme: figures re-confirmed with the customer', 'Retire the Old Foods case', 'Update pricing notes for 2027'])(
    'keeps “%s”',
    (subject) => expect(isMeaningfulSubject(subject)).toBe(true),
  );
});

describe('feedItem', () => {
  it('links a change to its page, or a retired entry to the list, with a stable id and escaped text', () => {
    const changes = contentChanges(
      buildHub(entries(), scope()),
      history(
        [
          commit('abc', '2026-11-06', 'Retire <old> & gone', 'src/content/cases/old/index.md'),
          commit('def', '2026-11-05', 'Approve', CASE_A),
        ],
        [
          ['abc', 'src/content/cases/old/index.md'],
          ['def', CASE_A],
        ],
      ),
    );
    const [retired, added] = changes.map((c) => feedItem(c, 'https://hub.example/'));
    expect(retired).toMatchObject({
      id: 'tag:hub.example,2026-11-06:abc/cases/old',
      title: 'Retired: Old Foods case',
      link: 'https://hub.example/whats-new/',
      description: 'Retire &lt;old&gt; &amp; gone',
    });
    expect(added).toMatchObject({ title: 'Added: Acme closes faster', link: 'https://hub.example/cases/acme/' });
  });
});
