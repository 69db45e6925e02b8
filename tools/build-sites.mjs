// Builds the three published sites the build-output and browser tests read:
//   dist/          the internal build (GTM_AUDIENCE=internal, the default)
//   dist-partner/  the partner build (GTM_AUDIENCE=partner): toolkits, messaging and kits, no internal
//                  entries, no pricing notes, no owners
//   dist-public/   the public build (GTM_AUDIENCE=public): the customer's library
// Both compare review-by dates with the suite's fixed day (GTM_TODAY=suiteDay), not the calendar.
// One after the other: they share the project's .astro/ folder and content cache.
// Usage: npm run test:sites [-- internal|partner|public]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mdxNoiseFilter, pipeLines } from './lib/output.mjs';
import { suiteDay } from './lib/suiteDay.mjs';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const sites = [
  { name: 'internal', outDir: 'dist', env: { GTM_AUDIENCE: 'internal', GTM_TODAY: suiteDay } },
  { name: 'partner', outDir: 'dist-partner', env: { GTM_AUDIENCE: 'partner', GTM_TODAY: suiteDay } },
  { name: 'public', outDir: 'dist-public', env: { GTM_AUDIENCE: 'public', GTM_TODAY: suiteDay } },
];
const only = process.argv[2];

for (const site of sites.filter((s) => !only || s.name === only)) {
  const started = Date.now();
  rmSync(site.outDir, { recursive: true, force: true });
  console.log(`\n▶ astro build --outDir ${site.outDir} (GTM_AUDIENCE=${site.env.GTM_AUDIENCE} GTM_TODAY=${site.env.GTM_TODAY})`);
  const child = spawn(process.execPath, [astro, 'build', '--outDir', site.outDir], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...site.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keepOut = mdxNoiseFilter();
  const keepErr = mdxNoiseFilter();
  const code = await Promise.all([
    pipeLines(child.stdout, keepOut, (l) => process.stdout.write(l)),
    pipeLines(child.stderr, keepErr, (l) => process.stderr.write(l)),
    new Promise((done) => child.on('close', done)),
  ]).then(([, , c]) => c);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    console.error(`✗ the ${site.name} build failed (exit ${code}) after ${seconds}s`);
    process.exit(typeof code === 'number' && code > 0 ? code : 1);
  }
  console.log(`✓ ${site.name} build in ${seconds}s → ${site.outDir}/`);
}
