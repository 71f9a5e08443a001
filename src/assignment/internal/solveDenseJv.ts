import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { Assignment } from '../Assignment';
import type { AssignmentIssue } from '../AssignmentIssue';
import type { Blocked } from './Blocked';
import { impreciseCosts, infeasibleLine } from './errors';
import { exactCells, lapExact } from './lapExact';
import { lapjvDense } from './lapjvDense';
import { mongeDiagonal } from './mongeDiagonal';
import { type CellRange, precisionOf } from './precisionOf';
import type { DenseInput } from './readDense';
import { sumAssigned } from './sumAssigned';

/**
 * The largest matrix (in cells) that the exact BigInt solver takes: it does O(n²m) BigInt
 * operations, about a second at this size.
 *
 * @internal
 */
export const EXACT_CELLS = 40_000;

/**
 * Whether a matrix has few distinct values for its size (its cells, as multiples of the smallest
 * one, stay below `m / 4`), so that most rows tie for their cheapest cells and the tie-aware start
 * pays (see `reduceDense`).
 */
const tieHeavy = (range: CellRange, m: number): boolean => range.largest * 4 <= m * range.smallest;

/**
 * Solves a checked dense matrix: the double kernel when doubles solve it exactly or to their
 * precision (see `precisionOf`), after one look for the strict Monge structure that puts the
 * optimum of a square matrix on a diagonal (see `mongeDiagonal`); the exact BigInt kernel when
 * doubles would lose cells or overflow; `imprecise-costs` when such a matrix is too large for it.
 * The kernel runs in the orientation it needs (`rows <= cols` as given, otherwise transposed by
 * strides, without a copy) and the result is mapped back.
 *
 * @internal
 */
export function solveDenseJv(
  input: DenseInput,
  maximize: boolean,
): E.Either<Issues<AssignmentIssue>, Assignment> {
  const { rows, cols, data } = input.matrix;
  const rowToCol = new Int32Array(rows);
  const colToRow = new Int32Array(cols);
  const sign = maximize ? -1 : 1;
  const transposed = rows > cols;
  const [n, m, rs, cs, x, y] = transposed
    ? ([cols, rows, 1, cols, colToRow, rowToCol] as const)
    : ([rows, cols, cols, 1, rowToCol, colToRow] as const);
  const precision = precisionOf(data, n, input.range);
  let blocked: Blocked;
  if (precision.kind !== 'lossy') {
    // A strictly Monge square matrix (Machol–Wien) has its optimum on a diagonal: one pass.
    if (rows === cols && mongeDiagonal(data, n, sign, input.range.largest, x, y)) {
      return E.right({ rowToCol, colToRow, total: sumAssigned(data, cols, rowToCol) });
    }
    blocked = lapjvDense(data, n, m, rs, cs, sign, x, y, true, tieHeavy(input.range, m));
  } else if (data.length <= EXACT_CELLS) {
    blocked = lapExact(exactCells(data, sign), n, m, rs, cs, x, y);
  } else {
    const k = precision.smallest;
    const row = Math.floor(k / cols);
    const col = k - row * cols;
    return E.left([impreciseCosts(row, col, EXACT_CELLS, input.nested ? [row, col] : ['data', k])]);
  }
  if (blocked !== undefined) {
    // A line of the solved orientation is a column of the caller's matrix when transposed.
    const isCol = (blocked.line === 'col') !== transposed;
    return E.left([infeasibleLine(blocked.index, isCol, Math.min(rows, cols))]);
  }
  return E.right({ rowToCol, colToRow, total: sumAssigned(data, cols, rowToCol) });
}
