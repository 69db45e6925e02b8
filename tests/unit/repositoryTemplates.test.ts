/**
 * The repository's issue forms and the hub's feedback links describe one triage queue: a link
 * opens the form of its kind, gives the same labels and fills the form's `context` field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FeedbackContext } from '../../src/lib/feedback';
import { feedbackForms, feedbackLink } from '../../src/lib/feedback';

interface IssueForm {
  name: string;
  labels: string[];
  body: { type: string; id?: string; attributes: { label?: string; options?: string[] } }[];
}

const formsDir = '.github/ISSUE_TEMPLATE';
const readForm = (file: string) => parse(readFileSync(`${formsDir}/${file}`, 'utf8')) as IssueForm;
const kinds = Object.keys(feedbackForms) as FeedbackContext['kind'][];

describe('issue forms and feedback links', () => {
  it.each(kinds)('the %s link opens its form, with the form’s labels, and fills its context field', (kind) => {
    const url = new URL(
      feedbackLink('https://git.example.com/acme/hub/issues/new', {
        kind,
        pageTitle: 'Harbor Pine',
        pageUrl: 'https://hub.example/cases/harbor-pine/',
        entry: { collection: 'cases', id: 'harbor-pine', owner: 'Mei Chen', filePath: 'src/content/cases/harbor-pine/index.md' },
      }),
    );
    const template = url.searchParams.get('template') ?? '';
    expect(readdirSync(formsDir)).toContain(template);
    const form = readForm(template);
    expect(url.searchParams.get('labels')?.split(',')).toEqual(form.labels);
    expect(form.body.map((field) => field.id)).toContain('context');
    expect(url.searchParams.get('context')).toContain('File: src/content/cases/harbor-pine/index.md');
  });

  it('every form carries the triage types of the feedback loop: system, process and people', () => {
    for (const { template } of Object.values(feedbackForms)) {
      const triage = readForm(template).body.find((field) => field.id === 'triage');
      const options = (triage?.attributes.options ?? []).map((option) => option.split(' ')[0]);
      expect(options, template).toEqual(['Not', 'System', 'Process', 'People']);
    }
  });

  it('the pull request template asks what changed, what it affects and for the review checklist', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    expect(template).toMatch(/^## What changed$/mu);
    expect(template).toMatch(/^## What it affects$[\s\S]*Sales toolkit[\s\S]*Marketing kit/mu);
    expect(template).toMatch(/^## Review checklist$[\s\S]*npm run validate/mu);
  });
});
