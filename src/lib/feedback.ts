/** Builds a "report a problem / request content" link with the page's context already filled in. */
export interface FeedbackContext {
  pageTitle: string;
  pageUrl: string;
  kind: 'problem' | 'request';
  /** Overrides the generated issue title, e.g. "Content request: case for Vault in Healthcare". */
  subject?: string;
  entry?: { collection: string; id: string; owner?: string | undefined; filePath?: string | undefined } | undefined;
}

export function feedbackLink(baseUrl: string, context: FeedbackContext): string {
  const title =
    context.subject ?? (context.kind === 'problem' ? `Problem on "${context.pageTitle}"` : `Content request from "${context.pageTitle}"`);
  const lines = [
    context.kind === 'problem' ? 'What is wrong or out of date:' : 'What is missing and who needs it (customer, deal, industry):',
    '',
    '',
    '---',
    `Page: ${context.pageUrl}`,
  ];
  if (context.entry) {
    lines.push(`Entry: ${context.entry.collection}/${context.entry.id}`);
    if (context.entry.owner) lines.push(`Owner: ${context.entry.owner}`);
    if (context.entry.filePath) lines.push(`File: ${context.entry.filePath}`);
  }
  lines.push(`Type: ${context.kind === 'problem' ? 'problem report' : 'content request'}`);
  const url = new URL(baseUrl);
  url.searchParams.set('title', title);
  url.searchParams.set('body', lines.join('\n'));
  url.searchParams.set('labels', context.kind === 'problem' ? 'feedback,problem' : 'feedback,content-request');
  return url.toString();
}
