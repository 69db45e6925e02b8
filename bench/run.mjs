// npm run bench [-- sizes… --rounds N]: the hub's build against bare Astro on the same generated corpus.
// For each size (1,000 and 10,000 entries by default) it builds both, interleaved round by round so
// machine noise hits both alike: a cold build (output and cache removed), then a rebuild after one
// entry's body changed. It reports wall and CPU time, the peak memory of the whole process tree,
// pages, output size and search indexing, prints the hub/bare ratios, and writes bench/results.md,
// with the hub's five largest HTML pages and its first-search timings (bench/search.mjs) per size,
// and the scale targets against the largest size (bench/targets.mjs). The figures are also kept in
// bench/out/results.json; `npm run bench -- --from bench/out/results.json` writes the report again.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { suiteDay } from '../tools/lib/suiteDay.mjs';
import { benchSearch, searchTable } from './search.mjs';
import { targetTable } from './targets.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 1;
const fromAt = args.indexOf('--from');
const from = fromAt >= 0 ? args[fromAt + 1] : undefined;
const sizes = args.filter((a, i) => /^\d+$/u.test(a) && args[i - 1] !== '--rounds').map(Number);
if (sizes.length === 0) sizes.push(1000, 10000);
const out = resolve('bench/out');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GTM_TODAY: suiteDay };

/** Runs a command in its own process group, sampling the group's summed resident memory every 100 ms. */
function measure(command, commandArgs, extraEnv) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'cpu=%U+%S', command, ...commandArgs], {
      env: { ...env, ...extraEnv },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    // What each program held at the moment the group peaked (e.g. Node and Pagefind side by side).
    let peakByProgram = {};
    const sampler = setInterval(() => {
      try {
        const rows = execFileSync('ps', ['-o', 'rss=,comm=', '-g', String(child.pid)], { encoding: 'utf8' });
        const byProgram = {};
        let total = 0;
        for (const row of rows.split('\n')) {
          const [, kb, program] = /^\s*(\d+)\s+(\S+)/u.exec(row) ?? [];
          if (!program) continue;
          byProgram[program] = (byProgram[program] ?? 0) + Number(kb) / 1024;
          total += Number(kb);
        }
        if (total > peak) {
          peak = total;
          peakByProgram = byProgram;
        }
      } catch {
        // The group ended between two samples.
      }
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return fail(new Error(`${command} ${commandArgs.join(' ')} failed:\n${output.slice(-3000)}`));
      const [, user, system] = /cpu=([\d.]+)\+([\d.]+)/u.exec(output) ?? [];
      done({ wall, cpu: Number(user) + Number(system), peakMb: peak / 1024, peakByProgram, output });
    });
  });
}

/** Size, files and pages of a build, and its five largest HTML pages (the page weight budget is 300 KB). */
function folderStats(dir) {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const html = [];
  for (const name of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(name)));
    if (!stat.isFile()) continue;
    files += 1;
    bytes += stat.size;
    if (String(name).endsWith('.html')) {
      pages += 1;
      html.push({ path: String(name), bytes: stat.size });
    }
  }
  const largestPages = html.sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  return { bytes, files, pages, largestPages };
}

const targets = {
  hub: (size) => ({
    out: join(out, `run-hub-${size}`),
    cache: join(out, `run-hub-cache-${size}`),
    build(dirs) {
      return measure('npx', ['astro', 'build', '--outDir', dirs.out], {
        GTM_CONTENT_DIR: join(out, `run-content-${size}`),
        GTM_CACHE_DIR: dirs.cache,
      });
    },
    indexing: (output) => /Indexed [\d,]+ pages[^\n]* in ([\d.]+) s: ([^\n]+) in pagefind/u.exec(output),
  }),
  bare: (size) => ({
    out: join(out, `run-bare-${size}`),
    cache: join(out, `run-bare-cache-${size}`),
    async build(dirs) {
      const site = await measure('npx', ['astro', 'build', '--root', 'bench/bare'], {
        BARE_CONTENT_DIR: join(out, `run-content-${size}`),
        BARE_OUT_DIR: dirs.out,
        BARE_CACHE_DIR: dirs.cache,
      });
      const search = await measure('npx', ['pagefind', '--site', dirs.out], {});
      return {
        wall: site.wall + search.wall,
        cpu: site.cpu + search.cpu,
        peakMb: Math.max(site.peakMb, search.peakMb),
        peakByProgram: site.peakMb >= search.peakMb ? site.peakByProgram : search.peakByProgram,
        output: `${site.output}\npagefind_seconds=${search.wall}`,
      };
    },
    indexing: (output) => /pagefind_seconds=([\d.]+)/u.exec(output),
  }),
};

/** Changes one entry's body, as a one-line pull request would. */
function editOneEntry(size) {
  const file = join(out, `run-content-${size}`, 'cases', 'bench-case-1.md');
  appendFileSync(file, `\nEdited for the rebuild benchmark at ${Date.now()}.\n`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const saved = from ? JSON.parse(readFileSync(from, 'utf8')) : undefined;
const results = saved?.results ?? [];
for (const size of saved ? [] : sizes) {
  execFileSync('npx', ['node', 'bench/generate-content.mjs', join(out, `run-content-${size}`), String(size)], { env, stdio: 'ignore' });
  const runs = { hub: [], bare: [] };
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? ['hub', 'bare'] : ['bare', 'hub'];
    for (const name of order) {
      const target = targets[name](size);
      rmSync(target.out, { recursive: true, force: true });
      rmSync(target.cache, { recursive: true, force: true });
      const load = loadavg()[0];
      const cold = await target.build(target);
      const stats = folderStats(target.out);
      const pagefindDir = join(target.out, 'pagefind');
      const indexMatch = target.indexing(cold.output);
      editOneEntry(size);
      const edit = await target.build(target);
      runs[name].push({
        cold,
        edit,
        stats,
        load,
        indexSeconds: Number(indexMatch?.[1] ?? NaN),
        indexBytes: existsSync(pagefindDir) ? folderStats(pagefindDir).bytes : 0,
      });
      console.log(
        `${size} ${name} round ${round + 1}: cold ${cold.wall.toFixed(1)} s, edit ${edit.wall.toFixed(1)} s, peak ${cold.peakMb.toFixed(0)} MB (load ${load.toFixed(1)})`,
      );
    }
  }
  const summary = (name) => {
    const list = runs[name];
    return {
      wall: median(list.map((r) => r.cold.wall)),
      cpu: median(list.map((r) => r.cold.cpu)),
      peakMb: median(list.map((r) => r.cold.peakMb)),
      peakByProgram: list[0].cold.peakByProgram,
      edit: median(list.map((r) => r.edit.wall)),
      pages: list[0].stats.pages,
      outputMb: list[0].stats.bytes / 1024 / 1024,
      files: list[0].stats.files,
      indexSeconds: median(list.map((r) => r.indexSeconds)),
      indexMb: list[0].indexBytes / 1024 / 1024,
      load: median(list.map((r) => r.load)),
    };
  };
  // The reader's first search, on the hub's last output of this size.
  const search = await benchSearch(targets.hub(size).out);
  results.push({ size, hub: summary('hub'), bare: summary('bare'), largestPages: runs.hub[0].stats.largestPages, search });
}
const runDate = saved?.date ?? new Date().toISOString().slice(0, 10);
const cores = saved?.cores ?? execFileSync('nproc', { encoding: 'utf8' }).trim();
if (!saved) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), JSON.stringify({ date: runDate, cores, rounds, results }, null, 2));
}

/** Memory per program at a build's peak, largest first: "node 2.10 GB, pagefind_extend 1.01 GB". */
const programs = (byProgram = {}) =>
  Object.entries(byProgram)
    .filter(([, mb]) => mb >= 50)
    .sort(([, a], [, b]) => b - a)
    .map(([program, mb]) => `${program} ${(mb / 1024).toFixed(2)} GB`)
    .join(', ') || 'no sample';
const row = (label, s) =>
  `| ${label} | ${s.wall.toFixed(1)} s | ${s.cpu.toFixed(1)} s | ${(s.peakMb / 1024).toFixed(2)} GB | ${s.edit.toFixed(1)} s (${Math.round((100 * s.edit) / s.wall)}%) | ${s.pages.toLocaleString('en-US')} | ${s.outputMb.toFixed(0)} MB, ${s.files.toLocaleString('en-US')} files | ${s.indexSeconds.toFixed(1)} s, ${s.indexMb.toFixed(1)} MB |`;
const lines = [
  `Run of ${runDate} on ${cores} cores, ${saved?.rounds ?? rounds} round(s) per size, medians; load average at the start of each build: ${results.map((r) => `${r.size}: ${r.hub.load.toFixed(1)}`).join(', ')}.`,
  '',
  '| build | cold wall | CPU (user+sys) | peak memory, process tree | one-entry edit (share of cold) | pages | output | search index (time, size) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.flatMap((r) => [
    row(`GTM Hub, ${r.size.toLocaleString('en-US')} entries`, r.hub),
    row(`bare Astro, ${r.size.toLocaleString('en-US')} entries`, r.bare),
  ]),
  '',
  '| entries | hub/bare wall | hub/bare CPU | hub/bare memory |',
  '| --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.size.toLocaleString('en-US')} | ${(r.hub.wall / r.bare.wall).toFixed(2)} | ${(r.hub.cpu / r.bare.cpu).toFixed(2)} | ${(r.hub.peakMb / r.bare.peakMb).toFixed(2)} |`,
  ),
  '',
  ...results.map(
    (r) =>
      `At the peak of the cold builds of ${r.size.toLocaleString('en-US')} entries the hub's processes held ${programs(r.hub.peakByProgram)}; bare Astro's ${programs(r.bare.peakByProgram)}.`,
  ),
  '',
  ...results.flatMap((r) => [
    `Largest HTML pages of the hub at ${r.size.toLocaleString('en-US')} entries (budget 300 KB): ${r.largestPages.map((p) => `\`${p.path}\` ${(p.bytes / 1024).toFixed(0)} KB`).join(', ')}.`,
    '',
    `First search at ${r.size.toLocaleString('en-US')} entries (\`npm run bench:search\`, medians of 3 fresh pages):`,
    '',
    ...searchTable(r.search),
    '',
  ]),
  ...targetTable(results),
];
console.log(lines.join('\n'));
writeFileSync(
  'bench/results.md',
  `# Build benchmark: GTM Hub against bare Astro\n\n\`npm run bench\` (see the README, "Size and speed").\n\n${lines.join('\n')}\n`,
);
