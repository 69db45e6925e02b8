/** Builds a "report a problem / request content" link with the page's context already filled in. */
export interface FeedbackContext {
  pageTitle: string;
  pageUrl: string;
  kind: 'problem' | 'request';
  /** Overrides the generated issue title, e.g. "Content request: case for Vault in Healthcare". */
  subject?: string;
  entry?: { collection: string; id: string; owner?: string | undefined; filePath?: string | undefined } | undefined;
}

/**
 * The issue form a feedback link opens and the labels it gives the issue, by kind. The forms in
 * .github/ISSUE_TEMPLATE/ carry the same labels, so feedback from a page and from the repository
 * lands in one triage queue; their `context` field takes the page, entry, owner and file.
 */
export const feedbackForms: Record<FeedbackContext['kind'], { template: string; labels: readonly string[] }> = {
  problem: { template: 'report-a-problem.yml', labels: ['feedback', 'problem'] },
  request: { template: 'request-content.yml', labels: ['feedback', 'content-request'] },
};

export function feedbackLink(baseUrl: string, context: FeedbackContext): string {
  const title =
    context.subject ?? (context.kind === 'problem' ? `Problem on "${context.pageTitle}"` : `Content request from "${context.pageTitle}"`);
  const about = [`Page: ${context.pageUrl}`];
  if (context.entry) {
    about.push(`Entry: ${context.entry.collection}/${context.entry.id}`);
    if (context.entry.owner) about.push(`Owner: ${context.entry.owner}`);
    if (context.entry.filePath) about.push(`File: ${context.entry.filePath}`);
  }
  about.push(`Type: ${context.kind === 'problem' ? 'problem report' : 'content request'}`);
  const prompt =
    context.kind === 'problem' ? 'What is wrong or out of date:' : 'What is missing and who needs it (customer, deal, industry):';
  const form = feedbackForms[context.kind];
  const url = new URL(baseUrl);
  url.searchParams.set('title', title);
  // A tracker with the issue forms fills their `context` field; one without them takes the body.
  url.searchParams.set('template', form.template);
  url.searchParams.set('context', about.join('\n'));
  url.searchParams.set('body', [prompt, '', '', '---', ...about].join('\n'));
  url.searchParams.set('labels', form.labels.join(','));
  return url.toString();
}
