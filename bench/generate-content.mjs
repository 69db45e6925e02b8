// Generates a large synthetic content root for build benchmarks: the sample's products, industries,
// personas and messaging, plus N approved entries spread over the high-volume collections.
// Usage: npm run bench:generate -- <out-dir> [count]
import { cpSync, mkdirSync, rmSync, writeFileSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [outDir = 'bench/out/content', countArg = '10000'] = process.argv.slice(2);
const count = Number(countArg);
const source = 'src/content';

rmSync(outDir, { recursive: true, force: true });
for (const kept of ['products', 'industries', 'personas', 'messaging', 'competitors']) {
  cpSync(join(source, kept), join(outDir, kept), { recursive: true });
}

const ids = (collection) => readdirSync(join(source, collection)).map((name) => name.replace(/\.(md|mdx)$/u, ''));
const products = ids('products');
const industries = ids('industries');
const personas = ids('personas');
const pick = (list, i) => list[i % list.length];
// A year after the build day (GTM_TODAY when set): current, and within the review-by horizon.
const buildDay = process.env.GTM_TODAY ? new Date(`${process.env.GTM_TODAY}T00:00:00Z`) : new Date();
const reviewBy = new Date(Date.UTC(buildDay.getUTCFullYear() + 1, buildDay.getUTCMonth(), 1)).toISOString().slice(0, 10);
const governance = (i) =>
  `status: approved\nowner: Bench Owner ${i % 40}\nreviewBy: ${reviewBy}\naudience: ${i % 5 === 0 ? 'internal' : 'public'}`;

const shares = { cases: 0.25, 'value-props': 0.25, rfp: 0.25, objections: 0.15, solutions: 0.1 };
const counts = Object.fromEntries(Object.entries(shares).map(([name, share]) => [name, Math.round(count * share)]));
for (const name of Object.keys(counts)) mkdirSync(join(outDir, name), { recursive: true });
// The copied messaging cites the sample's cases, which are not copied: point its proof at a bench
// case, or the build fails on references to missing entries (as it should).
for (const file of readdirSync(join(outDir, 'messaging'))) {
  const path = join(outDir, 'messaging', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\bcase: [\w-]+/gu, 'case: bench-case-0'));
}
mkdirSync(join(outDir, 'campaigns'), { recursive: true });

// One shared logo keeps image work constant, so the figures measure content handling.
const logoSource = readdirSync(join(source, 'cases'), { recursive: true }).find((f) => String(f).endsWith('.png'));
copyFileSync(join(source, 'cases', String(logoSource)), join(outDir, 'cases', '_logo.png'));

const write = (collection, id, frontmatter, body) =>
  writeFileSync(join(outDir, collection, `${id}.md`), `---\n${frontmatter}\n---\n${body}\n`);

for (let i = 0; i < counts.cases; i++) {
  write(
    'cases',
    `bench-case-${i}`,
    `title: "Bench customer ${i} cuts reporting time by ${10 + (i % 60)}%"
customer: Bench Customer ${i}
industry: ${pick(industries, i)}
size: ${pick(['smb', 'mid-market', 'enterprise'], i)}
region: ${pick(['north-america', 'europe', 'asia-pacific'], i)}
products: [${pick(products, i)}]
solutions: [bench-solution-${i % counts.solutions}]
challenge: Reports were assembled by hand from ${3 + (i % 7)} systems every week.
approach: The team connected its systems and published one governed model.
results: Reporting time fell by ${10 + (i % 60)}% within one quarter.
metrics:
  - { label: Less reporting time, value: "${10 + (i % 60)}%" }
logo: { src: ./_logo.png, alt: "Bench Customer ${i} logo" }
${governance(i)}`,
    `Bench case ${i} describes a rollout across ${2 + (i % 30)} teams.`,
  );
}
for (let i = 0; i < counts['value-props']; i++) {
  write(
    'value-props',
    `bench-vp-${i}`,
    `title: "Bench value ${i}: fewer hours on manual work"
product: ${pick(products, i)}
pain: Teams spend ${5 + (i % 20)} hours a week on manual reconciliation.
capability: The product automates reconciliation across systems.
outcome: Teams get ${5 + (i % 20)} hours a week back.
proofPoints:
  - { claim: "Bench customer ${i} saved ${5 + (i % 20)} hours a week", case: bench-case-${i % counts.cases} }
personas: [${pick(personas, i)}]
industries: [${pick(industries, i)}]
${governance(i)}`,
    '',
  );
}
for (let i = 0; i < counts.rfp; i++) {
  write(
    'rfp',
    `bench-rfp-${i}`,
    `title: "Bench question ${i}: how is data handled in region ${i % 12}?"
category: ${pick(['security', 'privacy', 'compliance', 'architecture', 'support'], i)}
products: [${pick(products, i)}]
answer: Data stays in the chosen region and is encrypted at rest and in transit.
lastReviewed: 2026-10-01
${governance(i)}`,
    '',
  );
}
for (let i = 0; i < counts.objections; i++) {
  write(
    'objections',
    `bench-objection-${i}`,
    `title: "Bench objection ${i}: we are not ready this quarter"
category: ${pick(['price', 'timing', 'competition', 'risk', 'fit'], i)}
products: [${pick(products, i)}]
personas: [${pick(personas, i)}]
response: Start with one team; the rollout takes two weeks and pays back within the quarter.
${governance(i)}`,
    '',
  );
}
for (let i = 0; i < counts.solutions; i++) {
  write(
    'solutions',
    `bench-solution-${i}`,
    `title: "Bench solution ${i}"
kind: ${pick(['industry', 'scenario', 'function'], i)}
summary: A repeatable approach to reporting for team ${i}. It connects systems and publishes one model.
products: [${pick(products, i)}]
industries: [${pick(industries, i)}]
personas: [${pick(personas, i)}]
valueProps: [bench-vp-${i % counts['value-props']}]
${governance(i)}`,
    `Solution ${i} body text.`,
  );
}
console.log(`Wrote ${Object.values(counts).reduce((a, b) => a + b, 0)} entries to ${outDir}`, counts);
