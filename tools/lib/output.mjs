// Output helpers shared by the test scripts.

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/gu;

export function stripAnsi(text) {
  return text.replace(ANSI, '');
}

/**
 * A line filter for Astro 7 + Rolldown's per-MDX-file warning
 *   [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" …
 * and the code frame drawn under it (lines of box characters, closed by "───╯"). It is harmless and
 * printed once per MDX file, burying real output; every other line passes through.
 */
export function mdxNoiseFilter() {
  let inFrame = false;
  return (line) => {
    const plain = stripAnsi(line);
    if (plain.includes('MODULE_LEVEL_DIRECTIVE')) {
      inFrame = true;
      return false;
    }
    if (inFrame) {
      if (/^\s*(?:[│╭╰├─┬╯]|\d+\s*│)/u.test(plain)) {
        if (plain.includes('╯')) inFrame = false;
        return false;
      }
      inFrame = false;
    }
    return true;
  };
}

/** Pipes a readable stream to `write`, line by line, through `keep`. */
export function pipeLines(stream, keep, write) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (keep(line)) write(`${line}\n`);
  });
  return new Promise((done) =>
    stream.on('end', () => {
      if (pending && keep(pending)) write(pending);
      done();
    }),
  );
}

/**
 * Test counts in a stage's output: Vitest's "Tests  3 failed | 48 passed | 2 skipped (53)" and
 * Playwright's closing lines ("  2 flaky", "  23 passed (34.2s)"). A flaky test (failed, then passed
 * on retry) is counted apart from the passed ones, so the summary never hides it; an interrupted
 * test counts as failed.
 */
export function countTests(output) {
  const counts = { passed: 0, flaky: 0, failed: 0, skipped: 0 };
  for (const raw of output.split('\n')) {
    const line = stripAnsi(raw);
    const vitest = /^\s*Tests\s+(.+)\(\d+\)\s*$/u.exec(line);
    const parts = vitest
      ? vitest[1].split('|')
      : /^\s+\d+ (passed|failed|flaky|interrupted|skipped|did not run)\b/u.test(line)
        ? [line]
        : [];
    for (const part of parts) {
      const m = /(\d+) (passed|failed|flaky|interrupted|skipped|todo|did not run)/u.exec(part);
      if (!m) continue;
      const n = Number(m[1]);
      if (m[2] === 'passed') counts.passed += n;
      else if (m[2] === 'flaky') counts.flaky += n;
      else if (m[2] === 'failed' || m[2] === 'interrupted') counts.failed += n;
      else counts.skipped += n;
    }
  }
  return counts;
}

/** The summary's last line, "N passed, N flaky, N failed, N skipped". */
export function formatCounts(counts) {
  return `${counts.passed} passed, ${counts.flaky} flaky, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/**
 * Whether the run failed: a stage failed, or, under CI, a test only passed on retry. A flake is a
 * real fault (a race, a timeout sized for an idle machine) that a retry would otherwise hide.
 */
export function runFailed({ failedStage, counts, ci }) {
  return Boolean(failedStage) || (ci && counts.flaky > 0);
}
