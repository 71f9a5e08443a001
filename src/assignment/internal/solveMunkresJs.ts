import munkres from 'munkres-js';
import * as E from 'fp-ts/lib/Either.js';
import type { Assignment } from '../Assignment';
import type { AssignmentError } from '../AssignmentError';
import type { CostMatrix } from '../CostMatrix';
import { denseAllowedCells } from './allowedCells';
import { infeasible, solverFailure } from './errors';
import { hopcroftKarp } from './hopcroftKarp';
import { sumAssigned } from './sumAssigned';

/**
 * The `munkres-js` backend, guarded so that it cannot hang or answer wrongly in silence.
 *
 * munkres-js loops forever on a `NaN` cost or on a row without a finite cost, and it knows no
 * forbidden cells. So: `NaN` is rejected before (by the caller); feasibility is decided first by
 * Hopcroft–Karp on the allowed cells; the costs are shifted to be non-negative and every forbidden
 * cell becomes a finite penalty larger than any full assignment of allowed cells can cost, so
 * that, the problem being feasible, no optimum uses one; and the answer is checked (size, one cell
 * per row and column, no forbidden cell) before it is returned. Padding to square, which
 * munkres-js does with zeros, adds a constant row or column and so changes no optimum.
 *
 * @internal
 */
export function solveMunkresJs(matrix: CostMatrix, maximize: boolean): E.Either<AssignmentError, Assignment> {
  const { rows, cols, data } = matrix;
  const size = Math.min(rows, cols);
  const rowToCol = new Int32Array(rows).fill(-1);
  const colToRow = new Int32Array(cols).fill(-1);
  if (size === 0) return E.right({ rowToCol, colToRow, total: 0 });

  const allowed = denseAllowedCells(matrix);
  const matched = hopcroftKarp(
    rows,
    allowed.start,
    allowed.end,
    allowed.adj,
    new Int32Array(rows),
    new Int32Array(cols),
    size,
  );
  if (matched < size) {
    return E.left(
      infeasible(
        `No assignment of ${size} pairs uses only allowed cells: at most ${matched} can be matched.`,
      ),
    );
  }

  const sign = maximize ? -1 : 1;
  let low = Infinity;
  let high = -Infinity;
  for (let k = 0; k < data.length; k++) {
    const value = sign * (data[k] as number);
    if (value === Infinity) continue;
    if (value < low) low = value;
    if (value > high) high = value;
  }
  // Any full assignment of allowed cells costs at most size × (high - low) after the shift.
  const penalty = 2 * size * (high - low) + 1;
  if (!Number.isFinite(penalty)) {
    return E.left(
      solverFailure(
        'The costs span too wide a range for the munkres-js backend to mark forbidden cells safely; use the jv solver.',
      ),
    );
  }
  const table: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = new Array<number>(cols);
    for (let c = 0; c < cols; c++) {
      const value = sign * (data[r * cols + c] as number);
      row[c] = value === Infinity ? penalty : value - low;
    }
    table.push(row);
  }

  const pairs = munkres(table);
  for (const [r, c] of pairs) {
    const valid =
      Number.isInteger(r) &&
      Number.isInteger(c) &&
      r >= 0 &&
      r < rows &&
      c >= 0 &&
      c < cols &&
      rowToCol[r] === -1 &&
      colToRow[c] === -1 &&
      Number.isFinite(data[r * cols + c] as number);
    if (!valid)
      return E.left(solverFailure(`munkres-js returned an invalid pair (${String(r)}, ${String(c)}).`));
    rowToCol[r] = c;
    colToRow[c] = r;
  }
  if (pairs.length !== size)
    return E.left(solverFailure(`munkres-js returned ${pairs.length} pairs instead of ${size}.`));
  return E.right({ rowToCol, colToRow, total: sumAssigned(data, cols, rowToCol) });
}
