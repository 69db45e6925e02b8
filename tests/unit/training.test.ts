import { describe, expect, it } from 'vitest';
import { hubConfig } from '../../src/config/hub.config';
import type { Entry } from '../../src/lib/entries';
import type { BuildScope } from '../../src/lib/gating';
import { buildHub } from '../../src/lib/hub';
import { contentVersion, seededShuffle } from '../../src/lib/training/contentVersion';
import type { LearningPath } from '../../src/lib/training/learningPath';
import { learningPath, pathManifest, readingMinutes, trainingModuleIds, trainingProducts } from '../../src/lib/training/learningPath';
import { distractorsPerQuestion } from '../../src/lib/training/practice';
import {
  awardCertificate,
  completeModule,
  emptyProgress,
  exportFileName,
  parseProgress,
  passMark,
  pathStatus,
  recordAnswer,
  teamRows,
} from '../../src/lib/training/progress';
import { allEntries, competitor, customerCase, industry, messaging, objection, persona, product, ref, scope, valueProp } from './factories';

/** A product with enough approved content for every kind of question, plus gated entries that must never be taught. */
function sample(extra: Entry[] = []): Entry[] {
  const p = 'pulse';
  return [
    product(p, {
      industries: [ref('industries', 'retail'), ref('industries', 'finance')],
      personas: [ref('personas', 'cfo'), ref('personas', 'analyst'), ref('personas', 'revops')],
    }),
    industry('retail', { title: 'Retail' }),
    industry('finance', { title: 'Financial Services' }),
    persona('cfo', { title: 'CFO', level: 'executive', discoveryQuestions: ['How long is your close?', 'Whose forecast do you present?'] }),
    persona('revops', { title: 'Head of RevOps', level: 'business-line', discoveryQuestions: ['Who maintains the pipeline report?'] }),
    persona('analyst', { title: 'Analyst', level: 'execution', discoveryQuestions: ['How do you reconcile CRM and billing?'] }),
    messaging('pulse-en', p, {
      elevatorPitch: 'One revenue number for everyone.',
      industryVariants: [{ industry: ref('industries', 'retail'), message: 'Store revenue in one view.' }],
      personaVariants: [{ persona: ref('personas', 'cfo'), message: 'The board number, reconciled.' }],
    }),
    ...['a', 'b', 'c', 'd'].map((x, i) =>
      valueProp(`vp-${x}`, p, {
        pain: `Pain ${x}`,
        capability: `Capability ${x}`,
        proofPoints: [{ claim: `Claim ${x}`, source: 'Survey' }],
        priority: i + 1,
      }),
    ),
    ...['price', 'timing', 'security', 'bi'].map((x) => objection(`obj-${x}`, [p], { title: `Objection ${x}`, response: `Answer ${x}.` })),
    competitor('dashly', [p], {
      howWeWin: ['Live in an afternoon'],
      strengths: ['Familiar', 'Flexible'],
      valueCurve: [
        { factor: 'Time to value', us: 9, them: 4 },
        { factor: 'Flexibility', us: 6, them: 9 },
        { factor: 'Revenue model', us: 9, them: 3 },
        { factor: 'Price per viewer', us: 6, them: 7 },
      ],
    }),
    competitor('sheetco', ['other'], { howWeWin: ['Replace the spreadsheet macros'] }),
    product('other'),
    customerCase('shop', 'retail', [p], { customer: 'Shop Co', title: 'Shop Co closes faster' }),
    customerCase('bank', 'finance', [p], { customer: 'Bank Co', title: 'Bank Co forecasts within 2%' }),
    // Never taught: a draft objection, an expired value proposition, an internal objection (partner build).
    objection('obj-draft', [p], { title: 'Draft objection', response: 'DRAFT ANSWER', status: 'draft' }),
    valueProp('vp-expired', p, { capability: 'EXPIRED CAPABILITY', reviewBy: new Date('2020-01-01T00:00:00Z') }),
    objection('obj-internal', [p], { title: 'Internal objection', response: 'INTERNAL ANSWER', audience: 'internal' }),
    ...extra,
  ];
}

function pathFor(entries: Entry[] = sample(), overrides: Partial<BuildScope> = {}): LearningPath {
  const hub = buildHub(allEntries(...entries), scope(overrides));
  const pulse = hub.entries.products.find((p) => p.id === 'pulse');
  if (!pulse) throw new Error('no pulse');
  return learningPath(hub, pulse, hubConfig);
}

const questions = (path: LearningPath) => path.modules.flatMap((m) => m.questions);

describe('a learning path', () => {
  it('has the modules in the order a new rep needs them, each saying how long it takes', () => {
    const path = pathFor();
    expect(path.modules.map((m) => m.id)).toEqual([...trainingModuleIds]);
    expect(path.modules.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const module of path.modules) expect(module.minutes).toBe(readingMinutes(module.words));
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(401)).toBe(3);
  });

  it('teaches buyers executive first, each level with its discovery questions', () => {
    const buyers = pathFor().modules.find((m) => m.id === 'buyers');
    if (buyers?.id !== 'buyers') throw new Error('no buyers module');
    expect(buyers.lesson.levels.map((l) => [l.level, l.buyers.map((b) => b.persona)])).toEqual([
      ['executive', ['CFO']],
      ['business-line', ['Head of RevOps']],
      ['execution', ['Analyst']],
    ]);
  });

  it('is absent from a build without training', () => {
    const hub = (audience: BuildScope['audience']) => buildHub(allEntries(...sample()), scope({ audience }));
    expect(trainingProducts(hub('public'))).toEqual([]);
    expect(trainingProducts(hub('partner')).map((p) => p.id)).toContain('pulse');
  });
});

describe('practice generation', () => {
  it('generates every kind of question from the sample', () => {
    const kinds = new Set(questions(pathFor()).map((q) => q.kind));
    expect([...kinds].sort()).toEqual(
      ['before-the-call', 'buyer-level', 'competitor-curve', 'competitor-win', 'objection-drill', 'value-match', 'value-proof'].sort(),
    );
  });

  it('is deterministic: the same content gives the same quiz, and the order is not the source order', () => {
    const first = questions(pathFor());
    expect(questions(pathFor())).toEqual(first);
    // Entries listed in another order are the same content.
    expect(questions(pathFor([...sample()].reverse()))).toEqual(first);
    // The right answer is not always the first choice: the order is shuffled (by the content hash).
    expect(new Set(first.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('changes the quiz of a module, and its version, only when what the module teaches changes', () => {
    const before = pathFor();
    const after = pathFor(
      sample().map((e) =>
        e.id === 'obj-price' ? objection('obj-price', ['pulse'], { title: 'Objection price', response: 'A new answer.' }) : e,
      ),
    );
    const versions = (path: LearningPath) => Object.fromEntries(path.modules.map((m) => [m.id, m.version]));
    const [b, a] = [versions(before), versions(after)];
    expect(a['objections']).not.toBe(b['objections']);
    for (const id of ['positioning', 'value', 'buyers', 'competitors', 'selling']) expect(a[id]).toBe(b[id]);
    expect(after.version).not.toBe(before.version);
  });

  it('names an approved source for every question, one the module teaches', () => {
    const path = pathFor();
    for (const module of path.modules) {
      for (const q of module.questions) {
        expect(module.sources.map((s) => s.key)).toContain(q.source.key);
        expect(q.source.href).toMatch(/^\/[a-z-]+\/[^/]+\/$/u);
      }
    }
  });

  it('offers a right answer once, and wrong answers that are real, distinct entries', () => {
    const byKey = new Map(sample().map((e) => [`${e.collection}:${e.id}`, JSON.stringify(e.data)]));
    for (const q of questions(pathFor())) {
      const texts = q.choices.map((c) => c.text.toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
      expect(q.choices.filter((c) => c.id === q.answer)).toHaveLength(1);
      expect(q.choices.length).toBeGreaterThanOrEqual(2);
      expect(q.choices.length).toBeLessThanOrEqual(distractorsPerQuestion + 1);
      const right = q.choices.find((c) => c.id === q.answer);
      for (const wrong of q.choices.filter((c) => c.id !== q.answer)) {
        expect(wrong.text).not.toBe(right?.text);
        // Taken from the real entry it names: its text is that entry's (a label adds the level, a case line joins customer and title).
        const entry = byKey.get(wrong.from);
        expect(entry).toBeDefined();
        // Answers, capabilities, proof and buyers come from other entries; a competitor's own curve and strengths are wrong answers about it.
        if (['objection-drill', 'value-match', 'value-proof', 'buyer-level'].includes(q.kind)) expect(wrong.from).not.toBe(q.source.key);
        const pieces =
          q.kind === 'buyer-level'
            ? [wrong.text.replace(/ \([^)]*\)$/u, '')]
            : q.kind === 'before-the-call' && wrong.from.startsWith('cases:')
              ? wrong.text.split(': ')
              : [wrong.text];
        for (const piece of pieces) expect(entry).toContain(JSON.stringify(piece).slice(1, -1));
      }
    }
  });

  it('uses value curve factors where we lead as the wrong answers to "where are they strongest"', () => {
    const curve = questions(pathFor()).find((q) => q.kind === 'competitor-curve');
    expect(curve?.choices.find((c) => c.id === curve.answer)?.text).toBe('Flexibility');
    expect(curve?.choices.map((c) => c.text).sort()).toEqual(['Flexibility', 'Revenue model', 'Time to value']);
  });

  it('never teaches or quizzes gated entries: drafts, expired, and internal ones outside the internal build', () => {
    const internal = JSON.stringify(pathFor());
    expect(internal).not.toContain('DRAFT ANSWER');
    expect(internal).not.toContain('EXPIRED CAPABILITY');
    expect(internal).toContain('INTERNAL ANSWER');
    const partner = JSON.stringify(pathFor(sample(), { audience: 'partner' }));
    expect(partner).not.toContain('INTERNAL ANSWER');
    expect(partner).not.toContain('Internal objection');
  });

  it('asks the timed drill with the case and line the toolkit sends, linking into the real toolkit', () => {
    const drills = questions(pathFor()).filter((q) => q.kind === 'before-the-call');
    expect(drills.length).toBeGreaterThan(0);
    for (const drill of drills) {
      expect(drill.seconds).toBeGreaterThan(0);
      expect(drill.toolkitLink?.href).toMatch(/^\/toolkits\/pulse\/quick-sale\/(retail|finance)\/\?persona=/u);
    }
    const retailCase = drills.find((q) => q.id.startsWith('before-the-call:retail') && q.id.endsWith(':case'));
    if (retailCase) expect(retailCase.choices.find((c) => c.id === retailCase.answer)?.text).toBe('Shop Co: Shop Co closes faster');
  });

  it('offers wrong answers in the language of the right one where the content has them', () => {
    const zh = ['x', 'y', 'z'].map((x) =>
      valueProp(`vp-zh-${x}`, 'pulse', { lang: 'zh-CN', pain: `痛点${x}`, capability: `能力${x}`, priority: 1 }),
    );
    const path = pathFor(sample(zh));
    const chinese = questions(path).filter((q) => q.kind === 'value-match' && q.source.lang === 'zh-CN');
    expect(chinese.length).toBeGreaterThan(0);
    for (const q of chinese) {
      expect(q.cueLang).toBe('zh-CN');
      expect(q.choices.filter((c) => c.lang === 'zh-CN')).toHaveLength(3);
    }
  });

  it('leaves out a question that would have no wrong answer', () => {
    const lone = [product('solo'), objection('only', ['solo'], { response: 'The only answer.' })];
    const hub = buildHub(allEntries(...lone), scope());
    const solo = hub.entries.products[0];
    if (!solo) throw new Error('no product');
    const path = learningPath(hub, solo, hubConfig);
    const objections = path.modules.find((m) => m.id === 'objections');
    // The hub's only answer cannot be quizzed against itself; the module still teaches it.
    expect(objections?.sources).toHaveLength(1);
    expect(objections?.questions).toEqual([]);
  });
});

describe('content versions and seeded order', () => {
  it('hashes the same content the same way whatever the key order', () => {
    expect(contentVersion({ a: 1, b: ['x'] })).toBe(contentVersion({ b: ['x'], a: 1 }));
    expect(contentVersion({ a: 1 })).not.toBe(contentVersion({ a: 2 }));
    expect(contentVersion('x')).toMatch(/^[0-9a-f]{12}$/u);
  });

  it('shuffles by the seed alone', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    expect(seededShuffle(items, 's')).toEqual(seededShuffle(items, 's'));
    expect(seededShuffle(items, 's').sort()).toEqual(items);
    expect(seededShuffle(items, 's')).not.toEqual(seededShuffle(items, 't'));
  });
});

describe('progress', () => {
  const manifest = pathManifest(pathFor());
  const at = '2026-11-23T10:00:00.000Z';

  function finishAll(rightAnswers: number) {
    let progress = emptyProgress();
    const ids = manifest.modules.flatMap((m) => m.questions.map((q) => ({ q, m: m.id })));
    ids.forEach(({ q, m }, i) => (progress = recordAnswer(progress, 'pulse', q, m, i < rightAnswers)));
    for (const module of manifest.modules) progress = completeModule(progress, 'pulse', module, at);
    return { progress: awardCertificate(progress, manifest, at), total: ids.length };
  }

  it('scores answers, names weak areas and counts modules done', () => {
    const module = manifest.modules.find((m) => m.id === 'objections');
    if (!module) throw new Error('no objections');
    let progress = emptyProgress();
    progress = recordAnswer(progress, 'pulse', module.questions[0] ?? '', module.id, true);
    progress = recordAnswer(progress, 'pulse', module.questions[1] ?? '', module.id, false);
    progress = recordAnswer(progress, 'pulse', module.questions[2] ?? '', module.id, false);
    progress = completeModule(progress, 'pulse', module, at);
    const status = pathStatus(manifest, progress.paths['pulse']);
    expect(status.done).toBe(1);
    expect([status.right, status.answered]).toEqual([1, 3]);
    expect(status.weakAreas).toEqual(['Objections and approved answers']);
    expect(status.certificate.state).toBe('not-earned');
  });

  it('awards the certificate at the pass mark, against the content version, and not below it', () => {
    const { total } = finishAll(0);
    const pass = Math.ceil(total * passMark);
    const passed = finishAll(pass).progress;
    expect(passed.paths['pulse']?.certificate?.version).toBe(manifest.version);
    expect(pathStatus(manifest, passed.paths['pulse']).certificate.state).toBe('earned');
    expect(finishAll(pass - 1).progress.paths['pulse']?.certificate).toBeUndefined();
  });

  it('says what changed since a module was done, and puts the certificate out of date', () => {
    const { progress } = finishAll(1000);
    const changedPath = pathFor(
      sample([objection('obj-new', ['pulse'], { title: 'A new objection', response: 'New answer.' })]).map((e) =>
        e.id === 'obj-price' ? objection('obj-price', ['pulse'], { title: 'Objection price', response: 'Changed.' }) : e,
      ),
    );
    const changed = pathManifest(changedPath);
    const status = pathStatus(changed, progress.paths['pulse']);
    const objections = status.modules.find((m) => m.id === 'objections');
    expect(objections?.state).toBe('updated');
    expect(objections?.changes.changed).toEqual(['Objection price']);
    expect(objections?.changes.added).toEqual(['A new objection']);
    expect(status.modules.find((m) => m.id === 'buyers')?.state).toBe('done');
    expect(status.certificate.state).toBe('out-of-date');
    expect(status.weakAreas).toContain('Objections and approved answers');
  });

  it('exports and re-imports as the same progress, and refuses another file naming what is wrong', () => {
    const { progress } = finishAll(3);
    const named = { ...progress, learner: 'Mei Chen' };
    expect(parseProgress(JSON.stringify(named))).toEqual(named);
    expect(exportFileName('Mei Chen')).toBe('training-progress-mei-chen.json');
    expect(exportFileName('')).toBe('training-progress.json');
    expect(() => parseProgress('{"format":"other"}')).toThrow(/"format" should be "gtm-hub-training-progress"/u);
    expect(() => parseProgress('not json')).toThrow(/is not JSON/u);
    expect(() => parseProgress(JSON.stringify({ ...named, paths: { pulse: { modules: {}, answers: { q: { module: 'x' } } } } }))).toThrow(
      /paths\.pulse\.answers\.q/u,
    );
  });

  it('shows a team their results from exported files', () => {
    const a = { ...finishAll(1000).progress, learner: 'Ana' };
    const b = { ...emptyProgress(), learner: '' };
    const rows = teamRows([a, completeModule(b, 'pulse', manifest.modules[0]!, at)], [manifest]);
    expect(rows.map((r) => [r.learner, r.done, r.certificate])).toEqual([
      ['Ana', 6, 'earned'],
      ['Learner 2', 1, 'not-earned'],
    ]);
  });
});
