/**
 * The benchmark's TypeScript side, bundled by run.mjs with esbuild: one case = one generated
 * cohort, timed end to end through `match`, and split into its two heavy phases measured on the
 * same cohort: scoring (every pair once, as `match` does) and solving (the solver on the
 * mentees × mentor-slots matrix that `match` builds).
 */
import { isLeft } from 'fp-ts/lib/Either.js';
import { solveAssignment } from '../../src/assignment/index';
import { orThrow, parseCohort } from '../../src/domain/index';
import { generateCohort } from '../../src/synthetic/index';
import { match } from '../../src/matching/index';
import { pairScorer } from '../../src/scoring/index';

export interface CaseResult {
  readonly size: number;
  readonly slots: number;
  readonly parseMs: number;
  readonly scoreMs: number;
  readonly solveMs: number;
  readonly matchMs: number;
  /** Peak resident memory of the process (MB) right after `match`, before the split phases run. */
  readonly matchPeakMB: number;
  readonly matched: number;
  readonly totalScore: number;
}

/**
 * One case. A small cohort is matched first so that the JIT has compiled the hot loops before
 * anything is timed; then `match` runs end to end (its peak memory read right after), then the
 * two phases alone on the same cohort.
 */
export function runCase(size: number, seed: number, peakMB: () => number): CaseResult {
  orThrow(
    match(orThrow(parseCohort(orThrow(generateCohort({ mentors: 200, mentees: 200, seed: seed + 1 }))))),
  );
  const input = orThrow(
    generateCohort({ mentors: size, mentees: size, seed, skillsPerPerson: 10, goalsPerMentee: [3, 5] }),
  );
  let t = performance.now();
  const cohort = orThrow(parseCohort(input));
  const parseMs = performance.now() - t;

  t = performance.now();
  const matching = orThrow(match(cohort));
  const matchMs = performance.now() - t;
  const matchPeakMB = peakMB();

  // Scoring, as match does it: lay the cohort out once, score every pair once into a Float64Array.
  t = performance.now();
  const scorer = pairScorer(cohort);
  const scores = new Float64Array(scorer.rows * scorer.cols);
  for (let e = 0; e < scorer.rows; e++) scorer.row(e, scores, e * scorer.cols);
  const scoreMs = performance.now() - t;

  // Solving, as match does it: pinned mentees out, one column per free place, allowed cells
  // worth their score and the others 0 (max-total).
  const minScore = cohort.programme.rules.minScore;
  const places = cohort.mentors.map((m) => m.capacity);
  const pinned = new Set<string>();
  for (const [mentorId, menteeId] of cohort.programme.rules.pinnedPairs) {
    pinned.add(menteeId);
    const i = cohort.mentors.findIndex((m) => m.id === mentorId);
    places[i] = (places[i] ?? 1) - 1;
  }
  const slots = places.flatMap((k, m) => Array<number>(Math.max(0, k)).fill(m));
  const rows = cohort.mentees.flatMap((mentee, e) => (pinned.has(mentee.id) ? [] : [e]));
  const data = new Float64Array(rows.length * slots.length);
  rows.forEach((e, r) => {
    slots.forEach((m, c) => {
      const s = scores[e * scorer.cols + m] ?? Number.NEGATIVE_INFINITY;
      data[r * slots.length + c] = s >= minScore ? s : 0;
    });
  });
  t = performance.now();
  const solved = solveAssignment({ rows: rows.length, cols: slots.length, data }, { maximize: true });
  const solveMs = performance.now() - t;
  if (isLeft(solved)) throw new Error(solved.left[0].message);
  return {
    size,
    slots: slots.length,
    parseMs,
    scoreMs,
    solveMs,
    matchMs,
    matchPeakMB,
    matched: matching.pairs.length,
    totalScore: matching.totalScore,
  };
}
