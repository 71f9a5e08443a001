import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { Assignment } from './Assignment';
import type { AssignmentIssue } from './AssignmentIssue';
import type { SparseAssignmentOptions } from './AssignmentOptions';
import type { SparseCostMatrix } from './SparseCostMatrix';
import { readMaximize } from './internal/checkOptions';
import { impreciseCosts, infeasibleLine } from './internal/errors';
import { lapjvSparse } from './internal/lapjvSparse';
import { cellRange, precisionOf } from './internal/precisionOf';
import { readSparse } from './internal/readSparse';
import { EXACT_CELLS, solveDenseJv } from './internal/solveDenseJv';
import { NeumaierSum } from './internal/sumAssigned';
import { transposeCsr } from './internal/transposeCsr';
import { readSafely } from './internal/readSafely';

/**
 * Solves the linear assignment problem on a sparse (CSR) matrix, exactly, with the semantics of
 * {@link solveAssignment}: `min(rows, cols)` pairs of minimum (or maximum) total, an absent cell
 * being forbidden like an infinite one.
 *
 * A sparse Jonker–Volgenant solver (LAPJVsp / LAPMOD family) that works on the CSR arrays alone:
 * time and memory grow with the entries, never with `rows × cols`, so a cohort where each mentee
 * has a few dozen feasible mentors stays cheap at any size. A tall matrix (`rows > cols`) is
 * solved through its transpose, built in O(entries). Ties are broken by position, so the same
 * input always gives the same assignment; the input is never mutated. Exactness is that of
 * {@link solveAssignment}: entries whose range doubles cannot handle go to the exact solver (as a
 * dense matrix, up to 40,000 cells) or give `imprecise-costs`; the total is a compensated sum.
 *
 * @param costs - A {@link SparseCostMatrix}.
 * @param options - `maximize` (default `false`): maximise, `-Infinity` being the forbidden value.
 * @returns `Right(assignment)`, or `Left` with `invalid-shape` (malformed CSR arrays),
 *   `invalid-cost` (`NaN` or the wrong infinity), `infeasible`, `imprecise-costs` or
 *   `invalid-option`.
 *
 * @example
 * ```ts
 * import { solveSparseAssignment } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * // [[4, ·], [2, 7]]: row 0 can only take column 0.
 * const result = solveSparseAssignment({
 *   rows: 2, cols: 2,
 *   rowStart: Int32Array.of(0, 1, 3), colIndex: Int32Array.of(0, 0, 1), cost: Float64Array.of(4, 2, 7),
 * });
 * if (E.isRight(result)) {
 *   Array.from(result.right.rowToCol); // [0, 1]
 *   result.right.total; // 11
 * }
 * ```
 *
 * @category Assignment
 */
export function solveSparseAssignment(
  costs: SparseCostMatrix,
  options: SparseAssignmentOptions = {},
): E.Either<Issues<AssignmentIssue>, Assignment> {
  const checked = readMaximize(options);
  if (E.isLeft(checked)) return checked;
  const maximize = checked.right;
  const read = readSafely('invalid-shape', 'The matrix', [], () => readSparse(costs, maximize));
  if (E.isLeft(read)) return read;
  const { rows, cols, rowStart, colIndex, cost } = read.right;
  const precision = precisionOf(cost, Math.min(rows, cols));
  if (precision.kind === 'lossy') {
    if (rows * cols <= EXACT_CELLS) return solveLossy(read.right, maximize);
    const e = precision.smallest;
    let r = 0;
    while ((rowStart[r + 1] as number) <= e) r++;
    return E.left([impreciseCosts(r, colIndex[e] as number, EXACT_CELLS, ['cost', e])]);
  }
  const rowToCol = new Int32Array(rows);
  const colToRow = new Int32Array(cols);
  const sign = maximize ? -1 : 1;
  const csr = { start: rowStart, col: colIndex, cost };
  const transposed = rows > cols;
  const blocked = transposed
    ? lapjvSparse(cols, rows, transposeCsr(rows, cols, csr), sign, colToRow, rowToCol)
    : lapjvSparse(rows, cols, csr, sign, rowToCol, colToRow);
  if (blocked !== undefined) {
    return E.left([
      infeasibleLine(blocked.index, (blocked.line === 'col') !== transposed, Math.min(rows, cols)),
    ]);
  }
  // The total, summed in row order over the caller's own entries.
  const total = new NeumaierSum();
  for (let r = 0; r < rows; r++) {
    const c = rowToCol[r] as number;
    if (c < 0) continue;
    for (let e = rowStart[r] as number; e < (rowStart[r + 1] as number); e++) {
      if (colIndex[e] === c) {
        total.add(cost[e] as number);
        break;
      }
    }
  }
  return E.right({ rowToCol, colToRow, total: total.value() });
}

/** Entries that doubles cannot handle, in a matrix small enough for the exact dense solver. */
function solveLossy(
  matrix: SparseCostMatrix,
  maximize: boolean,
): E.Either<Issues<AssignmentIssue>, Assignment> {
  const { rows, cols, rowStart, colIndex, cost } = matrix;
  const data = new Float64Array(rows * cols).fill(maximize ? -Infinity : Infinity);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r] as number; e < (rowStart[r + 1] as number); e++) {
      data[r * cols + (colIndex[e] as number)] = cost[e] as number;
    }
  }
  return solveDenseJv({ matrix: { rows, cols, data }, nested: false, range: cellRange(data) }, maximize);
}
