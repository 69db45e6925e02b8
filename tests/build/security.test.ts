/**
 * The hardened output: both builds ship the security headers a static host reads from `_headers`,
 * and no page carries script of its own, so the policy's script-src needs no 'unsafe-inline'.
 * (tests/e2e/csp.spec.ts serves the build with these headers and runs every page type under them.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDirs, readDist } from './support/dist';
import { parseCsp, parseHeadersFile } from './support/headersFile';
import { inlineCode } from './support/html';

describe('the inline-code finder', () => {
  it('finds inline scripts, handlers and javascript: URLs, and lets modules and data through', () => {
    const page = `<script type="module" src="/a.js"></script><script type="application/json">{}</script>
      <script>alert(1)</script><script type="module">go()</script><button onclick="x()">x</button><a href="javascript:void 0">y</a>`;
    expect(inlineCode(page)).toEqual(['<script> "alert(1)"', '<script> "go()"', '<button onclick>', '<a href="javascript:void 0">']);
  });
});

describe.each(Object.entries(distDirs))('the %s build', (name, dir) => {
  it('sends the security headers with every path', () => {
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    // The editor's own rule exists only where the editor does (tests/build/editor.test.ts).
    expect(rules.map((r) => r.pattern)).toEqual(name === 'internal' ? ['/*', '/admin/*'] : ['/*']);
    const headers = rules[0]?.headers ?? {};
    const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('same-origin');
    expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/u);
  });

  it('has no inline script, handler attribute or javascript: URL on any page', () => {
    const pages = readDist(dir).filter((f) => f.path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    const offending = pages.flatMap((f) => inlineCode(f.text).map((what) => `${f.path}: ${what}`));
    expect(offending).toEqual([]);
  });
});
