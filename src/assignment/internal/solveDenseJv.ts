import * as E from 'fp-ts/lib/Either.js';
import type { Assignment } from '../Assignment';
import type { AssignmentError } from '../AssignmentError';
import type { CostMatrix } from '../CostMatrix';
import { infeasibleLine } from './errors';
import { lapjvDense } from './lapjvDense';
import { sumAssigned } from './sumAssigned';

/**
 * Runs the dense kernel on a checked matrix in the orientation it needs (`rows <= cols` as given,
 * otherwise transposed by strides, without a copy) and maps the result back.
 *
 * @internal
 */
export function solveDenseJv(matrix: CostMatrix, maximize: boolean): E.Either<AssignmentError, Assignment> {
  const { rows, cols, data } = matrix;
  const rowToCol = new Int32Array(rows);
  const colToRow = new Int32Array(cols);
  const sign = maximize ? -1 : 1;
  const transposed = rows > cols;
  const blocked = transposed
    ? lapjvDense(data, cols, rows, 1, cols, sign, colToRow, rowToCol)
    : lapjvDense(data, rows, cols, cols, 1, sign, rowToCol, colToRow);
  if (blocked !== undefined) {
    // A line of the solved orientation is a column of the caller's matrix when transposed.
    const isCol = (blocked.line === 'col') !== transposed;
    return E.left(infeasibleLine(blocked.index, isCol, Math.min(rows, cols)));
  }
  return E.right({ rowToCol, colToRow, total: sumAssigned(data, cols, rowToCol) });
}
