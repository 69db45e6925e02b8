/**
 * Training in the browser: checks practice answers, keeps the rep's progress in local storage
 * (modules done against which content version, answers, certificates), shows what changed since a
 * module was done, exports and imports progress as JSON, fills in the certificate, and reads a
 * team's exported files for the manager's view. Nothing leaves the browser. The pages read fully
 * without it: every answer sits in a <details> under its question.
 */
import type { PathManifest, TrainingProgress } from '../lib/training/progress';
import {
  awardCertificate,
  completeModule,
  emptyProgress,
  exportFileName,
  parseProgress,
  pathStatus,
  recordAnswer,
  teamRows,
} from '../lib/training/progress';

const storageKey = 'gtm-hub-training-progress';

function load(): TrainingProgress {
  const stored = localStorage.getItem(storageKey);
  if (!stored) return emptyProgress();
  try {
    return parseProgress(stored);
  } catch {
    // Unreadable progress (edited by hand, or an older format) starts afresh rather than breaking the page.
    return emptyProgress();
  }
}

function save(progress: TrainingProgress): void {
  localStorage.setItem(storageKey, JSON.stringify(progress));
}

const manifests: PathManifest[] = [...document.querySelectorAll<HTMLElement>('[data-training-manifest]')].map(
  (el) => JSON.parse(el.dataset['trainingManifest'] ?? '{}') as PathManifest,
);
/** On a path, module or certificate page: the one path it is about. */
const pagePath = document.querySelectorAll('[data-training-manifest]').length === 1 ? manifests[0] : undefined;
const now = () => new Date().toISOString();
const show = (el: Element | null) => el?.removeAttribute('hidden');

const stateLabels = { 'not-started': 'Not started', done: 'Done', updated: 'Updated since you completed it' } as const;
const certificateLabels = { 'not-earned': '', earned: 'Certificate earned', 'out-of-date': 'Certificate out of date' } as const;

function setStatus(el: HTMLElement, state: string, label: string): void {
  el.dataset['state'] = state;
  el.textContent = label;
}

function render(): void {
  const progress = load();
  for (const manifest of manifests) {
    const status = pathStatus(manifest, progress.paths[manifest.product]);
    for (const module of status.modules) {
      for (const el of document.querySelectorAll<HTMLElement>(`[data-module-status="${module.id}"]`)) {
        if (manifest === pagePath) setStatus(el, module.state, stateLabels[module.state]);
      }
    }
    const pathEl = document.querySelector<HTMLElement>(`[data-path-status="${manifest.product}"]`);
    if (pathEl) {
      const started = progress.paths[manifest.product] !== undefined;
      const cert = status.certificate.state;
      setStatus(
        pathEl,
        cert === 'not-earned' ? (status.done === manifest.modules.length ? 'done' : 'not-started') : cert,
        started ? `${status.done} of ${manifest.modules.length} done${cert === 'not-earned' ? '' : ` · ${certificateLabels[cert]}`}` : '',
      );
    }
  }
  if (pagePath) renderPath(pagePath, progress);
  else renderPaths(progress);
  const learner = document.querySelector<HTMLInputElement>('[data-learner]');
  if (learner && document.activeElement !== learner) learner.value = progress.learner;
}

function renderPath(manifest: PathManifest, progress: TrainingProgress): void {
  const status = pathStatus(manifest, progress.paths[manifest.product]);
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) {
    const weak = status.weakAreas.length > 0 ? ` Revisit: ${status.weakAreas.join(', ')}.` : '';
    summary.textContent =
      `${status.done} of ${manifest.modules.length} modules done · ${status.right} of ${status.total} questions right` +
      ` (${status.answered} answered).${weak}`;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-certificate-status]')) {
    const cert = status.certificate.state;
    setStatus(el, cert, certificateLabels[cert]);
  }
  const moduleId = document.querySelector<HTMLElement>('[data-training-module]')?.dataset['trainingModule'];
  const module = status.modules.find((m) => m.id === moduleId);
  const notice = document.querySelector<HTMLElement>('[data-module-updated]');
  if (module && notice) {
    notice.hidden = module.state !== 'updated';
    const list = notice.querySelector('[data-module-changes]');
    if (list) {
      const lines = [
        ...module.changes.changed.map((t) => `Changed: ${t}`),
        ...module.changes.added.map((t) => `Added: ${t}`),
        ...module.changes.removed.map((t) => `No longer taught: ${t}`),
      ];
      list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    }
  }
  const complete = document.querySelector<HTMLButtonElement>('[data-complete-module]');
  if (complete && module) complete.textContent = module.state === 'done' ? 'Done ✓ (mark again)' : 'Mark this module done';
  if (document.querySelector('[data-certificate-page]')) renderCertificate(manifest, progress);
}

/** On the training index: how far the rep is across every path. */
function renderPaths(progress: TrainingProgress): void {
  const summary = document.querySelector('[data-progress-summary]');
  if (!summary) return;
  const statuses = manifests.map((m) => ({ manifest: m, status: pathStatus(m, progress.paths[m.product]) }));
  const started = statuses.filter((s) => progress.paths[s.manifest.product] !== undefined).length;
  const earned = statuses.filter((s) => s.status.certificate.state === 'earned').length;
  summary.textContent = `${started} of ${manifests.length} learning paths started · ${earned} ${earned === 1 ? 'certificate' : 'certificates'} current.`;
}

function renderCertificate(manifest: PathManifest, progress: TrainingProgress): void {
  const { certificate } = pathStatus(manifest, progress.paths[manifest.product]);
  const set = (selector: string, value: string) => {
    const el = document.querySelector(selector);
    if (el) el.textContent = value;
  };
  set('[data-certificate-learner]', progress.learner);
  const state = document.querySelector<HTMLElement>('[data-certificate-state]');
  if (!state) return;
  if (!certificate.record) {
    setStatus(state, 'not-earned', 'Not earned in this browser yet: complete every module and answer every question of the path.');
    return;
  }
  set('[data-certificate-version]', certificate.record.version);
  set('[data-certificate-score]', `${Math.round(certificate.record.score * 100)}%`);
  set('[data-certificate-date]', certificate.record.earnedAt.slice(0, 10));
  setStatus(
    state,
    certificate.state,
    certificate.state === 'earned'
      ? 'Valid: earned against the current content.'
      : 'Out of date: the content has changed since this certificate was earned. Redo the updated modules to earn it again.',
  );
}

function update(change: (progress: TrainingProgress) => TrainingProgress): void {
  let progress = change(load());
  if (pagePath) progress = awardCertificate(progress, pagePath, now());
  save(progress);
  render();
}

function message(text: string, selector = '[data-progress-message]'): void {
  const el = document.querySelector(selector);
  if (el) el.textContent = text;
}

// Practice: check the picked answer, open the approved one, record the result.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-question]')) {
  const check = form.querySelector<HTMLButtonElement>('[data-check]');
  show(check);
  for (const control of form.querySelectorAll('[data-needs-script]')) show(control);
  let deadline: number | undefined;
  let timer: number | undefined;
  const clock = form.querySelector<HTMLElement>('[data-clock]');
  const start = form.querySelector<HTMLButtonElement>('[data-start-clock]');
  if (start && clock) {
    show(start);
    start.addEventListener('click', () => {
      const seconds = Number(form.dataset['seconds']);
      deadline = Date.now() + seconds * 1000;
      show(clock);
      start.hidden = true;
      timer = window.setInterval(() => {
        const left = Math.max(0, Math.ceil(((deadline ?? 0) - Date.now()) / 1000));
        clock.textContent = `${left} s left`;
        if (left === 0) {
          clock.dataset['late'] = '';
          window.clearInterval(timer);
        }
      }, 250);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const picked = new FormData(form).get('choice');
    if (typeof picked !== 'string') return;
    const late = deadline !== undefined && Date.now() > deadline;
    window.clearInterval(timer);
    const correct = picked === form.dataset['answer'] && !late;
    for (const label of form.querySelectorAll<HTMLElement>('.tr-choice')) {
      const value = label.querySelector('input')?.value;
      if (value === form.dataset['answer']) label.dataset['verdict'] = 'right';
      else if (value === picked) label.dataset['verdict'] = 'wrong';
      else delete label.dataset['verdict'];
    }
    const result = form.querySelector<HTMLElement>('[data-result]');
    if (result) {
      result.dataset['verdict'] = correct ? 'right' : 'wrong';
      result.textContent = correct ? 'Right.' : late ? 'Too slow: the clock ran out.' : 'Not this one: compare with the approved answer.';
    }
    const reveal = form.querySelector<HTMLDetailsElement>('[data-reveal]');
    if (reveal) reveal.open = true;
    const product = pagePath?.product;
    if (product) update((p) => recordAnswer(p, product, form.dataset['question'] ?? '', form.dataset['module'] ?? '', correct));
  });
}

const completeButton = document.querySelector<HTMLButtonElement>('[data-complete-module]');
if (completeButton && pagePath) {
  show(completeButton);
  completeButton.addEventListener('click', () => {
    const module = pagePath.modules.find((m) => m.id === completeButton.dataset['completeModule']);
    if (module) update((p) => completeModule(p, pagePath.product, module, now()));
  });
}

show(document.querySelector('[data-progress-controls]'));
document.querySelector<HTMLInputElement>('[data-learner]')?.addEventListener('input', (event) => {
  const learner = (event.target as HTMLInputElement).value;
  update((p) => ({ ...p, learner }));
});
document.querySelector('[data-progress-clear]')?.addEventListener('click', () => {
  localStorage.removeItem(storageKey);
  render();
  message('Progress cleared in this browser.');
});
document.querySelector('[data-progress-export]')?.addEventListener('click', () => {
  const progress = load();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(progress, null, 2)], { type: 'application/json' }));
  link.download = exportFileName(progress.learner);
  link.click();
  URL.revokeObjectURL(link.href);
});
async function importProgress(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  try {
    save(parseProgress(await file.text()));
    render();
    message(`Imported ${file.name}.`);
  } catch (error) {
    message(error instanceof Error ? error.message : String(error));
  }
  input.value = '';
}
document.querySelector<HTMLInputElement>('[data-progress-import]')?.addEventListener('change', (event) => {
  void importProgress(event.target as HTMLInputElement);
});

const teamInput = document.querySelector<HTMLInputElement>('[data-team-import]');
if (teamInput) {
  show(document.querySelector('[data-team-controls]'));
  teamInput.addEventListener('change', () => void showTeam(teamInput));
}

/** The manager's view: a team's exported files, read here and shown as a table. */
async function showTeam(teamInput: HTMLInputElement): Promise<void> {
  const files = [...(teamInput.files ?? [])];
  const read: TrainingProgress[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      read.push(parseProgress(await file.text()));
    } catch (error) {
      problems.push(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const rows = teamRows(read, manifests);
  message(`${read.length} of ${files.length} files read.${problems.length > 0 ? ` ${problems.join(' ')}` : ''}`, '[data-team-message]');
  const table = document.createElement('table');
  const head = ['Learner', 'Path', 'Modules done', 'Right answers', 'Weak areas', 'Certificate'];
  table
    .createTHead()
    .insertRow()
    .append(...head.map((h) => Object.assign(document.createElement('th'), { scope: 'col', textContent: h })));
  const body = table.createTBody();
  for (const row of rows) {
    const cells = [
      row.learner,
      row.product,
      `${row.done} of ${row.modules}`,
      `${row.right} of ${row.total}`,
      row.weakAreas.join(', ') || '—',
      { 'not-earned': 'Not earned', earned: 'Earned, current', 'out-of-date': 'Out of date' }[row.certificate],
    ];
    body.insertRow().append(...cells.map((text) => Object.assign(document.createElement('td'), { textContent: text })));
  }
  document.querySelector('[data-team-results]')?.replaceChildren(rows.length > 0 ? table : '');
}

render();
