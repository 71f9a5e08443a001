import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { AssignmentIssue } from './AssignmentIssue';
import type { SparseAssignmentOptions } from './AssignmentOptions';
import type { CostMatrix } from './CostMatrix';
import type { SparseCostMatrix } from './SparseCostMatrix';
import { type AllowedCells, denseAllowedCells, sparseAllowedCells } from './internal/allowedCells';
import { hopcroftKarp } from './internal/hopcroftKarp';
import { isSparse } from './internal/isSparse';
import { readMaximize } from './internal/checkOptions';
import { readDense } from './internal/readDense';
import { readSparse } from './internal/readSparse';
import { readSafely } from './internal/readSafely';

/**
 * The size of a maximum matching over the allowed (finite) cells of a matrix: how many rows can be
 * paired at best, ignoring the costs. Use it before an optimisation that must match "as many as
 * possible": when it is below `min(rows, cols)`, {@link solveAssignment} is `infeasible`, and the
 * caller can decide whom to leave out (for example with {@link bottleneckThreshold}'s
 * `minMatched`).
 *
 * Hopcroft–Karp, O(E √V), on the allowed cells; dense or sparse input. As everywhere in this
 * module, `maximize` decides which infinity is forbidden (`-Infinity` when `true`), and `NaN` or
 * the other infinity is an `invalid-cost` error.
 *
 * @param matrix - A dense {@link CostMatrix}, nested rows, or a {@link SparseCostMatrix}.
 * @param options - `maximize` (default `false`): read `-Infinity` as the forbidden value.
 * @returns `Right(size)` with `0 <= size <= min(rows, cols)`, or `Left` for a malformed matrix.
 *
 * @example
 * ```ts
 * import { maxCardinality } from 'reverse-mentoring/assignment';
 * // Both rows can only use column 0: one of them stays unmatched.
 * maxCardinality([[0.9, -Infinity], [0.4, -Infinity]], { maximize: true }); // { _tag: 'Right', right: 1 }
 * ```
 *
 * @category Assignment
 */
export function maxCardinality(
  matrix: CostMatrix | SparseCostMatrix | ReadonlyArray<ReadonlyArray<number>>,
  options: SparseAssignmentOptions = {},
): E.Either<Issues<AssignmentIssue>, number> {
  const checked = readMaximize(options);
  if (E.isLeft(checked)) return checked;
  const maximize = checked.right;
  const sparse = readSafely<AssignmentIssue, boolean>('invalid-shape', 'The matrix', [], () =>
    E.right(isSparse(matrix)),
  );
  if (E.isLeft(sparse)) return sparse;
  if (sparse.right) {
    const read = readSafely('invalid-shape', 'The matrix', [], () =>
      readSparse(matrix as SparseCostMatrix, maximize),
    );
    if (E.isLeft(read)) return read;
    return E.right(matchAllowed(read.right.rows, read.right.cols, sparseAllowedCells(read.right)));
  }
  const read = readSafely('invalid-shape', 'The matrix', [], () =>
    readDense(matrix as CostMatrix | ReadonlyArray<ReadonlyArray<number>>, maximize),
  );
  if (E.isLeft(read)) return read;
  const { rows, cols } = read.right.matrix;
  return E.right(matchAllowed(rows, cols, denseAllowedCells(read.right.matrix)));
}

const matchAllowed = (rows: number, cols: number, cells: AllowedCells): number =>
  hopcroftKarp(
    rows,
    cells.start,
    cells.end,
    cells.adj,
    new Int32Array(rows),
    new Int32Array(cols),
    Math.min(rows, cols),
  );
