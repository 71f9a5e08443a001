import * as E from 'fp-ts/lib/Either.js';
import type { AssignmentError } from './AssignmentError';
import type { CostMatrix } from './CostMatrix';
import { readDense } from './internal/readDense';

/**
 * Builds a {@link CostMatrix} from nested rows, copying them once into a row-major
 * `Float64Array`. Worth it when the same matrix is solved more than once; the solvers also accept
 * nested rows directly.
 *
 * @param rows - The rows, all of the same length (no rows at all is the empty `0 × 0` matrix).
 * @returns `Right(matrix)`, or `Left` `invalid-shape` with the path `[row]` of the first row whose
 *   length differs from row 0's. The values themselves are checked by the solvers.
 *
 * @example
 * ```ts
 * import { costMatrixFromRows } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * const m = costMatrixFromRows([[1, 2, 3], [4, 5, 6]]);
 * if (E.isRight(m)) {
 *   m.right.rows; // 2
 *   m.right.cols; // 3
 *   Array.from(m.right.data); // [1, 2, 3, 4, 5, 6]
 * }
 * ```
 *
 * @category Assignment
 */
export function costMatrixFromRows(
  rows: ReadonlyArray<ReadonlyArray<number>>,
): E.Either<AssignmentError, CostMatrix> {
  if (!Array.isArray(rows))
    return E.left({ kind: 'invalid-shape', message: 'The rows must be an array of arrays.', path: [] });
  return E.map((input: { readonly matrix: CostMatrix }) => input.matrix)(readDense(rows));
}
