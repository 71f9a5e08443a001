import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { AssignmentIssue } from './AssignmentIssue';
import type { SparseAssignmentOptions } from './AssignmentOptions';
import type { CostMatrix } from './CostMatrix';
import type { SparseCostMatrix } from './SparseCostMatrix';
import { readMaximize } from './internal/checkOptions';
import { readDense } from './internal/readDense';
import { readSafely } from './internal/readSafely';

/**
 * The sparse form of a dense matrix: every allowed (finite) cell becomes an entry, every forbidden
 * one is left out, columns in increasing order within each row.
 *
 * @param matrix - A {@link CostMatrix} or nested rows.
 * @param options - `maximize` (default `false`): `-Infinity`, not `+Infinity`, is the forbidden value.
 * @returns `Right(sparse)`, or `Left` with `invalid-shape`, `invalid-cost` (not a number, `NaN` or the wrong
 *   infinity) or `invalid-option`.
 *
 * @example
 * ```ts
 * import { sparseFromDense } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * const sparse = sparseFromDense([[4, Infinity], [2, 7]]);
 * if (E.isRight(sparse)) {
 *   Array.from(sparse.right.rowStart); // [0, 1, 3]
 *   Array.from(sparse.right.colIndex); // [0, 0, 1]
 *   Array.from(sparse.right.cost); // [4, 2, 7]
 * }
 * ```
 *
 * @category Assignment
 */
export function sparseFromDense(
  matrix: CostMatrix | ReadonlyArray<ReadonlyArray<number>>,
  options: SparseAssignmentOptions = {},
): E.Either<Issues<AssignmentIssue>, SparseCostMatrix> {
  const checked = readMaximize(options);
  if (E.isLeft(checked)) return checked;
  const maximize = checked.right;
  const read = readSafely('invalid-shape', 'The matrix', [], () => readDense(matrix, maximize));
  if (E.isLeft(read)) return read;
  const { rows, cols, data } = read.right.matrix;
  let entries = 0;
  for (let k = 0; k < data.length; k++) if (Number.isFinite(data[k] as number)) entries++;
  const rowStart = new Int32Array(rows + 1);
  const colIndex = new Int32Array(entries);
  const cost = new Float64Array(entries);
  let e = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const value = data[r * cols + c] as number;
      if (!Number.isFinite(value)) continue;
      colIndex[e] = c;
      cost[e] = value;
      e++;
    }
    rowStart[r + 1] = e;
  }
  return E.right({ rows, cols, rowStart, colIndex, cost });
}
