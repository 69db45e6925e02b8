// npm run bench:search -- <built site folder> [--runs N] [--customer "…"] [--common word] [--rare word]
// The first search a reader makes: for each query, a fresh Chromium page opens the home page, presses
// "/" and types the query into the search dialog. It reports the time from typing to the results
// shown, and the bytes and requests fetched from pressing "/" to the results (the dialog's code, the
// Pagefind runtime, index chunks, result fragments), medians over the runs. The site is served on a
// free loopback port, with gzip for text files as a host would send them.
// The default queries fit the generated benchmark corpus (bench/generate-content.mjs).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Serves `root` on a free loopback port; resolves to its origin, a meter of the bytes (bodies as
 * sent) and requests served so far, and a function that stops it. Counting on the server sees what
 * the page's workers fetch too (Pagefind searches in a Web Worker).
 */
export function serveSite(root) {
  const gzipped = new Map();
  const meter = { bytes: 0, requests: 0 };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = join(root, path);
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { 'Content-Type': types[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
    if (compressible.has(ext) && /\bgzip\b/u.test(String(request.headers['accept-encoding']))) {
      let zipped = gzipped.get(file);
      if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
    }
    meter.bytes += body.byteLength;
    meter.requests += 1;
    response.writeHead(found ? 200 : 404, headers);
    response.end(body);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ origin: `http://127.0.0.1:${address.port}`, meter, stop: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

/** One first search in a fresh page: the reader presses "/" on the home page and types `query`. */
async function firstSearch(browser, { origin, meter }, query) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const atStart = { ...meter };
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  const beforeInteraction = { ...meter };
  await page.keyboard.press('/');
  await page.locator('#hub-search-dialog[open] input[role="combobox"]').waitFor();
  const started = performance.now();
  await page.keyboard.insertText(query);
  // Results are shown when the status line reports a count (or that nothing matched).
  await page.waitForFunction(
    () =>
      /^(?:\d[\d,]* results?|1 result|No results)/u.test(
        document.querySelector('#hub-search-dialog [data-search-status]')?.textContent ?? '',
      ),
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = performance.now() - started;
  const status = await page.locator('#hub-search-dialog [data-search-status]').textContent();
  await page.waitForLoadState('networkidle');
  await context.close();
  return {
    ms,
    bytes: meter.bytes - beforeInteraction.bytes,
    requests: meter.requests - beforeInteraction.requests,
    pageBytes: beforeInteraction.bytes - atStart.bytes,
    status: status?.trim() ?? '',
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Measures the three first searches against a built site; returns one row per query. */
export async function benchSearch(site, options = {}) {
  const root = resolve(site);
  if (!existsSync(join(root, 'pagefind'))) throw new Error(`${root} has no pagefind/ folder: build the site first.`);
  const runs = options.runs ?? 3;
  const queries = [
    { kind: 'customer name', query: options.customer ?? 'Bench Customer 1234' },
    { kind: 'common word', query: options.common ?? 'data' },
    { kind: 'rare word', query: options.rare ?? 'lineage' },
  ];
  const server = await serveSite(root);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const rows = [];
    for (const { kind, query } of queries) {
      const samples = [];
      for (let run = 0; run < runs; run += 1) samples.push(await firstSearch(browser, server, query));
      rows.push({
        kind,
        query,
        ms: median(samples.map((s) => s.ms)),
        kb: median(samples.map((s) => s.bytes)) / 1024,
        requests: median(samples.map((s) => s.requests)),
        pageKb: median(samples.map((s) => s.pageBytes)) / 1024,
        status: samples[0]?.status ?? '',
      });
    }
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The Markdown table of `benchSearch`'s rows. */
export function searchTable(rows) {
  return [
    '| first search | query | results shown after typing | fetched after "/" | requests | home page before interaction | status line |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.kind} | ${r.query} | ${r.ms.toFixed(0)} ms | ${r.kb.toFixed(0)} KB | ${r.requests} | ${r.pageKb.toFixed(0)} KB | ${r.status.replace(/\|/gu, '\\|')} |`,
    ),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const site = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!site) {
    console.error('Usage: npm run bench:search -- <built site folder> [--runs N] [--customer "…"] [--common word] [--rare word]');
    process.exit(2);
  }
  const rows = await benchSearch(site, {
    runs: option('runs') ? Number(option('runs')) : undefined,
    customer: option('customer'),
    common: option('common'),
    rare: option('rare'),
  });
  console.log(searchTable(rows).join('\n'));
}
