// How `npm run audit` judges a Lighthouse run and reports it, on hand-made results in Lighthouse's
// shape (categories with weighted audit references, audits with scores and numeric values), and
// which pages it measures.
import { describe, expect, it } from 'vitest';
import { budgetMisses, failingAudits, missReport, resultsTable, summarise, worthRetrying } from '../../tools/lib/lighthouseBudgets.mjs';
import { showcasePages } from '../../tools/lib/showcasePages.mjs';

interface AuditShape {
  score: number | null;
  title: string;
  scoreDisplayMode?: string;
  numericValue?: number;
  displayValue?: string;
}

function lhr(
  scores: { performance: number; accessibility?: number; 'best-practices'?: number; seo?: number },
  audits: Record<string, AuditShape> = {},
) {
  const all: Record<string, AuditShape> = {
    'cumulative-layout-shift': {
      score: 1,
      title: 'Cumulative Layout Shift',
      scoreDisplayMode: 'numeric',
      numericValue: 0.012,
      displayValue: '0.012',
    },
    'largest-contentful-paint': {
      score: 1,
      title: 'Largest Contentful Paint',
      scoreDisplayMode: 'numeric',
      numericValue: 1234,
      displayValue: '1.2 s',
    },
    'total-blocking-time': {
      score: 1,
      title: 'Total Blocking Time',
      scoreDisplayMode: 'numeric',
      numericValue: 40.4,
      displayValue: '40 ms',
    },
    ...audits,
  };
  const refs = (ids: [string, number][]) => ids.map(([id, weight]) => ({ id, weight }));
  return {
    categories: {
      performance: {
        score: scores.performance,
        auditRefs: refs([
          ['cumulative-layout-shift', 25],
          ['largest-contentful-paint', 25],
          ['total-blocking-time', 30],
          ['dom-size-insight', 0],
          ['unused-javascript', 0],
        ]),
      },
      accessibility: {
        score: scores.accessibility ?? 1,
        auditRefs: refs([
          ['color-contrast', 7],
          ['image-alt', 10],
        ]),
      },
      'best-practices': { score: scores['best-practices'] ?? 1, auditRefs: refs([['errors-in-console', 1]]) },
      seo: {
        score: scores.seo ?? 1,
        auditRefs: refs([
          ['meta-description', 1],
          ['link-text', 1],
        ]),
      },
    },
    audits: all,
  };
}

describe('summarise', () => {
  it('gives scores out of 100 and the layout-shift, paint and blocking figures', () => {
    expect(summarise(lhr({ performance: 0.976, seo: 0.92 }))).toEqual({
      scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 92 },
      cls: 0.012,
      lcpMs: 1234,
      tbtMs: 40.4,
    });
  });

  it('reports a category Lighthouse could not score as null, not as zero or a pass', () => {
    const run = lhr({ performance: 1 });
    (run.categories.performance as { score: number | null }).score = null;
    expect(summarise(run).scores.performance).toBeNull();
    expect(budgetMisses(run).map((m) => m.category)).toEqual(['performance']);
  });
});

describe('budgetMisses', () => {
  it('passes a run at exactly the budgets', () => {
    expect(budgetMisses(lhr({ performance: 0.98 }))).toEqual([]);
  });

  it('names every category under budget with the audits that cost it most, worst first', () => {
    const run = lhr(
      { performance: 0.76, accessibility: 0.95, seo: 0.9 },
      {
        'cumulative-layout-shift': {
          score: 0.02,
          title: 'Cumulative Layout Shift',
          scoreDisplayMode: 'numeric',
          numericValue: 0.86,
          displayValue: '0.86',
        },
        'largest-contentful-paint': {
          score: 0.8,
          title: 'Largest Contentful Paint',
          scoreDisplayMode: 'numeric',
          numericValue: 2700,
          displayValue: '2.7 s',
        },
        'dom-size-insight': { score: 0, title: 'Optimize DOM size', scoreDisplayMode: 'metricSavings' },
        'unused-javascript': { score: 0.5, title: 'Reduce unused JavaScript', scoreDisplayMode: 'metricSavings' },
        'color-contrast': { score: 0, title: 'Contrast is too low' },
        'image-alt': { score: 1, title: 'Images have alt' },
        'meta-description': { score: 0, title: 'Document does not have a meta description' },
        'link-text': { score: 1, title: 'Links have descriptive text' },
      },
    );
    const misses = budgetMisses(run);
    expect(misses.map((m) => [m.category, m.score, m.budget])).toEqual([
      ['performance', 76, 98],
      ['accessibility', 95, 100],
      ['seo', 90, 100],
    ]);
    expect(misses[0]?.audits.map((a) => a.id)).toEqual(['cumulative-layout-shift', 'largest-contentful-paint', 'dom-size-insight']);
    expect(misses[1]?.audits.map((a) => a.title)).toEqual(['Contrast is too low']);
    expect(misses[2]?.audits.map((a) => a.id)).toEqual(['meta-description']);
  });
});

describe('failingAudits', () => {
  it('leaves out an opportunity Lighthouse scores as good enough (0.9 and over) and audits that pass', () => {
    const run = lhr(
      { performance: 0.97 },
      {
        'unused-javascript': { score: 0.9, title: 'Reduce unused JavaScript', scoreDisplayMode: 'metricSavings' },
        'dom-size-insight': { score: null, title: 'Optimize DOM size', scoreDisplayMode: 'informative' },
        'total-blocking-time': {
          score: 0.97,
          title: 'Total Blocking Time',
          scoreDisplayMode: 'numeric',
          numericValue: 160,
          displayValue: '160 ms',
        },
      },
    );
    expect(failingAudits(run, 'performance')).toEqual([
      { id: 'total-blocking-time', title: 'Total Blocking Time', displayValue: '160 ms', lost: expect.closeTo(0.9, 5) as number },
    ]);
  });
});

describe('worthRetrying', () => {
  it('measures again a page whose performance alone is within three points under budget', () => {
    expect(worthRetrying(lhr({ performance: 0.95 }))).toBe(true);
    expect(worthRetrying(lhr({ performance: 0.97 }))).toBe(true);
  });

  it('does not measure again a page that passes, is far under budget, or misses another budget', () => {
    expect(worthRetrying(lhr({ performance: 0.98 }))).toBe(false);
    expect(worthRetrying(lhr({ performance: 0.94 }))).toBe(false);
    expect(worthRetrying(lhr({ performance: 0.97, seo: 0.9 }))).toBe(false);
  });
});

describe('resultsTable and missReport', () => {
  const rows = [
    {
      page: 'search',
      path: '/search/',
      formFactor: 'desktop',
      lhr: lhr(
        { performance: 0.77 },
        {
          'cumulative-layout-shift': {
            score: 0.1,
            title: 'Cumulative Layout Shift',
            scoreDisplayMode: 'numeric',
            numericValue: 0.665,
            displayValue: '0.665',
          },
        },
      ),
    },
    { page: 'case', path: '/cases/a/', formFactor: 'mobile', lhr: lhr({ performance: 1 }) },
  ];

  it('prints a row per page and form factor, a score under budget in bold with a cross', () => {
    expect(resultsTable(rows).split('\n')).toEqual([
      '| Page | Form factor | Perf. | A11y | Best pr. | SEO | CLS | LCP | TBT |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| search (`/search/`) | desktop | **77** ✗ | 100 | 100 | 100 | 0.665 | 1.2 s | 40 ms |',
      '| case (`/cases/a/`) | mobile | 100 | 100 | 100 | 100 | 0.012 | 1.2 s | 40 ms |',
    ]);
  });

  it('names the page, form factor, category and failing audits of each miss, and nothing for a pass', () => {
    expect(missReport(rows)).toEqual(['search /search/ (desktop): Performance 77 < 98 — Cumulative Layout Shift (0.665)']);
  });
});

describe('showcasePages', () => {
  const built = [
    '/',
    '/cases/',
    '/cases/2/',
    '/cases/harbor-pine/',
    '/kits/',
    '/kits/quarter-end/',
    '/search/',
    '/toolkits/',
    '/toolkits/pulse/high-ticket/',
    '/toolkits/pulse/high-ticket/proposal/',
    '/toolkits/vault/quick-sale/',
    '/toolkits/vault/quick-sale/retail/',
  ];

  it('picks the first built page of each kind, never a listing page', () => {
    expect(showcasePages(built).map((p) => p.path)).toEqual([
      '/',
      '/toolkits/',
      '/toolkits/vault/quick-sale/',
      '/toolkits/pulse/high-ticket/',
      '/toolkits/pulse/high-ticket/proposal/',
      '/kits/quarter-end/',
      '/search/',
      '/cases/harbor-pine/',
    ]);
  });

  it('names the kind of page a build lacks', () => {
    expect(() =>
      showcasePages(
        built.filter((p) => !p.includes('proposal')),
        'dist',
      ),
    ).toThrow(/No built page for "proposal-builder".* in dist\./u);
  });
});
