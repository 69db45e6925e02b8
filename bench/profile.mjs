// npm run bench:profile [-- count]: where a cold build of a generated corpus spends its time. It builds
// COUNT entries (1,000 by default) once under Node's CPU profiler, with an empty output and cache, then
// prints two tables: processor time by kind of work (from the profile: each sample goes to the first
// kind of work found on its stack, in the order below) and rendering time by route (Astro's own per-page
// timing). Add `--summarise <file.cpuprofile> <build.log>` to summarise an earlier run without building.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { suiteDay } from '../tools/lib/suiteDay.mjs';

/** Kinds of work, most specific first: a sample is counted under the first whose frame is on its stack. */
const kinds = [
  ['kit PDFs and one-pager PDFs (pdfkit, fontkit)', (url) => /node_modules\/(pdfkit|fontkit|restructure|linebreak|png-js)\//u.test(url)],
  ['kit talks (.pptx: pptxgenjs, JSZip)', (url) => /node_modules\/(pptxgenjs|jszip)\//u.test(url)],
  ['kit whitepapers (.docx: docx)', (url) => /node_modules\/docx\//u.test(url)],
  ['ZIP packing (kit ZIPs, Office packages: fflate)', (url) => /node_modules\/fflate\//u.test(url)],
  ['images (sharp)', (url) => /node_modules\/sharp\/|imageService/u.test(url)],
  ['search indexing (Pagefind)', (url) => /node_modules\/pagefind\//u.test(url)],
  ["the hub's loader and its checks (hubLoader, loaderChecks)", (url) => /src\/data\/(loaderChecks\/|hubLoader)/u.test(url)],
  [
    'content sync (content layer, Markdown, Zod)',
    (url) => /astro\/dist\/content\/|satteri|micromark|mdast|zod\/|js-yaml|\/yaml\//u.test(url),
  ],
  ['bundling (Vite, Rolldown, Astro compiler)', (url) => /node_modules\/(vite|rolldown|@rolldown|@astrojs\/compiler)/u.test(url)],
  ["page rendering (Astro runtime, the hub's pages and data)", (url) => /astro\/dist\/runtime|\.prerender|\/chunks\/|src\//u.test(url)],
];

function summariseProfile(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const kindOf = new Map();
  const classify = (id) => {
    if (kindOf.has(id)) return kindOf.get(id);
    const node = byId.get(id);
    const name = node.callFrame.functionName;
    let kind;
    if (name === '(garbage collector)') kind = 'garbage collection';
    else if (name === '(idle)') kind = 'idle (waiting on I/O, workers, Pagefind)';
    else if (name === '(program)') kind = 'V8 and Node internals';
    else {
      let found;
      for (let at = id; at !== undefined && !found; at = parent.get(at)) {
        const url = byId.get(at).callFrame.url;
        found = kinds.find(([, test]) => test(url))?.[0];
      }
      // Each ancestor is visited again for each leaf: cheap enough for one profile, and simpler than memoising per frame.
      kind = found ?? 'other (start-up, module loading, Node)';
    }
    kindOf.set(id, kind);
    return kind;
  };
  const totals = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    all += micros;
    const kind = classify(id);
    totals.set(kind, (totals.get(kind) ?? 0) + micros);
  });
  return { all: all / 1e6, totals: [...totals].map(([kind, micros]) => [kind, micros / 1e6]).sort((a, b) => b[1] - a[1]) };
}

/** A route's group: its first path segment and the kind of file it writes. */
function routeGroup(written) {
  const path = written.replace(/\/(index\.html)?$/u, '');
  const [first = ''] = path.split('/').filter(Boolean);
  const extension = /\.(\w+)$/u.exec(path)?.[1] ?? 'html';
  if (first === 'kits') {
    if (extension === 'zip') return 'kit ZIPs (/kits/<id>.zip)';
    if (extension !== 'html') return 'kit documents (/kits/<id>/<document>)';
    return 'kit pages, slides, whitepapers';
  }
  if (first === 'toolkits' && extension === 'pdf') return 'toolkit one-pager PDFs';
  return `/${first}/ (${extension})`;
}

function summariseLog(text) {
  // eslint-disable-next-line no-control-regex -- the log's colour codes
  const log = text.replace(/\u001b\[[\d;]*m/gu, '');
  const groups = new Map();
  for (const [, path, ms, unit] of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(m?s)\)/gu)) {
    const seconds = unit === 's' ? Number(ms) : Number(ms) / 1000;
    const group = routeGroup(path);
    const entry = groups.get(group) ?? { files: 0, seconds: 0 };
    entry.files += 1;
    entry.seconds += seconds;
    groups.set(group, entry);
  }
  // Astro writes "12.3s" or, past a minute, "1m 7s".
  const phase = (pattern) => {
    const [, minutes = '0', secs = 'NaN'] = pattern.exec(log) ?? [];
    return Number(minutes) * 60 + Number(secs);
  };
  return {
    routes: [...groups].sort((a, b) => b[1].seconds - a[1].seconds),
    rendering: phase(/generating static routes[\s\S]*?Completed in (?:(\d+)m )?([\d.]+)s/u),
    indexing: phase(/Indexed [\d,]+ pages[^\n]* in ()([\d.]+) s/u),
    sync: /(\d\d):(\d\d):(\d\d) \[content\] Syncing content[\s\S]*?(\d\d):(\d\d):(\d\d) \[content\] Synced content/u.exec(log),
  };
}

function seconds(match) {
  if (!match) return NaN;
  const [, h1, m1, s1, h2, m2, s2] = match.map(Number);
  return h2 * 3600 + m2 * 60 + s2 - (h1 * 3600 + m1 * 60 + s1);
}

function report(profileFile, logText, heading) {
  const cpu = summariseProfile(profileFile);
  const log = summariseLog(logText);
  const lines = [
    heading,
    '',
    `Processor time in the profile: ${cpu.all.toFixed(1)} s. Content sync (log, wall): about ${seconds(log.sync)} s; page rendering (log, wall): ${log.rendering} s; search indexing: ${log.indexing} s.`,
    '',
    '| kind of work (CPU profile) | seconds | share |',
    '| --- | --- | --- |',
    ...cpu.totals.map(([kind, s]) => `| ${kind} | ${s.toFixed(1)} | ${Math.round((100 * s) / cpu.all)}% |`),
    '',
    '| route group (Astro per-file timing) | files | seconds | per file |',
    '| --- | --- | --- | --- |',
    ...log.routes
      .slice(0, 12)
      .map(
        ([group, r]) =>
          `| ${group} | ${r.files.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} | ${((1000 * r.seconds) / r.files).toFixed(0)} ms |`,
      ),
    '',
  ];
  return lines.join('\n');
}

const args = process.argv.slice(2);
const summariseAt = args.indexOf('--summarise');
if (summariseAt >= 0) {
  const [profileFile, logFile] = args.slice(summariseAt + 1);
  console.log(report(profileFile, readFileSync(logFile, 'utf8'), `Profile ${profileFile}`));
} else {
  const count = Number(args.find((a) => /^\d+$/u.test(a)) ?? 1000);
  const out = join('bench', 'out');
  const content = join(out, `content-${count}`);
  const dir = join(out, `profile-${count}`);
  execFileSync('npx', ['node', 'bench/generate-content.mjs', content, String(count)], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
  const load = loadavg()[0];
  const started = performance.now();
  const run = spawnSync(
    'npx',
    [
      'node',
      '--cpu-prof',
      `--cpu-prof-dir=${join(dir, 'cpu')}`,
      'node_modules/astro/bin/astro.mjs',
      'build',
      '--outDir',
      join(dir, 'dist'),
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GTM_TODAY: suiteDay,
        GTM_CONTENT_DIR: content,
        GTM_CACHE_DIR: join(dir, 'cache'),
      },
    },
  );
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the profiled build failed:\n${(run.stdout + run.stderr).slice(-3000)}`);
  const log = run.stdout + run.stderr;
  writeFileSync(join(dir, 'build.log'), log);
  const [profileFile] = readdirSync(join(dir, 'cpu')).filter((name) => name.endsWith('.cpuprofile'));
  const heading = `Cold build of ${count.toLocaleString('en-US')} entries under the profiler: ${wall.toFixed(1)} s wall, load average ${load.toFixed(1)} at the start.`;
  console.log(report(join(dir, 'cpu', profileFile), log, heading));
}
