import * as E from 'fp-ts/lib/Either.js';
import type { AssignmentError } from '../AssignmentError';
import type { SparseCostMatrix } from '../SparseCostMatrix';
import { invalidCost, invalidShape } from './errors';

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Checks a CSR matrix completely, in O(rows + cols + entries) time and memory: sizes, offsets,
 * column range, no column twice in a row, and no `NaN` or wrong infinity. Paths point into the
 * caller's arrays (`['colIndex', e]`, `['cost', e]`).
 *
 * @internal
 */
export function readSparse(
  matrix: SparseCostMatrix,
  maximize: boolean,
): E.Either<AssignmentError, SparseCostMatrix> {
  const { rows, cols, rowStart, colIndex, cost } = matrix;
  if (!isSize(rows))
    return E.left(invalidShape(`rows must be a non-negative integer, got ${String(rows)}.`, ['rows']));
  if (!isSize(cols))
    return E.left(invalidShape(`cols must be a non-negative integer, got ${String(cols)}.`, ['cols']));
  if (!(rowStart instanceof Int32Array) || rowStart.length !== rows + 1) {
    return E.left(
      invalidShape(`rowStart must be an Int32Array of rows + 1 = ${rows + 1} offsets.`, ['rowStart']),
    );
  }
  if (!(colIndex instanceof Int32Array))
    return E.left(invalidShape('colIndex must be an Int32Array.', ['colIndex']));
  if (!(cost instanceof Float64Array) || cost.length !== colIndex.length) {
    return E.left(
      invalidShape(`cost must be a Float64Array as long as colIndex (${colIndex.length}).`, ['cost']),
    );
  }
  if (rowStart[0] !== 0) return E.left(invalidShape('rowStart[0] must be 0.', ['rowStart', 0]));
  if (rowStart[rows] !== colIndex.length) {
    return E.left(
      invalidShape(`rowStart[${rows}] must equal the number of entries, ${colIndex.length}.`, [
        'rowStart',
        rows,
      ]),
    );
  }
  // `seen[j] === r + 1` marks column j as already present in row r, without clearing per row.
  const seen = new Int32Array(cols);
  const wrong = maximize ? Infinity : -Infinity;
  for (let r = 0; r < rows; r++) {
    const from = rowStart[r] as number;
    const to = rowStart[r + 1] as number;
    if (to < from)
      return E.left(invalidShape(`rowStart must not decrease (at row ${r}).`, ['rowStart', r + 1]));
    for (let e = from; e < to; e++) {
      const j = colIndex[e] as number;
      if (j < 0 || j >= cols)
        return E.left(
          invalidShape(`Entry ${e} of row ${r} has column ${j}, outside [0, ${cols}).`, ['colIndex', e]),
        );
      if (seen[j] === r + 1)
        return E.left(invalidShape(`Row ${r} lists column ${j} twice (entry ${e}).`, ['colIndex', e]));
      seen[j] = r + 1;
      const value = cost[e] as number;
      if (value === wrong || value !== value) return E.left(invalidCost(r, j, value, maximize, ['cost', e]));
    }
  }
  return E.right(matrix);
}
