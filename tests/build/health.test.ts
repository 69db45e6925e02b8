/**
 * Content health in the internal build: `/api/health.json` follows its served JSON Schema, ranks by
 * effect on sales (the sample's expired case that approved content still cites comes first, then
 * Kestrel Flow × Public Sector, covered only by an internal case), and the page's counters link to
 * rows it shows. Partner and public builds have neither the page, the document nor its schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import type { HealthDocument } from '../../src/schemas/api';
import { healthProblemKinds } from '../../src/schemas/values';
import { buildDay, gateReasons, loadContent } from './support/content';
import { distDirs, readPage } from './support/dist';

const entries = loadContent();

describe('internal build: content health', () => {
  const dir = distDirs.internal;
  const document = JSON.parse(readFileSync(join(dir, 'api', 'health.json'), 'utf8')) as HealthDocument;
  const problems = document.owners.flatMap((group) => group.problems).sort((a, b) => a.rank - b.rank);

  it('follows the JSON Schema the build serves', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    for (const name of readdirSync(join(dir, 'api', 'schema')))
      ajv.addSchema(JSON.parse(readFileSync(join(dir, 'api', 'schema', name), 'utf8')));
    const validate = ajv.getSchema(document.$schema);
    expect(validate, document.$schema).toBeDefined();
    expect(validate?.(document), JSON.stringify(validate?.errors)).toBe(true);
  });

  it(`lists the sample's real gaps first on ${buildDay()}`, () => {
    const [first] = problems;
    expect(first).toMatchObject({
      kind: 'cited-unpublished',
      entry: { id: 'thistledown-freight' },
      date: '2026-08-31',
      owner: 'Tomás Alvarez',
    });
    const flowPublicSector = problems.find(
      (p) => p.kind === 'no-customer-case' && p.entry.id === 'kestrel-flow' && p.problem.includes('Public Sector'),
    );
    expect(flowPublicSector?.action).toContain('Marston County');
    const laterKinds = problems.filter((p) => p.kind === 'no-value-proposition' || p.kind === 'review-due');
    expect(laterKinds.every((p) => p.rank > (flowPublicSector?.rank ?? Infinity))).toBe(true);
  });

  it('ranks by kind, names an owner and an action on every row, and cites only entries the build left out', () => {
    const kindOrder = problems.map((p) => healthProblemKinds.indexOf(p.kind));
    expect(kindOrder).toEqual([...kindOrder].sort((a, b) => a - b));
    expect(problems.filter((p) => !p.owner || !p.action)).toEqual([]);
    const cited = problems.filter((p) => p.kind === 'cited-unpublished');
    for (const p of cited) {
      const entry = entries.find((e) => e.collection === p.entry.collection && e.id === p.entry.id);
      expect(entry && gateReasons(entry, 'internal').length, p.entry.id).toBeGreaterThan(0);
      expect(p.entry.url, p.entry.id).toBeUndefined();
    }
  });

  it('shows the same ranking on /health/, counters linking to their rows', () => {
    const html = readPage(dir, '/health/');
    const rowIds = [...html.matchAll(/<li id="(problem-\d+)"/gu)].map((m) => m[1]);
    expect(rowIds[0]).toBe('problem-1');
    expect(html.indexOf('thistledown-freight')).toBeLessThan(html.indexOf('Kestrel Flow × Public Sector'));
    const counters = [...html.matchAll(/<li class="hub-metric[^"]*"[^>]*><a href="#(problem-\d+)"/gu)].map((m) => m[1]);
    expect(counters.length).toBeGreaterThan(0);
    expect(counters.filter((id) => !rowIds.includes(id))).toEqual([]);
  });
});

describe.each(['partner', 'public'] as const)('%s build: no content health', (audience) => {
  it('has no health page, document or schema', () => {
    const dir = distDirs[audience];
    expect(existsSync(join(dir, 'health'))).toBe(false);
    expect(existsSync(join(dir, 'api', 'health.json'))).toBe(false);
    expect(existsSync(join(dir, 'api', 'schema', 'health.v1.json'))).toBe(false);
  });
});
