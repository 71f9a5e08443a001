import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { AssignmentIssue } from './AssignmentIssue';
import type { CostMatrix } from './CostMatrix';
import { invalidShape } from './internal/errors';
import { readDense } from './internal/readDense';

/**
 * Builds a {@link CostMatrix} from nested rows, copying them once into a row-major
 * `Float64Array`. Worth it when the same matrix is solved more than once; the solvers also accept
 * nested rows directly.
 *
 * @param rows - The rows, all of the same length (no rows at all is the empty `0 × 0` matrix).
 * @returns `Right(matrix)`, or `Left` with `invalid-shape` (path `[row]`) for every row that is not an array
 *   or whose length differs from row 0's, and `invalid-cost` (path `[row, col]`) for every cell
 *   that is not a number. `NaN` and infinities are numbers: the solvers check them.
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
): E.Either<Issues<AssignmentIssue>, CostMatrix> {
  if (!Array.isArray(rows)) return E.left([invalidShape('The rows must be an array of arrays.', [])]);
  // Any number is kept (NaN, either infinity): which infinity is forbidden is the solver's option.
  return E.map((input: { readonly matrix: CostMatrix }) => input.matrix)(readDense(rows, 'any'));
}
