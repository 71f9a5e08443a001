/**
 * The benchmark's TypeScript side, bundled by run.mjs with esbuild: one case = one generated
 * cohort (capacities 1–3, mentees wanting 1–2 mentors) run through `match` for one objective, or
 * through `compareStrategies`, with the time split by the run's own progress phases (scoring the
 * rows into the candidate graph, solving with the optimality certificate, explaining the pairs).
 */
import { orThrow, parseCohort } from '../../src/domain/index';
import { compareStrategies } from '../../src/evaluation/index';
import { type MatchProgress, type Objective, match } from '../../src/matching/index';
import { generateCohort } from '../../src/synthetic/index';

export interface CaseResult {
  readonly size: number;
  readonly what: Objective | 'compare';
  readonly parseMs: number;
  /** Milliseconds in each phase, in the order first seen. */
  readonly phases: Readonly<Record<string, number>>;
  readonly totalMs: number;
  /** Peak resident memory of the process (MB) after the run. */
  readonly peakMB: number;
  readonly pairs: number;
  readonly short: number;
  readonly totalScore: number;
  /**
   * With `repeats`: the best of that many more runs of `match` on the same cohort after the timed
   * one (milliseconds), as scipy is timed (best of 3 after a warm-up on the same matrix).
   */
  readonly bestOfMs?: number;
}

const cohortOf = (size: number, seed: number) =>
  orThrow(
    parseCohort(
      orThrow(
        generateCohort({
          mentors: size,
          mentees: size,
          seed,
          skillsPerPerson: 10,
          goalsPerMentee: [3, 5],
          capacity: [1, 3],
          menteeCapacity: [1, 2],
        }),
      ),
    ),
  );

/**
 * One case. A small cohort is matched first so that the JIT has compiled the hot loops before
 * anything is timed; the case's own first run is then timed (the figure of the table), and with
 * `repeats` (a single objective only), that many more runs on the same cohort, of which the best.
 */
export function runCase(
  size: number,
  seed: number,
  what: Objective | 'compare',
  peakMB: () => number,
  repeats = 0,
): CaseResult {
  orThrow(match(cohortOf(200, seed + 1), { objective: what === 'compare' ? 'max-total' : what }));
  let t = performance.now();
  const cohort = cohortOf(size, seed);
  const parseMs = performance.now() - t;

  const phases: Record<string, number> = {};
  let phase = 'start';
  let since = performance.now();
  const onPhase = (next: string): void => {
    if (next === phase) return;
    const now = performance.now();
    phases[phase] = (phases[phase] ?? 0) + now - since;
    phase = next;
    since = now;
  };
  t = performance.now();
  since = t;
  let pairs = 0;
  let short = 0;
  let totalScore = 0;
  if (what === 'compare') {
    const result = orThrow(
      compareStrategies(cohort, {
        onProgress: (p) =>
          onPhase(
            p.phase === 'strategies'
              ? phase
              : p.phase === 'baseline'
                ? 'baselines (stable, greedy, random)'
                : p.phase === 'solving'
                  ? 'solving (max-total, max-matched, fairest)'
                  : p.phase,
          ),
      }),
    );
    pairs = result.strategies[0]?.report.matched ?? 0;
    totalScore = result.strategies[0]?.report.totalScore ?? 0;
  } else {
    const matching = orThrow(
      match(cohort, { objective: what, onProgress: (p: MatchProgress) => onPhase(p.phase) }),
    );
    pairs = matching.pairs.length;
    short = matching.unmatched.length;
    totalScore = matching.totalScore;
  }
  onPhase('end');
  delete phases.start;
  const totalMs = performance.now() - t;
  let bestOfMs: number | undefined;
  if (what !== 'compare')
    for (let i = 0; i < repeats; i++) {
      const again = performance.now();
      orThrow(match(cohort, { objective: what }));
      bestOfMs = Math.min(bestOfMs ?? Number.POSITIVE_INFINITY, performance.now() - again);
    }
  return {
    size,
    what,
    parseMs,
    phases,
    totalMs,
    peakMB: peakMB(),
    pairs,
    short,
    totalScore,
    ...(bestOfMs === undefined ? {} : { bestOfMs }),
  };
}
