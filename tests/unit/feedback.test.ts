import { describe, expect, it } from 'vitest';
import { feedbackLink } from '../../src/lib/feedback';

const base = 'https://git.example.com/acme/hub/issues/new';

describe('feedbackLink', () => {
  it('prefills a problem report with the page and the entry it is about', () => {
    const url = new URL(
      feedbackLink(base, {
        kind: 'problem',
        pageTitle: 'Harbor & Pine case',
        pageUrl: 'https://hub.example/cases/harbor-pine/',
        entry: { collection: 'cases', id: 'harbor-pine', owner: 'Mei Chen', filePath: 'src/content/cases/harbor-pine/index.md' },
      }),
    );
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get('title')).toBe('Problem on "Harbor & Pine case"');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Page: https://hub.example/cases/harbor-pine/');
    expect(body).toContain('Entry: cases/harbor-pine');
    expect(body).toContain('Owner: Mei Chen');
    expect(body).toContain('File: src/content/cases/harbor-pine/index.md');
    expect(url.searchParams.get('labels')).toBe('feedback,problem');
  });

  it('asks what is missing on a content request and takes a subject override', () => {
    const url = new URL(
      feedbackLink(base, {
        kind: 'request',
        pageTitle: 'Content health',
        pageUrl: 'https://hub.example/health/',
        subject: 'Content request: case in Healthcare',
      }),
    );
    expect(url.searchParams.get('title')).toBe('Content request: case in Healthcare');
    expect(url.searchParams.get('body')).toMatch(/^What is missing/u);
    expect(url.searchParams.get('body')).not.toContain('Entry:');
    expect(url.searchParams.get('labels')).toBe('feedback,content-request');
  });
});
