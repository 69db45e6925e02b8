/**
 * A rep's training progress, as the browser keeps it (local storage) and exports it (a small JSON
 * file): modules done and the content version each was done against, answers given, certificates
 * earned. Pure functions over plain data, shared by the pages' script and the tests.
 */

export const progressFormat = 'gtm-hub-training-progress';
/** Share of right answers a path needs for its certificate, and below which a module is a weak area. */
export const passMark = 0.7;

/** What a page tells the script about a learning path: the versions progress is compared with. */
export interface PathManifest {
  product: string;
  title: string;
  version: string;
  modules: ModuleManifest[];
}

export interface ModuleManifest {
  id: string;
  title: string;
  href: string;
  version: string;
  sources: { key: string; title: string; version: string }[];
  questions: string[];
}

export interface ModuleRecord {
  completedAt: string;
  version: string;
  /** Each source's version when the module was done, so a change can be named. */
  sources: Record<string, string>;
}

export interface AnswerRecord {
  module: string;
  correct: boolean;
}

export interface CertificateRecord {
  /** The path's content version the certificate was earned against. */
  version: string;
  earnedAt: string;
  score: number;
}

export interface PathRecord {
  modules: Record<string, ModuleRecord>;
  answers: Record<string, AnswerRecord>;
  certificate: CertificateRecord | undefined;
}

export interface TrainingProgress {
  format: typeof progressFormat;
  /** The name the rep gives for the certificate and the manager's view; may be empty. */
  learner: string;
  paths: Record<string, PathRecord>;
}

export function emptyProgress(): TrainingProgress {
  return { format: progressFormat, learner: '', paths: {} };
}

function emptyPath(): PathRecord {
  return { modules: {}, answers: {}, certificate: undefined };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(where: string, what: string): never {
  throw new Error(`Not a training progress file: ${where} ${what}. Export the file again from a training page.`);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(where, 'should be text');
  return value;
}

function parsePath(value: unknown, where: string): PathRecord {
  if (!isRecord(value)) fail(where, 'should be an object');
  const modules: Record<string, ModuleRecord> = {};
  const answers: Record<string, AnswerRecord> = {};
  if (!isRecord(value['modules'])) fail(`${where}.modules`, 'should be an object');
  for (const [id, m] of Object.entries(value['modules'])) {
    const at = `${where}.modules.${id}`;
    if (!isRecord(m) || !isRecord(m['sources'])) fail(at, 'should have completedAt, version and sources');
    const sources: Record<string, string> = {};
    for (const [key, version] of Object.entries(m['sources'])) sources[key] = text(version, `${at}.sources.${key}`);
    modules[id] = { completedAt: text(m['completedAt'], `${at}.completedAt`), version: text(m['version'], `${at}.version`), sources };
  }
  if (!isRecord(value['answers'])) fail(`${where}.answers`, 'should be an object');
  for (const [id, a] of Object.entries(value['answers'])) {
    const at = `${where}.answers.${id}`;
    if (!isRecord(a) || typeof a['correct'] !== 'boolean') fail(at, 'should have module and correct (true or false)');
    answers[id] = { module: text(a['module'], `${at}.module`), correct: a['correct'] };
  }
  const c = value['certificate'];
  let certificate: CertificateRecord | undefined;
  if (c !== undefined && c !== null) {
    if (!isRecord(c) || typeof c['score'] !== 'number') fail(`${where}.certificate`, 'should have version, earnedAt and score');
    certificate = {
      version: text(c['version'], `${where}.certificate.version`),
      earnedAt: text(c['earnedAt'], `${where}.certificate.earnedAt`),
      score: c['score'],
    };
  }
  return { modules, answers, certificate };
}

/** Reads stored or imported progress; a file of another kind fails with the field that is wrong. */
export function parseProgress(json: string): TrainingProgress {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail('the file', 'is not JSON');
  }
  if (!isRecord(value) || value['format'] !== progressFormat) fail('"format"', `should be "${progressFormat}"`);
  if (!isRecord(value['paths'])) fail('"paths"', 'should be an object');
  const paths: Record<string, PathRecord> = {};
  for (const [product, path] of Object.entries(value['paths'])) paths[product] = parsePath(path, `paths.${product}`);
  return { format: progressFormat, learner: typeof value['learner'] === 'string' ? value['learner'] : '', paths };
}

function withPath(progress: TrainingProgress, product: string, change: (path: PathRecord) => PathRecord): TrainingProgress {
  return { ...progress, paths: { ...progress.paths, [product]: change(progress.paths[product] ?? emptyPath()) } };
}

/** Records an answer: the last answer to a question is the one that counts. */
export function recordAnswer(
  progress: TrainingProgress,
  product: string,
  question: string,
  module: string,
  correct: boolean,
): TrainingProgress {
  return withPath(progress, product, (path) => ({ ...path, answers: { ...path.answers, [question]: { module, correct } } }));
}

/** Marks a module done against the content version the page shows. */
export function completeModule(progress: TrainingProgress, product: string, module: ModuleManifest, at: string): TrainingProgress {
  const sources = Object.fromEntries(module.sources.map((s) => [s.key, s.version]));
  return withPath(progress, product, (path) => ({
    ...path,
    modules: { ...path.modules, [module.id]: { completedAt: at, version: module.version, sources } },
  }));
}

export type ModuleState = 'not-started' | 'done' | 'updated';

export interface ModuleStatus {
  id: string;
  title: string;
  state: ModuleState;
  right: number;
  answered: number;
  total: number;
  /** Since the module was done: entries added, changed and removed, by title. */
  changes: { added: string[]; changed: string[]; removed: string[] };
}

export function moduleStatus(module: ModuleManifest, path: PathRecord | undefined): ModuleStatus {
  const record = path?.modules[module.id];
  const answers = module.questions.map((q) => path?.answers[q]).filter((a): a is AnswerRecord => a !== undefined);
  const right = answers.filter((a) => a.correct).length;
  const changes = { added: [] as string[], changed: [] as string[], removed: [] as string[] };
  if (record && record.version !== module.version) {
    for (const source of module.sources) {
      const before = record.sources[source.key];
      if (before === undefined) changes.added.push(source.title);
      else if (before !== source.version) changes.changed.push(source.title);
    }
    const current = new Set(module.sources.map((s) => s.key));
    // A removed entry's title is gone with it; its id is what is left to name it by.
    for (const key of Object.keys(record.sources)) if (!current.has(key)) changes.removed.push(key.slice(key.indexOf(':') + 1));
  }
  return {
    id: module.id,
    title: module.title,
    state: !record ? 'not-started' : record.version === module.version ? 'done' : 'updated',
    right,
    answered: answers.length,
    total: module.questions.length,
    changes,
  };
}

export type CertificateState = 'not-earned' | 'earned' | 'out-of-date';

export interface PathStatus {
  modules: ModuleStatus[];
  /** Modules done against the current content. */
  done: number;
  right: number;
  answered: number;
  total: number;
  /** Modules to revisit: answered below the pass mark, or changed since they were done. */
  weakAreas: string[];
  certificate: { state: CertificateState; record: CertificateRecord | undefined };
}

export function pathStatus(manifest: PathManifest, path: PathRecord | undefined): PathStatus {
  const modules = manifest.modules.map((m) => moduleStatus(m, path));
  const sum = (pick: (m: ModuleStatus) => number) => modules.reduce((n, m) => n + pick(m), 0);
  const record = path?.certificate;
  return {
    modules,
    done: modules.filter((m) => m.state === 'done').length,
    right: sum((m) => m.right),
    answered: sum((m) => m.answered),
    total: sum((m) => m.total),
    weakAreas: modules.filter((m) => m.state === 'updated' || (m.answered > 0 && m.right / m.answered < passMark)).map((m) => m.title),
    certificate: { state: !record ? 'not-earned' : record.version === manifest.version ? 'earned' : 'out-of-date', record },
  };
}

/**
 * Awards the certificate once every module is done against the current content and every question
 * is answered, with a score at or above the pass mark. An earned certificate keeps the version it
 * was earned against until it is earned again.
 */
export function awardCertificate(progress: TrainingProgress, manifest: PathManifest, at: string): TrainingProgress {
  const status = pathStatus(manifest, progress.paths[manifest.product]);
  const complete = status.done === manifest.modules.length && status.answered === status.total;
  const score = status.total === 0 ? 1 : status.right / status.total;
  if (!complete || score < passMark || status.certificate.state === 'earned') return progress;
  return withPath(progress, manifest.product, (path) => ({
    ...path,
    certificate: { version: manifest.version, earnedAt: at, score: Math.round(score * 100) / 100 },
  }));
}

/** The export's file name, e.g. "training-progress-mei-chen.json". */
export function exportFileName(learner: string): string {
  const name = learner
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return `training-progress${name ? `-${name}` : ''}.json`;
}

/** One line of the manager's view: a learner on one path. */
export interface TeamRow {
  learner: string;
  product: string;
  done: number;
  modules: number;
  right: number;
  total: number;
  weakAreas: string[];
  certificate: CertificateState;
}

/** A team's results from their exported files, against the paths this build teaches. */
export function teamRows(files: readonly TrainingProgress[], manifests: readonly PathManifest[]): TeamRow[] {
  return files.flatMap((file, n) =>
    manifests
      .filter((manifest) => file.paths[manifest.product] !== undefined)
      .map((manifest) => {
        const status = pathStatus(manifest, file.paths[manifest.product]);
        return {
          learner: file.learner || `Learner ${n + 1}`,
          product: manifest.title,
          done: status.done,
          modules: manifest.modules.length,
          right: status.right,
          total: status.total,
          weakAreas: status.weakAreas,
          certificate: status.certificate.state,
        };
      }),
  );
}
