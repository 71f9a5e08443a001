import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import { bottleneckThreshold, maxCardinality, solveAssignment } from '../../src/assignment/index';
import type { AssignmentError } from '../../src/assignment/index';
import type { PairScorer } from '../../src/scoring/index';
import type { MatchError } from '../../src/matching/MatchError';
import type { Objective } from '../../src/matching/Matching';

/*
 * The matcher's dense path before the candidate graph (mentees × mentor places, one equal column
 * per place, the dense JV solver), kept unchanged as a test oracle for one-to-one cohorts.
 */

/** What {@link optimise} is asked to solve. @internal */
export interface Problem {
  readonly scorer: PairScorer;
  /** The mentees to place (indices into `cohort.mentees`, ascending). */
  readonly rows: Int32Array;
  /** What is left of each mentor's capacity once the pins are placed. */
  readonly capacityLeft: Int32Array;
  readonly minScore: number;
  readonly objective: Objective;
  readonly solver: 'jv' | 'munkres-js';
}

/**
 * Chooses a mentor for each mentee of `rows` (or −1), optimally for the objective.
 *
 * Mentees are rows, mentor slots are columns (a mentor with `k` places left gives `k` equal
 * columns), and each pair is scored once, its score copied into the mentor's slots. A cell is
 * allowed when the pair is feasible and scores at least `minScore` (and, for `fairest`, at least
 * the bottleneck threshold). The solver always gets a complete matrix and returns
 * `min(rows, slots)` pairs; the pairs it puts on cells that are not allowed are dropped:
 *
 * - `max-total`: an allowed cell is worth its score `s ≥ 0`, any other cell 0. Dropping the 0
 *   cells turns an optimal full assignment into a matching of the same total, and any matching
 *   extends to a full assignment of at least its total, so the kept pairs have the maximum total.
 * - `max-matched`, `fairest`: an allowed cell is worth `s + B` with `B = min(rows, slots) + 1`.
 *   One more allowed pair adds `B`, more than any difference in the sum of at most
 *   `min(rows, slots)` scores in [0, 1], so the optimum has the most allowed pairs first and the
 *   largest total among them.
 * - `fairest` first finds `ν`, the most pairs the allowed cells permit (Hopcroft–Karp), then the
 *   largest `t` such that `ν` pairs exist on cells ≥ t (`bottleneckThreshold`), and solves
 *   `max-matched` on the cells ≥ t.
 *
 * @internal
 */
export function optimise(problem: Problem): Either<MatchError, Int32Array> {
  const { scorer, rows, capacityLeft, minScore, objective } = problem;
  const mentors = scorer.cols;
  const slots: number[] = [];
  for (let m = 0; m < mentors; m++) for (let k = 0; k < (capacityLeft[m] ?? 0); k++) slots.push(m);
  const slotMentor = Int32Array.from(slots);
  const R = rows.length;
  const S = slotMentor.length;
  const chosen = new Int32Array(R).fill(-1);
  if (R === 0 || S === 0) return right(chosen);

  const bonus = objective === 'max-total' ? 0 : Math.min(R, S) + 1;
  // Each pair is scored once into `rowScores`; the copies into the mentor's slots are reads.
  // Except for `fairest`, which needs the scores to find its threshold first, the cells get their
  // final value in the same pass.
  const data = new Float64Array(R * S);
  const rowScores = new Float64Array(mentors);
  const direct = objective !== 'fairest';
  for (let r = 0; r < R; r++) {
    scorer.row(rows[r] as number, rowScores);
    for (let m = 0; m < mentors; m++) {
      const s = rowScores[m] as number;
      rowScores[m] = s >= minScore ? (direct ? s + bonus : s) : direct ? 0 : Number.NEGATIVE_INFINITY;
    }
    const base = r * S;
    for (let c = 0; c < S; c++) data[base + c] = rowScores[slotMentor[c] as number] as number;
  }

  let threshold = Number.NEGATIVE_INFINITY;
  if (objective === 'fairest') {
    const matrix = { rows: R, cols: S, data };
    const most = maxCardinality(matrix, { maximize: true });
    if (isLeft(most)) return left(solverFailure(most.left[0]));
    if (most.right > 0) {
      const t = bottleneckThreshold(matrix, { minMatched: most.right });
      if (isLeft(t)) return left(solverFailure(t.left[0]));
      threshold = t.right;
    }
  }

  if (!direct) {
    for (let k = 0; k < data.length; k++) {
      const s = data[k] as number;
      data[k] = s !== Number.NEGATIVE_INFINITY && s >= threshold ? s + bonus : 0;
    }
  }
  const solved = solveAssignment({ rows: R, cols: S, data }, { maximize: true });
  if (isLeft(solved)) return left(solverFailure(solved.left[0]));

  const allowed = (e: number, m: number): boolean => {
    const s = scorer.at(e, m);
    return s >= minScore && s >= threshold;
  };
  const used = new Int32Array(mentors);
  for (let r = 0; r < R; r++) {
    const c = solved.right.rowToCol[r] as number;
    if (c < 0) continue;
    const m = slotMentor[c] as number;
    if (allowed(rows[r] as number, m)) {
      chosen[r] = m;
      used[m] = (used[m] ?? 0) + 1;
    }
  }
  // Only a pair scoring exactly 0 can be left out with its mentor free (it ties with an empty
  // cell): add such pairs, which changes no total and leaves nobody unmatched for nothing.
  for (let r = 0; r < R; r++) {
    if (chosen[r] !== -1) continue;
    for (let m = 0; m < mentors; m++) {
      if ((used[m] ?? 0) < (capacityLeft[m] ?? 0) && allowed(rows[r] as number, m)) {
        chosen[r] = m;
        used[m] = (used[m] ?? 0) + 1;
        break;
      }
    }
  }
  return right(chosen);
}

function solverFailure(cause: AssignmentError): MatchError {
  return {
    code: 'solver-failure',
    message: `the assignment solver refused the problem: ${cause.message}`,
    path: [],
    cause,
  };
}
