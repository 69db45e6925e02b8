/**
 * The GitHub Actions workflow is checked here rather than on GitHub: against the workflow schema by
 * action-validator, and for what the pull-request path needs from it.
 */
import { readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  container?: string;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const path = '.github/workflows/pull-request.yml';
const source = readFileSync(path, 'utf8');
const workflow = parse(source) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (command: RegExp) => steps.filter((step) => command.test(step.run ?? ''));

describe('the pull-request workflow', () => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it.each([
    ['a job without runs-on', source.replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest')],
    ['a misspelt steps key', source.replace(/^ {4}steps:/mu, '    stepz:')],
    ['an unknown trigger', source.replace('  pull_request:\n', '  pull-request:\n')],
    [
      'a step with both run and uses',
      source.replace('      - run: npm run validate', '      - run: npm run validate\n        uses: actions/checkout@v4'),
    ],
    [
      'a broken indentation',
      source.replace('    runs-on: ubuntu-latest\n    timeout-minutes: 10', '    runs-on: ubuntu-latest\n  timeout-minutes: 10'),
    ],
  ])('the check fails on %s', (_what, broken) => {
    expect(broken).not.toBe(source);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs on every pull request: validate first, then the suite and the preview', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(runs(/^npm run validate$/u)).toHaveLength(1);
    expect(runs(/^npm test$/u)).toHaveLength(1);
    expect(workflow.jobs['test']?.needs).toBe('validate');
    expect(workflow.jobs['preview']?.needs).toBe('validate');
  });

  it('installs the Debian packages .ci/run installs, on Debian', () => {
    const ciRun = readFileSync('.ci/run', 'utf8');
    const wanted = [...ciRun.matchAll(/apt-get install -y ([\w-]+)/gu)].map((m) => m[1]);
    expect(wanted).toEqual(['chromium', 'default-jre-headless']);
    const job = workflow.jobs['test'];
    expect(job?.container).toMatch(/bookworm|debian/u);
    const install = job?.steps.find((step) => /apt-get install/u.test(step.run ?? ''))?.run ?? '';
    for (const name of wanted) expect(install).toMatch(new RegExp(`\\b${name}\\b`, 'u'));
  });

  it('keeps the internal, partner and public builds as artifacts', () => {
    const upload = workflow.jobs['test']?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(String(upload?.with?.['path']).split('\n').filter(Boolean)).toEqual(['dist/', 'dist-partner/', 'dist-public/']);
  });

  it('builds the preview with GTM_PREVIEW and deploys it only where the secret exists', () => {
    const job = workflow.jobs['preview'];
    const build = job?.steps.find((step) => /npm run build/u.test(step.run ?? ''));
    expect(build?.env?.['GTM_PREVIEW']).toBe('1');
    expect(job?.env?.['NETLIFY_AUTH_TOKEN']).toBe('${{ secrets.NETLIFY_AUTH_TOKEN }}');
    const deploy = job?.steps.find((step) => /netlify-cli@\d+ deploy/u.test(step.run ?? ''));
    expect(deploy?.if).toBe("env.NETLIFY_AUTH_TOKEN != ''");
    // The token never reaches a command line or another job.
    expect(source.match(/secrets\.NETLIFY_AUTH_TOKEN/gu)).toHaveLength(1);
  });

  it('splices no expression into a script: what a pull request controls reaches commands as variables', () => {
    const spliced = steps.filter((step) => /\$\{\{/u.test(step.run ?? ''));
    expect(spliced.map((step) => step.name ?? step.run)).toEqual([]);
  });
});
