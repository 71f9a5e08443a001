// `npm run bench:match`: end-to-end `match` on generated cohorts (10 skills, 3–5 goals each), with
// the time split into scoring and solving, and the peak memory of each case.
//
// The TypeScript entry is bundled with esbuild into a temporary file (no tsx needed). Each size runs
// in its own Node process, so that its peak RSS (process.resourceUsage().maxRSS) is its own.
//
//   node benchmarks/match/run.mjs                 all sizes (500, 2000, 5000)
//   node benchmarks/match/run.mjs 500 2000        chosen sizes
//   node benchmarks/match/run.mjs --write         also rewrite the match section of docs/benchmarks.md
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const SEED = 2027;

if (args[0] === '--case') {
  // Child: run one size and print its result as JSON.
  const { runCase } = await import(pathToFileURL(args[1]).href);
  const result = runCase(Number(args[2]), SEED, () => process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

const write = args.includes('--write');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'bench-match-'));
const bundle = join(dir, 'entry.mjs');
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
  const loadBefore = loadavg()[0] ?? 0;
  const results = [];
  for (const size of sizes.length > 0 ? sizes : [500, 2000, 5000]) {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--case', bundle, String(size)],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      },
    );
    const r = JSON.parse(out);
    results.push(r);
    console.log(
      `${size} × ${size} (${r.slots} mentor places): score ${r.scoreMs.toFixed(0)} ms, solve ${r.solveMs.toFixed(0)} ms, ` +
        `match end to end ${r.matchMs.toFixed(0)} ms, peak RSS ${r.matchPeakMB.toFixed(0)} MB, ${r.matched} matched, total ${r.totalScore.toFixed(2)}`,
    );
  }
  const table = [
    `Measured with \`npm run bench:match\` on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} during the run (other processes share the cores: above ${cpus().length}, times stretch accordingly); cohorts from \`generateCohort\` (seed ${SEED}, 10 skills per person, 3–5 goals per mentee, capacities 1–3).`,
    'Scoring = laying the cohort out and scoring every pair once into a `Float64Array` (what `match` does first); solving = `solveAssignment` (JV) on the mentees × mentor-places matrix `match` builds; both timed alone after `match`, with the JIT warmed on a 200 × 200 cohort. Peak RSS is the whole Node process (about 50 MB of it is Node itself), read right after `match`.',
    '',
    '| mentors × mentees | mentor places | scoring (ms) | solving (ms) | `match` end to end (ms) | peak RSS during `match` (MB) | matched |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.size} × ${r.size} | ${r.slots} | ${r.scoreMs.toFixed(0)} | ${r.solveMs.toFixed(0)} | ${r.matchMs.toFixed(0)} | ${r.matchPeakMB.toFixed(0)} | ${r.matched} |`,
    ),
    '',
    ...targets(results),
  ].join('\n');
  console.log(`\n${table}`);
  if (write) writeSection(table);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The targets at 2000 × 2000, each said met or not with the figures of this run. */
function targets(results) {
  const r = results.find((x) => x.size === 2000);
  if (r === undefined) return [];
  const ratio = r.scoreMs / r.solveMs;
  return [
    'Targets at 2000 × 2000, from this run:',
    '',
    `- \`match\` end to end under 1.5 s: ${r.matchMs < 1500 ? 'met' : 'not met'} (${r.matchMs.toFixed(0)} ms).`,
    `- scoring no slower than the solver: ${ratio <= 1 ? 'met' : 'not met'} (scoring ${r.scoreMs.toFixed(0)} ms = ${ratio.toFixed(2)}× the solver's ${r.solveMs.toFixed(0)} ms; runs differ by a few per cent).`,
  ];
}

function writeSection(table) {
  const file = join(root, 'docs/benchmarks.md');
  const start = '<!-- match:start -->';
  const end = '<!-- match:end -->';
  const section = `${start}\n## Matching (\`npm run bench:match\`)\n\n${table}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + section + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
