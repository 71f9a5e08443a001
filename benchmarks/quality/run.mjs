// npm run bench:quality — every strategy side by side (compareStrategies) on generated cohorts of
// several sizes and seeds, an unbalanced cohort and the embedded samples; writes docs/quality.md.
//
// Plain ESM: the TypeScript entry is bundled with esbuild into a temporary file and imported
// (Node 20 runs no TypeScript, and dist/ may be rebuilt by others at any moment).
//
//   node benchmarks/quality/run.mjs            run everything and write docs/quality.md
//   node benchmarks/quality/run.mjs --dry      run everything, print, write nothing
//   node benchmarks/quality/run.mjs --large    also the suite's 5,000 × 5,000 cohort
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = import.meta.dirname;
const root = resolve(here, '../..');
const dry = process.argv.includes('--dry');
const large = process.argv.includes('--large');
const COMMAND = 'npm run bench:quality';

const SEEDS = [1, 2, 3, 4, 5];
const groups = [
  {
    title: '50 mentors × 50 mentees',
    seeds: SEEDS,
    spec: (seed) => ({ kind: 'generated', mentors: 50, mentees: 50, seed }),
  },
  {
    title: '200 mentors × 200 mentees',
    seeds: SEEDS,
    spec: (seed) => ({ kind: 'generated', mentors: 200, mentees: 200, seed }),
  },
  {
    title: '1000 mentors × 1000 mentees',
    seeds: SEEDS,
    spec: (seed) => ({ kind: 'generated', mentors: 1000, mentees: 1000, seed }),
  },
  {
    title: 'Unbalanced: 120 mentors (capacity 1–3) × 300 mentees',
    seeds: SEEDS,
    spec: (seed) => ({ kind: 'generated', mentors: 120, mentees: 300, seed, capacity: [1, 3] }),
  },
  { title: 'Sample `bank`', seeds: [null], spec: () => ({ kind: 'sample', name: 'bank' }) },
  { title: 'Sample `public-office`', seeds: [null], spec: () => ({ kind: 'sample', name: 'public-office' }) },
];

const dir = mkdtempSync(join(tmpdir(), 'bench-quality-'));
const bundle = join(dir, 'entry.mjs');
let lib;
try {
  await build({
    entryPoints: [join(here, 'entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  lib = await import(pathToFileURL(bundle).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// The named benchmark suite (src/synthetic/benchmarkSuite.ts), one cohort each.
const suite = lib.BENCHMARK_SUITE.filter(
  (c) => large || c.options.mentors * c.options.mentees <= 3000 * 1000,
);
for (const c of suite) {
  groups.push({
    title: `${lib.BENCHMARK_SUITE_VERSION}/${c.name}`,
    description: c.description,
    seeds: ['suite'],
    spec: () => ({ kind: 'suite', name: c.name }),
  });
}

const loadBefore = loadavg()[0] ?? 0;
const started = performance.now();
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const results = [];
for (const group of groups) {
  const cases = group.seeds.map((seed) => lib.runCase(group.spec(seed)));
  const first = cases[0];
  const strategies = first.strategies.map(({ strategy }, k) => {
    const all = cases.map((c) => c.strategies[k]);
    const avg = (key) => mean(all.map((s) => s[key]));
    return {
      strategy,
      shareOfOptimal: avg('shareOfOptimal'),
      worstShare: Math.min(...all.map((s) => s.shareOfOptimal)),
      matchedShare: avg('matchedShare'),
      minScore: avg('minScore'),
      p10Score: avg('p10Score'),
      gini: avg('gini'),
      goalCoverage: avg('goalCoverage'),
      blockingPairs: avg('blockingPairs'),
      meanMenteeRank: avg('meanMenteeRank'),
      meanMentorRank: avg('meanMentorRank'),
      ruleViolations: Math.max(...all.map((s) => s.ruleViolations)),
    };
  });
  const result = { ...group, cases, strategies, compareMs: mean(cases.map((c) => c.compareMs)) };
  results.push(result);
  console.log(
    `${group.title}: ${cases.length} cohort(s), compareStrategies ${result.compareMs.toFixed(0)} ms each`,
  );
  for (const s of strategies) {
    console.log(
      `  ${s.strategy.padEnd(12)} ${(100 * s.shareOfOptimal).toFixed(1).padStart(5)} % of optimal, matched ${(100 * s.matchedShare).toFixed(1)} %, ` +
        `min ${s.minScore.toFixed(3)}, coverage ${(100 * s.goalCoverage).toFixed(1)} %, blocking ${s.blockingPairs.toFixed(1)}, rank ${s.meanMenteeRank.toFixed(2)}, violations ${s.ruleViolations}`,
    );
  }
}
const totalSeconds = (performance.now() - started) / 1000;

const pct = (x, d = 1) => `${(100 * x).toFixed(d)} %`;
const num = (x, d = 3) => x.toFixed(d);
function table(group) {
  const rows = group.strategies.map(
    (s) =>
      `| ${s.strategy} | ${pct(s.shareOfOptimal, 2)} | ${pct(s.worstShare, 2)} | ${pct(s.matchedShare)} | ${num(s.minScore)} | ${num(s.p10Score)} | ${num(s.gini)} | ${pct(s.goalCoverage)} | ${num(s.blockingPairs, 1)} | ${num(s.meanMenteeRank, 2)} | ${num(s.meanMentorRank, 2)} | ${s.ruleViolations} |`,
  );
  const c = group.cases[0];
  const seeds =
    group.seeds[0] === null
      ? 'embedded sample'
      : group.seeds[0] === 'suite'
        ? `${group.description}; \`reverse-mentoring generate --suite ${group.title.split('/')[1]}\`, SHA-256 of its JSON ${c.sha256}…`
        : `seeds ${group.seeds.join(', ')} (mean over ${group.seeds.length} cohorts)`;
  return [
    `### ${group.title}`,
    '',
    `${c.mentors} mentors with ${c.places} places${group.cases.length > 1 ? ' (first seed)' : ''}, ${c.mentees} mentees; ${seeds}; compareStrategies took ${group.compareMs.toFixed(0)} ms per cohort.`,
    '',
    '| strategy | total / optimal | worst seed | matched | min score | p10 score | Gini | goal coverage | blocking pairs | mentee rank | mentor rank | violations |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
  ].join('\n');
}

/** One line per baseline over the generated cohorts: the range of its mean share of the optimum and its minimum. */
function keyFigures() {
  const generated = results.filter((g) => typeof g.seeds[0] === 'number');
  const of = (strategy, key) =>
    generated.map((g) => g.strategies.find((s) => s.strategy === strategy)?.[key] ?? Number.NaN);
  const range = (xs, f) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
  const lines = ['stable', 'greedy', 'random'].map(
    (strategy) =>
      `- **${strategy}** reaches ${range(of(strategy, 'shareOfOptimal'), (x) => pct(x, 1))} of the optimal total (mean per size; ` +
      `worst single cohort ${pct(Math.min(...of(strategy, 'worstShare')), 1)}), with ${range(of(strategy, 'blockingPairs'), (x) => num(x, 0))} blocking pairs.`,
  );
  return [
    'On the generated cohorts (computed from the tables above; compare min score, goal coverage and ranks size by size):',
    '',
    ...lines,
    '',
  ];
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const doc = [
  '# Pairing quality: strategies side by side',
  '',
  `Generated by \`${COMMAND}\` (benchmarks/quality/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadBefore.toFixed(1)} at the start; the whole run took ${totalSeconds.toFixed(0)} s. Every figure is deterministic: rerun the command (or \`compareStrategies\` on \`generateCohort({ mentors, mentees, seed })\` with the same seed as \`options.seed\`) to get the same numbers; only the times depend on the machine.`,
  '',
  '## What is compared',
  '',
  'Each cohort is matched by every strategy under the same hard rules, capacities, pins and `minScore`, and each matching is measured by `assess`:',
  '',
  '- **max-total**, **max-matched**, **fairest**: the matcher (`match`) with each objective; max-total is the optimum every total is divided by.',
  '- **stable**: Gale–Shapley, mentee-proposing, mentors with capacities (hospital/resident), on preferences derived from the scores (a mentee ranks mentors by skill gain + goal coverage, a mentor ranks mentees by reciprocity + score; ties by score, then id).',
  '- **greedy**: the best remaining pair first, as bulk-matching tools do.',
  '- **random**: each mentee, in a seeded random order, takes a random allowed mentor with a place left (seed = the cohort seed).',
  '',
  "Columns: *total / optimal* is the mean over the seeds of the strategy's total score over max-total's (*worst seed*: the lowest of them); *matched* is the share of mentees with a mentor; *min score*, *p10 score* and *Gini* are the lowest pair score, the nearest-rank 10th percentile and the Gini coefficient of the pair scores; *goal coverage* is the mean share of a mentee's goal weight their mentor knows to the target level (mentees with open goals; unmatched count 0); *blocking pairs* are allowed pairs that both prefer each other to what they got; *mentee rank* and *mentor rank* are the mean rank of the partner each got in their own preference order (1 = first choice); *violations* is the largest `ruleViolations` over the seeds (must be 0). Means are over the seeds.",
  '',
  '## Results',
  '',
  ...results.filter((g) => g.seeds[0] !== 'suite').map(table),
  '## The benchmark suite',
  '',
  `Named, versioned cohorts (${lib.BENCHMARK_SUITE_VERSION}) that anyone can regenerate and cite: \`reverse-mentoring generate --suite NAME --out NAME.json\` (or \`suiteCohort(NAME)\` from \`reverse-mentoring/synthetic\`) gives the same bytes on every machine — check the SHA-256 prefix below — so another matcher's author can run the same cohorts and report the same figures (\`reverse-mentoring compare NAME.json --matching theirs.csv\` measures their matching beside these). One cohort each; the random baseline uses seed 1.${large ? '' : ' The 5,000 × 5,000 cohort runs with `--large`.'}`,
  '',
  ...results.filter((g) => g.seeds[0] === 'suite').map(table),
  '## Reading the figures',
  '',
  ...keyFigures(),
  '- The optimum is the ceiling of every other total; max-matched and fairest match at least as many mentees as anyone, and fairest has the best lowest pair among matchings of that size. A strategy that matches fewer mentees (greedy, when capacity is short) can show a higher minimum: it left the hard cases out.',
  '- Stable has no blocking pair by construction; the optimal matchings do have some: they trade individual preferences for the total.',
  '- Generated cohorts: `generateCohort` with its defaults (10 skills per person, 3–5 goals per mentee, 1–3 learn-back goals per mentor, capacity 1–3 unless stated), then `parseCohort`; the default programme rules (reverse direction, reporting line 2 levels, shared language, `minScore` 0.1).',
  '',
].join('\n');

if (dry) console.log(`\n(dry run: docs/quality.md not written; ${totalSeconds.toFixed(0)} s)`);
else {
  writeFileSync(join(root, 'docs/quality.md'), doc);
  console.log(`\nwrote docs/quality.md (${totalSeconds.toFixed(0)} s)`);
}
