// `npm run bench:scoring`: scoring every pair of a generated cohort, this checkout against an
// earlier revision, side by side in one run: the single-source issue's "speed stays" check.
//
// The earlier revision's `src/` is taken with `git archive` into a temporary folder; both are
// bundled with esbuild around the same measured side (entry.ts), and each measurement runs in a
// fresh Node process, the two revisions alternating, so neither gets a warmer machine. Both score
// the same cohort (generateCohort, seed 2027, 10 skills per person, 3–5 goals per mentee, mentor
// capacities 1–3, one mentor per mentee) and must give the same digest of every score's bits.
//
//   node benchmarks/scoring/run.mjs                    2,000 × 2,000 against REVISION, 7 rounds each
//   node benchmarks/scoring/run.mjs --against REV      another revision to compare with
//   node benchmarks/scoring/run.mjs --size N --rounds R
//   node benchmarks/scoring/run.mjs --write            also rewrite the scoring section of docs/benchmarks.md
import { build } from 'esbuild';
import { writeDocSection } from '../docSection.mjs';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const SEED = 2027;
/** The last commit before each criterion and rule was defined once (the single-source refactor). */
const REVISION = 'beb2a77';

if (args[0] === '--case') {
  const { run } = await import(pathToFileURL(args[1]).href);
  process.stdout.write(JSON.stringify(run(Number(args[2]), SEED)));
  process.exit(0);
}

const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const against = option('--against', REVISION);
const size = Number(option('--size', '2000'));
const rounds = Number(option('--rounds', '7'));
const write = args.includes('--write');

const dir = mkdtempSync(join(tmpdir(), 'bench-scoring-'));
try {
  const commit = execFileSync('git', ['-C', root, 'rev-parse', '--short', against], {
    encoding: 'utf8',
  }).trim();
  const head = execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['-C', root, 'status', '--porcelain', 'src'], {
    encoding: 'utf8',
  }).trim();
  const old = join(dir, 'old');
  mkdirSync(old);
  execFileSync('sh', ['-c', `git -C "${root}" archive --format=tar ${commit} src | tar -x -C "${old}"`]);
  const variants = [
    {
      name: `${head}${dirty === '' ? '' : ' + changes'} (this checkout)`,
      api: `export { orThrow, parseCohort } from '${root}/src/domain/index';\nexport { generateCohort } from '${root}/src/synthetic/index';\nexport { pairScorer } from '${root}/src/scoring/index';\n`,
    },
    {
      name: `${commit} (before)`,
      api: `export { orThrow, parseCohort, generateCohort, pairScorer } from '${old}/src/index';\n`,
    },
  ];
  for (const [i, variant] of variants.entries()) {
    const api = join(dir, `api${i}.ts`);
    const main = join(dir, `main${i}.ts`);
    writeFileSync(api, variant.api);
    writeFileSync(
      main,
      `import * as api from './api${i}';\nimport { runScoring } from '${here}/entry';\nexport const run = (size: number, seed: number) => runScoring(api as never, size, seed);\n`,
    );
    variant.bundle = join(dir, `bundle${i}.mjs`);
    await build({
      entryPoints: [main],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: variant.bundle,
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'warning',
    });
    variant.results = [];
  }
  const loadBefore = loadavg()[0] ?? 0;
  for (let r = 0; r < rounds; r++) {
    for (const variant of r % 2 === 0 ? variants : [...variants].reverse()) {
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--case', variant.bundle, String(size)],
        { encoding: 'utf8' },
      );
      const result = JSON.parse(out);
      variant.results.push(result);
      console.log(
        `${variant.name}: first prepare ${result.prepareMs.toFixed(0)} ms, rows ${result.rowsMs.toFixed(0)} ms; warm prepare ${result.warmPrepareMs.toFixed(1)} ms, rows ${result.warmRowsMs.toFixed(0)} ms; digest ${result.digest}`,
      );
    }
  }
  const loadAfter = loadavg()[0] ?? 0;
  const table = render(variants, loadBefore, loadAfter);
  console.log(`\n${table}`);
  if (write)
    writeDocSection(
      join(root, 'docs/benchmarks.md'),
      'scoring',
      `Scoring, before and after the single-source refactor (\`npm run bench:scoring\`)`,
      table,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function render(variants, loadBefore, loadAfter) {
  const [now, before] = variants;
  const stats = (v) => ({
    prepare: median(v.results.map((r) => r.prepareMs)),
    rows: median(v.results.map((r) => r.rowsMs)),
    total: median(v.results.map((r) => r.prepareMs + r.rowsMs)),
    warmPrepare: median(v.results.map((r) => r.warmPrepareMs)),
    warmRows: median(v.results.map((r) => r.warmRowsMs)),
    warmTotal: median(v.results.map((r) => r.warmPrepareMs + r.warmRowsMs)),
    digests: [...new Set(v.results.map((r) => r.digest))],
  });
  const a = stats(now);
  const b = stats(before);
  const same = a.digests.length === 1 && b.digests.length === 1 && a.digests[0] === b.digests[0];
  const n = size.toLocaleString('en');
  const lines = [
    `Measured with \`npm run bench:scoring\` on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}. A generated ${n} × ${n} cohort (seed ${SEED}, 10 skills per person, 3–5 goals per mentee, mentor capacities 1–3) scored pair by pair, every pair once (\`pairScorer\` and its \`row\` for every mentee), by this checkout and by ${b.digests.length > 0 ? before.name.replace(' (before)', '') : '?'}, the last commit before each criterion and rule was defined once; ${rounds} rounds, each measurement in a fresh process, the two alternating; medians. Prepare = laying the cohort out and preparing the kernels; rows = scoring every mentee's row. First = the first call in the process, after a 200 × 200 cohort (what a CLI run pays); warm = the fastest of three more calls (what a long-running service pays). Each person's goals are listed by skill id, the order in which both revisions multiply the skill-gain factors, so the scores must agree to the bit.`,
    '',
    '| revision | first: prepare / rows (ms) | first: total (ms) | warm: prepare / rows (ms) | warm: total (ms) | digest of the scores |',
    '|---|---:|---:|---:|---:|---|',
    ...[
      [now, a],
      [before, b],
    ].map(
      ([v, s]) =>
        `| ${v.name} | ${s.prepare.toFixed(0)} / ${s.rows.toFixed(0)} | ${s.total.toFixed(0)} | ${s.warmPrepare.toFixed(1)} / ${s.warmRows.toFixed(0)} | ${s.warmTotal.toFixed(0)} | ${s.digests.join(', ')} |`,
    ),
    '',
    `This checkout takes ${(a.total / b.total).toFixed(2)}× the earlier revision's time on the first call and ${(a.warmTotal / b.warmTotal).toFixed(2)}× warm (target of the single-source issue: ≤ 1.00×: ${a.total <= b.total && a.warmTotal <= b.warmTotal ? 'met' : 'not met'}); ${same ? 'both give the same scores to the bit (one digest).' : '**the scores differ** (different digests).'}`,
  ];
  return lines.join('\n');
}
