// The Lighthouse budgets `npm run audit` holds the showcase pages to, and how a run is judged and
// reported. Pure functions over Lighthouse's result object (the "LHR"), tested in
// tests/unit/lighthouseBudgets.test.ts; tools/audit.mjs drives the browser.

/** Lowest acceptable score (0–100) per Lighthouse category. */
export const budgets = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

const categoryLabels = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/**
 * A performance score this close under budget is measured once more: simulated throttling is
 * deterministic for the same trace, but a loaded machine still shifts the traced CPU times by a
 * point or two. A page further under budget is slow, not unlucky.
 */
export const retryMargin = 3;

/** What one Lighthouse run says about a page in one form factor. */
export function summarise(lhr) {
  const scores = Object.fromEntries(
    categories.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  );
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores,
    cls: metric('cumulative-layout-shift'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
  };
}

/**
 * @typedef {{ id: string, title: string, displayValue: string, lost: number }} FailingAudit
 * @typedef {{ category: string, label: string, score: number | null, budget: number, audits: FailingAudit[] }} BudgetMiss
 */

/**
 * The audits that cost a category its points, worst first: weighted audits by points lost, then
 * unweighted ones that fail (performance diagnostics such as an excessive DOM size).
 * @returns {FailingAudit[]}
 */
export function failingAudits(lhr, categoryId, limit = 3) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  const failing = category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < (audit.scoreDisplayMode === 'metricSavings' ? 0.9 : 1))
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit.title,
      displayValue: audit.displayValue ?? '',
      lost: ref.weight * (1 - audit.score),
    }));
  failing.sort((a, b) => b.lost - a.lost || a.id.localeCompare(b.id));
  return failing.slice(0, limit);
}

/**
 * Each category of a run below its budget, with the audits that cost it most.
 * @returns {BudgetMiss[]}
 */
export function budgetMisses(lhr) {
  const { scores } = summarise(lhr);
  return categories
    .filter((id) => scores[id] === null || scores[id] < budgets[id])
    .map((id) => ({ category: id, label: categoryLabels[id], score: scores[id], budget: budgets[id], audits: failingAudits(lhr, id) }));
}

/** Whether a run misses its budgets only on performance, and only by `retryMargin` points or fewer. */
export function worthRetrying(lhr) {
  const misses = budgetMisses(lhr);
  return (
    misses.length === 1 &&
    misses[0].category === 'performance' &&
    misses[0].score !== null &&
    budgets.performance - misses[0].score <= retryMargin
  );
}

const fixed = (value, digits) => (value === null ? '–' : value.toFixed(digits));
const seconds = (ms) => (ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);
const millis = (ms) => (ms === null ? '–' : `${Math.round(ms)} ms`);
const score = (value, budget) => (value === null ? '–' : value < budget ? `**${value}** ✗` : String(value));

/**
 * The results as a Markdown table: one row per page and form factor, a score under budget in bold
 * with a cross. `rows` are `{ page, path, formFactor, lhr }`.
 */
export function resultsTable(rows) {
  const head = ['Page', 'Form factor', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'CLS', 'LCP', 'TBT'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const { page, path, formFactor, lhr } of rows) {
    const s = summarise(lhr);
    const cells = [
      `${page} (\`${path}\`)`,
      formFactor,
      ...categories.map((id) => score(s.scores[id], budgets[id])),
      fixed(s.cls, 3),
      seconds(s.lcpMs),
      millis(s.tbtMs),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * One line per missed budget, naming the page, the form factor, the category and its worst audits.
 * @returns {string[]}
 */
export function missReport(rows) {
  return rows.flatMap(({ page, path, formFactor, lhr }) =>
    budgetMisses(lhr).map((miss) => {
      const audits = miss.audits.map((a) => (a.displayValue ? `${a.title} (${a.displayValue})` : a.title)).join('; ');
      return `${page} ${path} (${formFactor}): ${miss.label} ${miss.score ?? 'not measured'} < ${miss.budget}${audits ? ` — ${audits}` : ''}`;
    }),
  );
}
