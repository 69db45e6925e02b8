// The scale targets, set against a run's figures: met or missed, by how much, what bounds the result
// and what was tried. bench/run.mjs appends this table to bench/results.md; every figure comes from
// the run, and the notes say why a miss is what it is.

/** What each target asks and what stands in the way, as measured and profiled (bench/profile.md). */
const notes = {
  wall: 'Bare Astro writes one trivial page per entry; the hub writes about 1.3 pages per entry plus a Markdown twin, JSON, four documents and a ZIP per kit, and one-pagers. Most of a cold build is still shaping every word of every PDF (about 50 ms a PDF, fonts already parsed once per build), and keeping a copy of every output for the incremental build adds about 6%. Tried: fonts parsed once, documents written once per build and kept in a content-addressed store, distinct characters checked once, talk parts deflated once, four pages rendered at a time (−16% at 1,000 entries), Pagefind reading the pages itself.',
  memory:
    'Pagefind indexes inside the build, beside Node (the report says what each held at the peak); bare Astro’s Pagefind runs after its build has ended, so its peak is the larger of the two, not their sum. Most of Node’s resident memory is outside V8’s heap (a forced collection freed none of it; fewer malloc arenas changed nothing). Left: indexing in a process of its own after Node exits, at the cost of a build in two steps.',
  linear: 'Per-entry cost from the smallest to the largest size; above 1 means worse than linear.',
  edit: 'Astro 7’s incremental build with a key per page (src/data/pageCacheKey.ts: the page’s own inputs and a fingerprint of every entry’s data, the day and the settings): a body edit renders only the pages that print that body and copies the rest. What is left is fixed: content sync, bundling, working out every key and copying every unchanged file, and Pagefind indexing every page again (it has no incremental index). A data edit (title, status, references, review-by) or a new build day renders every keyed page, since any page may name the entry; the first build of a day also rewrites every document, as each carries the build day.',
  output:
    'Each kit publishes its four documents on their own and again inside its ZIP (a kit travels as one file), about 145 KB twice per kit; kit pages list every brand-asset rendition. Tried: one image rendition per ZIP, stylesheets as cached files, unscoped site furniture, search dialog markup made on first open (entry pages 18 KB to 10 KB). Left: packing the ZIP in the reader’s browser from the published files (about 170 MB at 1,000 kits), which alone would not reach 250 MB.',
  page: 'Each quick-sale page holds only its own industry’s items; sections cap what they show and link to search; the proposal builder lists the first 40 modules of a group and draws the rest from its catalogue when the rep searches or lists every module.',
  searchTime:
    'The dialog loads no filter files; query words are told apart by counting; the first change after a pause in typing searches at once (it used to wait 80 ms for more keystrokes). What remains is Pagefind’s own start-up (its WebAssembly and the index chunks a word needs) and, for a common word, ranking thousands of pages.',
  searchBytes: 'Pagefind’s WebAssembly, entry file and the index chunks and fragments the query needs.',
};

const pct = (value) => `${Math.round(value * 100)}%`;
const verdict = (met, miss) => (met ? 'met' : `missed by ${miss}`);

/** Markdown lines: one row per target, for the largest size of the run (growth needs two sizes). */
export function targetTable(results) {
  if (results.length === 0) return [];
  const largest = results[results.length - 1];
  const smallest = results[0];
  const { hub, bare, size } = largest;
  const wallRatio = hub.wall / bare.wall;
  const memoryRatio = hub.peakMb / bare.peakMb;
  const editShare = hub.edit / hub.wall;
  const growth = results.length > 1 ? hub.wall / size / (smallest.hub.wall / smallest.size) : undefined;
  const biggestPage = largest.largestPages[0];
  const slowest = largest.search.reduce((a, b) => (b.ms > a.ms ? b : a));
  const heaviest = largest.search.reduce((a, b) => (b.kb > a.kb ? b : a));
  const rows = [
    [
      'hub wall time at most 1.5× bare Astro',
      `${wallRatio.toFixed(2)}×`,
      verdict(wallRatio <= 1.5, `${(wallRatio / 1.5).toFixed(1)}×`),
      notes.wall,
    ],
    [
      'hub peak memory at most 1.5× bare Astro',
      `${memoryRatio.toFixed(2)}×`,
      verdict(memoryRatio <= 1.5, `${(memoryRatio / 1.5).toFixed(2)}×`),
      notes.memory,
    ],
    ...(growth === undefined
      ? []
      : [
          [
            `cost grows no worse than linearly, ${smallest.size.toLocaleString('en-US')} → ${size.toLocaleString('en-US')} entries`,
            `${growth.toFixed(2)}× the per-entry wall time`,
            verdict(growth <= 1, `${pct(growth - 1)}`),
            notes.linear,
          ],
        ]),
    [
      'one-entry rebuild under 25% of a cold build',
      pct(editShare),
      verdict(editShare < 0.25, `${pct(editShare - 0.25)} of a cold build`),
      notes.edit,
    ],
    [
      'output under 250 MB',
      `${hub.outputMb.toFixed(0)} MB, ${hub.files.toLocaleString('en-US')} files`,
      verdict(hub.outputMb < 250, `${(hub.outputMb - 250).toFixed(0)} MB`),
      notes.output,
    ],
    ...(biggestPage
      ? [
          [
            'no HTML page over 300 KB',
            `${(biggestPage.bytes / 1024).toFixed(0)} KB (\`${biggestPage.path}\`)`,
            verdict(biggestPage.bytes <= 300 * 1024, `${(biggestPage.bytes / 1024 - 300).toFixed(0)} KB`),
            notes.page,
          ],
        ]
      : []),
    [
      'first search answers in under 300 ms',
      `${slowest.ms.toFixed(0)} ms at most (${slowest.kind})`,
      verdict(slowest.ms < 300, `${(slowest.ms - 300).toFixed(0)} ms`),
      notes.searchTime,
    ],
    [
      'first search fetches under 300 KB',
      `${heaviest.kb.toFixed(0)} KB at most (${heaviest.kind})`,
      verdict(heaviest.kb < 300, `${(heaviest.kb - 300).toFixed(0)} KB`),
      notes.searchBytes,
    ],
  ];
  return [
    `Targets at ${size.toLocaleString('en-US')} entries, this run:`,
    '',
    '| target | measured | result | what bounds it, what was tried |',
    '| --- | --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ];
}
