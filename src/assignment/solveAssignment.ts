import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { Assignment } from './Assignment';
import type { AssignmentIssue } from './AssignmentIssue';
import type { AssignmentOptions } from './AssignmentOptions';
import type { CostMatrix } from './CostMatrix';
import { readMaximize } from './internal/checkOptions';
import { readDense } from './internal/readDense';
import { solveDenseJv } from './internal/solveDenseJv';
import { readSafely } from './internal/readSafely';

/**
 * Solves the linear assignment problem on a dense matrix, exactly: the pairs of minimum (or, with
 * `maximize`, maximum) total, one cell per row and per column, `min(rows, cols)` pairs in all —
 * the semantics of scipy's `linear_sum_assignment`.
 *
 * `+Infinity` marks a forbidden cell (`-Infinity` when maximising). A shortest-augmenting-path
 * solver of the Jonker–Volgenant family over typed arrays: O(n²·m) in the worst case, tens of
 * milliseconds at 1000 × 1000 (see `docs/benchmarks.md`). Rectangular matrices of either
 * orientation are solved without padding or transposed copies. A square matrix with the strict
 * Monge property (or its inverse, as Machol–Wien `c[i][j] = i·j`, the worst case of such solvers)
 * is recognised in one pass: its unique optimum is the identity (the anti-identity).
 *
 * Exactness: integer matrices (and multiples of one power of two) below about `2^53 / 8n` are
 * solved in exact double arithmetic; floats of one scale (scores, random floats) to the precision
 * of doubles; a matrix whose range doubles cannot handle without loss (`1e17` beside `3`, cells
 * near `±1e308`) by an exact BigInt solver, or, above 40,000 cells, a `Left` `imprecise-costs`.
 * The `total` is a compensated (Neumaier) sum of the chosen cells in row order.
 *
 * Ties are broken by index, in the orientation the solver works in (the matrix itself when
 * `rows <= cols`, its transpose otherwise, as scipy does): every choice between equally good
 * cells takes the lower index — the lowest row in a column's minimum, the lowest free column in a
 * row's search — so the same matrix always gives the same assignment, and a matrix of equal cells
 * gives the identity (rows `0 … k-1` on columns `0 … k-1`). The input is never mutated, and the
 * call always terminates.
 *
 * @param costs - A {@link CostMatrix} (used in place) or nested rows (copied once into a typed
 *   array). Untyped callers get a `Left`, never a coercion: every cell must be a number.
 * @param options - `maximize` (default `false`).
 * @returns `Right(assignment)`, or `Left` with every issue found: `invalid-shape` (not a matrix),
 *   `invalid-cost` (a cell that is not a number, `NaN` or the wrong infinity, with its `row` and
 *   `col`), `infeasible` (no full assignment uses only allowed cells), `imprecise-costs` or
 *   `invalid-option`.
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
): E.Either<Issues<AssignmentIssue>, Assignment> {
  const checked = readMaximize(options);
  if (E.isLeft(checked)) return checked;
  const maximize = checked.right;
  const read = readSafely('invalid-shape', 'The matrix', [], () => readDense(costs, maximize));
  if (E.isLeft(read)) return read;
  return solveDenseJv(read.right, maximize);
}
