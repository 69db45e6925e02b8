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
