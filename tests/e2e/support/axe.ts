/**
 * The one axe scan of the browser tests: every rule axe-core ships for WCAG 2.0–2.2 A and AA and
 * for best practice, including the experimental ones (label-content-name-mismatch, p-as-heading …)
 * and those off by default (target-size). Left out: deprecated rules, and AAA rules (7:1 contrast
 * is beyond the AA level the hub is held to). Any violation, whatever its impact, fails.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import axe from 'axe-core';

export const axeRules = axe
  .getRules()
  .filter((rule) => !rule.tags.includes('deprecated') && !rule.tags.includes('wcag2aaa'))
  .map((rule) => rule.ruleId);

/**
 * The rules that read colours (contrast, links told apart from text). A colour scheme changes only
 * colours, so a page already scanned with every rule needs only these in its other scheme.
 */
export const colourRules = axe
  .getRules(['cat.color'])
  .map((rule) => rule.ruleId)
  .filter((rule) => axeRules.includes(rule));

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** The first few offending elements, as CSS selectors. */
  where: string[];
  why: string | undefined;
}

/** Scans the page as it is now (or only `include`, a selector) with `rules`; resolves to its violations. */
export async function axeViolations(page: Page, include?: string, rules: string[] = axeRules): Promise<Violation[]> {
  const builder = new AxeBuilder({ page }).withRules(rules);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? 'n/a',
    help: v.help,
    where: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    why: v.nodes[0]?.failureSummary,
  }));
}
