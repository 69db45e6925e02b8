// `npm test`: every stage in order, stopping at the first that fails.
//   preflight (a browser exists) → astro check → lint and format → content validation → unit tests →
//   content-error fixtures → internal, partner and public builds → build-output tests → browser tests
// Prints each stage's time, and at the end one line "N passed, N flaky, N failed, N skipped" summing
// the Vitest and Playwright counts (a stage that fails without counting tests counts as one failure).
// Under CI (CI set) a flaky test, one that passed only on retry, fails the run.
// Every stage runs with GTM_TODAY set to the suite's fixed day, so no result depends on the calendar.
// Usage: npm test [-- --from <stage>] [-- --only <stage>]
import { spawn } from 'node:child_process';
import { countTests, formatCounts, mdxNoiseFilter, pipeLines, runFailed } from './lib/output.mjs';
import { suiteDay } from './lib/suiteDay.mjs';

const stages = [
  { name: 'preflight', script: 'test:preflight' },
  { name: 'check', script: 'check' },
  { name: 'lint', script: 'lint' },
  { name: 'format', script: 'format:check' },
  { name: 'validate', script: 'validate' },
  { name: 'unit', script: 'test:unit' },
  { name: 'errors', script: 'test:errors' },
  { name: 'sites', script: 'test:sites' },
  { name: 'build', script: 'test:build' },
  { name: 'e2e', script: 'test:e2e' },
];

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const from = flag('--from');
const only = flag('--only');
for (const name of [from, only]) {
  if (name && !stages.some((s) => s.name === name)) {
    console.error(`unknown stage "${name}"; stages: ${stages.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
}
const selected = stages.filter((s, i) => (only ? s.name === only : !from || i >= stages.findIndex((t) => t.name === from)));

function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', GTM_TODAY: suiteDay },
    });
    let output = '';
    const record = (stream) => (line) => {
      output += line;
      stream.write(line);
    };
    Promise.all([
      pipeLines(child.stdout, mdxNoiseFilter(), record(process.stdout)),
      pipeLines(child.stderr, mdxNoiseFilter(), record(process.stderr)),
      new Promise((done) => child.on('close', done)),
    ]).then(([, , code]) => resolve({ code: code ?? 1, output }));
  });
}

const results = [];
const total = { passed: 0, flaky: 0, failed: 0, skipped: 0 };
let failedStage;
for (const stage of selected) {
  console.log(`\n━━ ${stage.name} (npm run ${stage.script}) ━━`);
  const started = Date.now();
  const { code, output } = await run(stage.script);
  const seconds = (Date.now() - started) / 1000;
  const counts = countTests(output);
  if (code !== 0 && counts.failed === 0 && counts.flaky === 0) counts.failed = 1;
  for (const k of Object.keys(total)) total[k] += counts[k];
  results.push({ stage: stage.name, seconds, code });
  if (code !== 0) {
    failedStage = stage.name;
    break;
  }
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.code === 0 ? '✓' : '✗'} ${r.stage.padEnd(10)} ${r.seconds.toFixed(1).padStart(6)}s`);
const skippedStages = selected.slice(results.length).map((s) => s.name);
if (skippedStages.length > 0) console.log(`not run after the failure in ${failedStage}: ${skippedStages.join(', ')}`);
console.log(`total ${results.reduce((s, r) => s + r.seconds, 0).toFixed(1)}s`);
const ci = Boolean(process.env['CI']);
if (ci && total.flaky > 0) console.log(`✗ ${total.flaky} flaky: under CI a test that passes only on retry fails the run`);
console.log(formatCounts(total));
process.exit(runFailed({ failedStage, counts: total, ci }) ? 1 : 0);
