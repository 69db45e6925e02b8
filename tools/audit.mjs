// `npm run audit`: Lighthouse, mobile and desktop, on the eight showcase pages of the internal build
// (tools/lib/showcasePages.mjs), served with the site's own security headers. Fails naming each
// page, category and the audits that cost it points when a budget (tools/lib/lighthouseBudgets.mjs)
// is missed, and writes the table to docs/lighthouse.md.
// Reads dist/ as `npm test`, `npm run test:sites` or `npm run build` left it; builds the sample's
// internal site first when there is none. Pages run one at a time: two Lighthouse runs side by side
// on a small machine measure each other.
// Usage: npm run audit [-- --output <file.md>]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { runnerImport } from 'vite';
import { builtPages, showcasePages } from './lib/showcasePages.mjs';
import { budgets, categories, missReport, resultsTable, worthRetrying } from './lib/lighthouseBudgets.mjs';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(process.env['GTM_DIST'] ?? join(root, 'dist'));
const outputAt = process.argv.indexOf('--output');
const output = resolve(outputAt > 0 ? process.argv[outputAt + 1] : join(root, 'docs', 'lighthouse.md'));

if (!existsSync(join(dist, 'index.html'))) {
  console.log(`▶ ${relative(root, dist) || dist}/ holds no build: building the internal site first`);
  const built = spawnSync(process.execPath, [join(root, 'tools', 'build-sites.mjs'), 'internal'], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { module: served } = await runnerImport(join(root, 'tests', 'e2e', 'support', 'headersPreview.ts'), {
  configFile: false,
  logLevel: 'error',
});
const { module: browser } = await runnerImport(join(root, 'tests', 'e2e', 'support', 'browser.ts'), {
  configFile: false,
  logLevel: 'error',
});

const pages = showcasePages(builtPages(dist), dist);
const formFactors = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

const found = browser.findChromium();
if (!found) {
  console.error(`No Chromium found: install one (${browser.installCommand}) or set GTM_CHROMIUM.`);
  process.exit(1);
}

const site = await served.serveWithHeaders(dist);
const chrome = await launch({ chromePath: found.path, chromeFlags: ['--headless=new', ...browser.systemChromiumArgs] });
const rows = [];
const retried = [];
try {
  console.log(
    `Lighthouse on ${pages.length} pages × ${formFactors.length} form factors, served from ${relative(root, dist) || dist}/ at ${site.url}`,
  );
  for (const page of pages) {
    for (const formFactor of formFactors) {
      const measure = async () => {
        const run = await lighthouse(
          `${site.url}${page.path}`,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
          formFactor.config,
        );
        if (!run) throw new Error(`Lighthouse returned no result for ${page.path} (${formFactor.name}).`);
        if (run.lhr.runtimeError) throw new Error(`${page.path} (${formFactor.name}): ${run.lhr.runtimeError.message}`);
        return run.lhr;
      };
      let lhr = await measure();
      if (worthRetrying(lhr)) {
        retried.push(`${page.name} (${formFactor.name}): ${Math.round(lhr.categories.performance.score * 100)}`);
        lhr = await measure();
      }
      const row = { page: page.name, path: page.path, formFactor: formFactor.name, lhr };
      rows.push(row);
      console.log(resultsTable([row]).split('\n').at(-1));
    }
  }
} finally {
  await chrome.kill();
  await site.stop();
}

const table = resultsTable(rows);
const misses = missReport(rows);
const lighthouseVersion = rows[0]?.lhr.lighthouseVersion ?? 'unknown';
const chromeVersion = rows[0]?.lhr.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/u)?.[1] ?? 'unknown';
const budgetLine = categories.map((id) => `${id} ≥ ${budgets[id]}`).join(', ');
const markdown = [
  '# Lighthouse budgets',
  '',
  `Written by \`npm run audit\` on ${new Date().toISOString().slice(0, 10)}: Lighthouse ${lighthouseVersion}, Chromium ${chromeVersion},`,
  "simulated throttling (mobile: Lighthouse's default phone; desktop: its desktop configuration), on the internal",
  `build of the sample served with the site's security headers. Budgets: ${budgetLine}.`,
  'CLS is cumulative layout shift, LCP largest contentful paint, TBT total blocking time.',
  '',
  table,
  '',
  misses.length === 0 ? 'Every page meets every budget.' : ['Missed budgets:', '', ...misses.map((m) => `- ${m}`)].join('\n'),
  ...(retried.length > 0
    ? ['', `Measured twice (performance within a few points under budget on the first run, which gave): ${retried.join(', ')}.`]
    : []),
  '',
].join('\n');
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, markdown);

console.log(`\n${table}\n`);
if (retried.length > 0) console.log(`Measured twice, performance just under budget at first: ${retried.join(', ')}.`);
console.log(`Written to ${relative(process.cwd(), output)}.`);
if (misses.length > 0) {
  console.error(`\n✗ ${misses.length} budget${misses.length === 1 ? '' : 's'} missed:`);
  for (const miss of misses) console.error(`  ${miss}`);
  process.exit(1);
}
console.log(`✓ every page meets its budgets (${budgetLine})`);
