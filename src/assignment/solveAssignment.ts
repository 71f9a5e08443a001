import * as E from 'fp-ts/lib/Either.js';
import type { Assignment } from './Assignment';
import type { AssignmentError } from './AssignmentError';
import type { AssignmentOptions } from './AssignmentOptions';
import type { CostMatrix } from './CostMatrix';
import { invalidOption } from './internal/errors';
import { checkDenseCosts, readDense } from './internal/readDense';
import { solveDenseJv } from './internal/solveDenseJv';
import { solveMunkresJs } from './internal/solveMunkresJs';

/**
 * Solves the linear assignment problem on a dense matrix, exactly: the pairs of minimum (or, with
 * `maximize`, maximum) total, one cell per row and per column, `min(rows, cols)` pairs in all —
 * the semantics of scipy's `linear_sum_assignment`.
 *
 * `+Infinity` marks a forbidden cell (`-Infinity` when maximising). The default `jv` solver is a
 * shortest-augmenting-path solver of the Jonker–Volgenant family over typed arrays: O(n²·m) in
 * the worst case, tens of milliseconds at 1000 × 1000 (see `docs/benchmarks.md`). Rectangular
 * matrices of either orientation are solved without padding or transposed copies. Ties are broken
 * by index, so the same matrix always gives the same assignment. The input is never mutated, and
 * the call always terminates.
 *
 * @param costs - A {@link CostMatrix} (used in place) or nested rows (copied once into a typed
 *   array).
 * @param options - `maximize` (default `false`) and `solver` (`'jv'`, the default, or the guarded
 *   `'munkres-js'` backend).
 * @returns `Right(assignment)`, or `Left` with `invalid-shape` (not a matrix), `invalid-cost`
 *   (`NaN` or the wrong infinity, with its `row` and `col`), `infeasible` (no full assignment uses
 *   only allowed cells) or `invalid-option`.
 *
 * @example
 * ```ts
 * import { solveAssignment } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * // Scores, larger is better; row 1 may not take column 0.
 * const result = solveAssignment([[0.9, 0.8], [-Infinity, 0.1]], { maximize: true });
 * if (E.isRight(result)) {
 *   Array.from(result.right.rowToCol); // [0, 1]
 *   result.right.total; // 1
 * }
 * ```
 *
 * @category Assignment
 */
export function solveAssignment(
  costs: CostMatrix | ReadonlyArray<ReadonlyArray<number>>,
  options: AssignmentOptions = {},
): E.Either<AssignmentError, Assignment> {
  const maximize = options.maximize === true;
  const solver = options.solver ?? 'jv';
  if (solver !== 'jv' && solver !== 'munkres-js') {
    return E.left(invalidOption(`solver must be 'jv' or 'munkres-js', got ${String(solver)}.`, ['solver']));
  }
  const read = readDense(costs);
  if (E.isLeft(read)) return read;
  const invalid = checkDenseCosts(read.right, maximize);
  if (invalid !== undefined) return E.left(invalid);
  return solver === 'jv'
    ? solveDenseJv(read.right.matrix, maximize)
    : solveMunkresJs(read.right.matrix, maximize);
}
