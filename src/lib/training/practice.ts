/**
 * Practice generated from a module's approved entries at build time: every question is built from
 * one source entry the module teaches, its right answer is that entry's approved text, and its
 * wrong answers are other real entries' text. The order is seeded by the module's content version,
 * so the same content always gives the same quiz and no build draws on chance.
 */
import type { CaseItem, ToolkitContext } from '../toolkits/items';
import { caseItem } from '../toolkits/items';
import type { ProductContent } from '../toolkits/productContent';
import { callVariant, toolkitPath } from '../toolkits/toolkitPaths';
import { seededShuffle } from './contentVersion';
import type { TrainingModule, TrainingModuleOf, TrainingSource } from './learningPath';

export const questionKinds = {
  'objection-drill': 'Objection drill',
  'value-match': 'Pain to capability',
  'value-proof': 'Capability to proof',
  'competitor-curve': 'Value curve',
  'competitor-win': 'How we win',
  'buyer-level': 'Buyer and level',
  'before-the-call': 'Before the call',
} as const;
export type QuestionKind = keyof typeof questionKinds;

/** How many wrong answers a question offers next to the right one, where the content has them. */
export const distractorsPerQuestion = 3;
/** Seconds the "before the call" drill allows: about the time a rep has between two calls. */
export const beforeTheCallSeconds = 90;
/** Discovery questions drilled per buyer, and "before the call" scenarios per product. */
export const practiceLimits = { questionsPerBuyer: 2, callScenarios: 2 } as const;

export interface TrainingChoice {
  /** "a", "b", "c"… in the order shown. */
  id: string;
  text: string;
  lang: string;
  /** The entry the text is taken from: a right answer's is the question's source, a wrong one's another entry. */
  from: string;
}

export interface TrainingQuestion {
  /** Stable between builds of the same content, unique in the path, e.g. "objection-drill:objections:too-expensive". */
  id: string;
  kind: QuestionKind;
  /** What the rep is asked. */
  prompt: string;
  /** The material the question is about: what the buyer said, the pain, the discovery question… */
  cue: string;
  cueLang: string;
  choices: TrainingChoice[];
  /** The id of the right choice. */
  answer: string;
  /** What the rep compares their answer with: the approved text and its proof. */
  reveal: { text: string; lang: string; proof: { label: string; href: string | undefined }[] };
  /** The approved entry the question is built from. */
  source: TrainingSource;
  /** The rep may write their own answer before comparing it (objection drills). */
  write: boolean;
  /** Seconds allowed, for timed drills. */
  seconds: number | undefined;
  /** Where in the real toolkit the answer is found. */
  toolkitLink: { href: string; label: string } | undefined;
}

interface Option {
  text: string;
  lang: string;
  from: string;
}

interface QuestionDraft extends Omit<TrainingQuestion, 'choices' | 'answer' | 'write' | 'seconds' | 'toolkitLink'> {
  right: Option;
  wrong: Option[];
  write?: boolean;
  seconds?: number;
  toolkitLink?: TrainingQuestion['toolkitLink'];
}

const normalised = (text: string) => text.trim().replace(/\s+/gu, ' ').toLowerCase();

/**
 * The wrong answers: distinct from each other and from the right one (compared as written, case
 * and spacing aside), the first few after a seeded shuffle, in the right answer's language where
 * there are enough. A question with none is left out.
 */
function choose(draft: QuestionDraft, seed: string): TrainingQuestion | undefined {
  const seen = new Set([normalised(draft.right.text)]);
  const wrong: Option[] = [];
  const shuffled = seededShuffle(draft.wrong, `${seed} ${draft.id} wrong`);
  // Wrong answers in the right answer's language first: a Chinese answer among English ones gives itself away.
  const sameLanguageFirst = [
    ...shuffled.filter((o) => o.lang === draft.right.lang),
    ...shuffled.filter((o) => o.lang !== draft.right.lang),
  ];
  for (const option of sameLanguageFirst) {
    const key = normalised(option.text);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    wrong.push(option);
    if (wrong.length === distractorsPerQuestion) break;
  }
  if (wrong.length === 0) return undefined;
  const ordered = seededShuffle([draft.right, ...wrong], `${seed} ${draft.id} order`);
  const choices = ordered.map((option, i) => ({ id: String.fromCharCode(97 + i), ...option }));
  const { right: _right, wrong: _wrong, write = false, seconds, toolkitLink, ...rest } = draft;
  return {
    ...rest,
    choices,
    answer: choices[ordered.indexOf(draft.right)]?.id ?? 'a',
    write,
    seconds,
    toolkitLink,
  };
}

/** Entries of `pool` other than the one with `key`, starting at a seeded place: a bounded look at a large pool. */
function others<T extends { key: string }>(pool: readonly T[], key: string, seed: string, max = 12): T[] {
  const candidates = pool.filter((item) => item.key !== key);
  if (candidates.length <= max) return candidates;
  const start = seededShuffle(
    candidates.map((_, i) => i),
    seed,
  )[0] as number;
  return Array.from({ length: max }, (_, i) => candidates[(start + i) % candidates.length] as T);
}

function sourceOf(module: TrainingModule, key: string): TrainingSource | undefined {
  return module.sources.find((s) => s.key === key);
}

interface PracticeInput {
  ctx: ToolkitContext;
  content: ProductContent;
  module: TrainingModule;
}

function objectionDrills({ ctx, module }: PracticeInput & { module: TrainingModuleOf<'objections'> }): QuestionDraft[] {
  const items = module.lesson.objections;
  // Too few answers of this product to choose from: other approved answers of the hub stand in.
  const pool = [
    ...items.map((o) => ({ key: o.key, text: o.response, lang: o.lang })),
    ...(items.length > distractorsPerQuestion
      ? []
      : ctx.hub.entries.objections
          .slice(0, distractorsPerQuestion * 4)
          .map((o) => ({ key: `objections:${o.id}`, text: o.data.response, lang: o.data.lang }))),
  ];
  return items.flatMap((item) => {
    const source = sourceOf(module, item.key);
    if (!source) return [];
    return [
      {
        id: `objection-drill:${item.key}`,
        kind: 'objection-drill' as const,
        prompt: 'The buyer says this. What is the approved answer?',
        cue: item.objection,
        cueLang: item.lang,
        right: { text: item.response, lang: item.lang, from: item.key },
        wrong: others(pool, item.key, `${module.version} ${item.key}`).map((o) => ({ text: o.text, lang: o.lang, from: o.key })),
        reveal: {
          text: item.response,
          lang: item.lang,
          proof: item.proof.map((p) => ({ label: p.customer, href: p.href })),
        },
        source,
        write: true,
      },
    ];
  });
}

function valueMatches({ module }: PracticeInput & { module: TrainingModuleOf<'value'> }): QuestionDraft[] {
  const items = module.lesson.valueProps;
  return items.flatMap((item) => {
    const source = sourceOf(module, item.key);
    if (!source) return [];
    const rest = others(items, item.key, `${module.version} ${item.key}`);
    const proof = item.proof.map((p) => ({ label: p.case ? p.case.customer : (p.source ?? 'Source'), href: p.case?.href }));
    const firstClaim = item.proof[0]?.claim;
    return [
      {
        id: `value-match:${item.key}`,
        kind: 'value-match' as const,
        prompt: 'Which capability answers this pain?',
        cue: item.pain,
        cueLang: item.lang,
        right: { text: item.capability, lang: item.lang, from: item.key },
        wrong: rest.map((o) => ({ text: o.capability, lang: o.lang, from: o.key })),
        reveal: { text: `${item.capability} ${item.outcome}`, lang: item.lang, proof },
        source,
      },
      ...(firstClaim
        ? [
            {
              id: `value-proof:${item.key}`,
              kind: 'value-proof' as const,
              prompt: 'Which proof backs this capability?',
              cue: item.capability,
              cueLang: item.lang,
              right: { text: firstClaim, lang: item.lang, from: item.key },
              wrong: rest.flatMap((o) => o.proof.slice(0, 1).map((p) => ({ text: p.claim, lang: o.lang, from: o.key }))),
              reveal: { text: item.proof.map((p) => p.claim).join(' '), lang: item.lang, proof },
              source,
            },
          ]
        : []),
    ];
  });
}

function competitorQuizzes({ ctx, module }: PracticeInput & { module: TrainingModuleOf<'competitors'> }): QuestionDraft[] {
  const items = module.lesson.competitors;
  return items.flatMap((item) => {
    const source = sourceOf(module, item.key);
    if (!source) return [];
    const drafts: QuestionDraft[] = [];
    const theirs = [...item.valueCurve].filter((f) => f.them > f.us).sort((a, b) => b.them - b.us - (a.them - a.us));
    const ours = item.valueCurve.filter((f) => f.us > f.them);
    const strongest = theirs[0];
    if (strongest) {
      drafts.push({
        id: `competitor-curve:${item.key}`,
        kind: 'competitor-curve',
        prompt: `On which factor is ${item.name} strongest against us?`,
        cue: item.summary,
        cueLang: item.lang,
        right: { text: strongest.factor, lang: item.lang, from: item.key },
        // Factors where we lead are wrong answers by the value curve itself.
        wrong: ours.map((f) => ({ text: f.factor, lang: item.lang, from: item.key })),
        reveal: {
          text: item.valueCurve.map((f) => `${f.factor}: us ${f.us}, ${item.name} ${f.them}`).join('; '),
          lang: item.lang,
          proof: [],
        },
        source,
      });
    }
    const win = item.howWeWin[0];
    if (win) {
      // Other competitors' winning moves (wrong for this one), then this one's own strengths.
      const elsewhere = ctx.hub.entries.competitors
        .filter((c) => `competitors:${c.id}` !== item.key)
        .slice(0, distractorsPerQuestion * 2)
        .flatMap((c) => c.data.howWeWin.slice(0, 1).map((text) => ({ text, lang: c.data.lang, from: `competitors:${c.id}` })));
      drafts.push({
        id: `competitor-win:${item.key}`,
        kind: 'competitor-win',
        prompt: `How do we win against ${item.name}?`,
        cue: item.summary,
        cueLang: item.lang,
        right: { text: win, lang: item.lang, from: item.key },
        wrong: [...elsewhere, ...item.strengths.map((text) => ({ text, lang: item.lang, from: item.key }))],
        reveal: { text: item.howWeWin.join(' '), lang: item.lang, proof: [] },
        source,
      });
    }
    return drafts;
  });
}

function buyerQuestions({ module }: PracticeInput & { module: TrainingModuleOf<'buyers'> }): QuestionDraft[] {
  const buyers = module.lesson.levels.flatMap((l) => l.buyers);
  const label = (b: (typeof buyers)[number]) => `${b.persona} (${b.levelLabel})`;
  return buyers.flatMap((buyer) => {
    const source = sourceOf(module, buyer.key);
    if (!source) return [];
    return buyer.questions.slice(0, practiceLimits.questionsPerBuyer).map((question, n) => ({
      id: `buyer-level:${buyer.key}:${n + 1}`,
      kind: 'buyer-level' as const,
      prompt: 'Whom do you ask this discovery question, and at which level?',
      cue: question,
      cueLang: buyer.lang,
      right: { text: label(buyer), lang: buyer.lang, from: buyer.key },
      // A question written for several buyers is not a fair test of either: they are never offered against each other.
      wrong: buyers
        .filter((b) => b.key !== buyer.key && !b.questions.includes(question))
        .map((b) => ({ text: label(b), lang: b.lang, from: b.key })),
      reveal: {
        text: `${buyer.persona}, ${buyer.levelLabel.toLowerCase()} level. ${personaFocus(module, buyer.level)}`,
        lang: buyer.lang,
        proof: [],
      },
      source,
    }));
  });
}

function personaFocus(module: TrainingModuleOf<'buyers'>, level: string): string {
  return module.lesson.levels.find((l) => l.level === level)?.focus ?? '';
}

/**
 * The timed drill: a product, an industry and a buyer, as a call would come; the rep finds the
 * case to send and the line to open with in the real toolkit, as its "Ready to send" decides them.
 */
function beforeTheCall({ ctx, content, module }: PracticeInput & { module: TrainingModuleOf<'selling'> }): QuestionDraft[] {
  const { product } = content;
  const variant = callVariant(module.lesson.decision.variants);
  const personas = content.personas.map((p) => ({ id: p.id, title: p.data.title }));
  const scenarios = seededShuffle(
    module.lesson.ready.flatMap((ready) => personas.map((persona) => ({ ready, persona }))),
    `${module.version} scenarios`,
  );
  const drafts: QuestionDraft[] = [];
  const industries = new Set<string>();
  for (const { ready, persona } of scenarios) {
    const sent = ready.case;
    const caseSource = sent && sourceOf(module, sent.key);
    if (!sent || !caseSource || industries.has(ready.industry.id) || industries.size >= practiceLimits.callScenarios) continue;
    industries.add(ready.industry.id);
    const scenario = `A ${persona.title} at a ${ready.industry.title} company expects your call about ${product.data.title} in two minutes.`;
    const toolkitLink = {
      href: toolkitPath(product, variant, { industry: ready.industry.id, persona: persona.id }),
      label: `Open the ${product.data.title} toolkit for ${ready.industry.title}`,
    };
    const caseLine = (c: { customer: string; title: string }) => `${c.customer}: ${c.title}`;
    const otherCases: Pick<CaseItem, 'customer' | 'title' | 'lang' | 'key'>[] = [
      ...module.lesson.ready.flatMap((r) => (r.case && r.industry.id !== ready.industry.id ? [r.case] : [])),
      ...content.cases.filter((c) => c.data.industry.id !== ready.industry.id && c.data.audience === 'public').map((c) => caseItem(ctx, c)),
    ];
    drafts.push({
      id: `before-the-call:${ready.industry.id}:${persona.id}:case`,
      kind: 'before-the-call',
      prompt: 'Which customer case do you send?',
      cue: scenario,
      cueLang: 'en',
      right: { text: caseLine(sent), lang: sent.lang, from: sent.key },
      wrong: otherCases.map((c) => ({ text: caseLine(c), lang: c.lang, from: c.key })),
      reveal: { text: `${sent.customer}: ${sent.results}`, lang: sent.lang, proof: [{ label: sent.customer, href: sent.href }] },
      source: caseSource,
      seconds: beforeTheCallSeconds,
      toolkitLink,
    });
    const pitch = ready.pitches.find((p) => p.persona === persona.id) ?? ready.pitches[0];
    const messaging = content.messaging;
    const pitchSource = messaging && sourceOf(module, `messaging:${messaging.id}`);
    if (pitch && messaging && pitchSource) {
      const d = messaging.data;
      const lines = [d.elevatorPitch, ...d.industryVariants.map((v) => v.message), ...d.personaVariants.map((v) => v.message)];
      drafts.push({
        id: `before-the-call:${ready.industry.id}:${persona.id}:pitch`,
        kind: 'before-the-call',
        prompt: 'Which line do you open with?',
        cue: scenario,
        cueLang: 'en',
        right: { text: pitch.text, lang: d.lang, from: pitchSource.key },
        wrong: lines.map((text) => ({ text, lang: d.lang, from: pitchSource.key })),
        reveal: { text: `${pitch.label}: ${pitch.text}`, lang: d.lang, proof: [] },
        source: pitchSource,
        seconds: beforeTheCallSeconds,
        toolkitLink,
      });
    }
  }
  return drafts;
}

/** The questions of one module, each from one approved entry, in a fixed order for its content. */
export function practiceFor(input: PracticeInput): TrainingQuestion[] {
  const { module } = input;
  const drafts = ((): QuestionDraft[] => {
    switch (module.id) {
      case 'objections':
        return objectionDrills({ ...input, module });
      case 'value':
        return valueMatches({ ...input, module });
      case 'competitors':
        return competitorQuizzes({ ...input, module });
      case 'buyers':
        return buyerQuestions({ ...input, module });
      case 'selling':
        return beforeTheCall({ ...input, module });
      case 'positioning':
        return [];
    }
  })();
  return drafts.map((draft) => choose(draft, module.version)).filter((q): q is TrainingQuestion => q !== undefined);
}
