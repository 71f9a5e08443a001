import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { AssignmentIssue } from '../AssignmentIssue';
import type { SparseCostMatrix } from '../SparseCostMatrix';
import { invalidCost, invalidShape } from './errors';
import { MAX_CELL_ISSUES } from './readDense';

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

const shape = (
  message: string,
  path: ReadonlyArray<string | number>,
): E.Either<Issues<AssignmentIssue>, never> => E.left([invalidShape(message, path)]);

/**
 * Checks a CSR matrix from a possibly untyped caller completely, in O(rows + cols + entries) time
 * and memory: sizes, array types, offsets, column range, no column twice in a row, and no `NaN` or
 * wrong infinity (every such entry, up to {@link MAX_CELL_ISSUES}). Paths point into the caller's
 * arrays (`['colIndex', e]`, `['cost', e]`).
 *
 * @internal
 */
export function readSparse(
  input: unknown,
  maximize: boolean,
): E.Either<Issues<AssignmentIssue>, SparseCostMatrix> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return shape('The matrix must be a SparseCostMatrix.', []);
  }
  const { rows, cols, rowStart, colIndex, cost } = input as Partial<Record<keyof SparseCostMatrix, unknown>>;
  if (!isSize(rows)) return shape(`rows must be a non-negative integer, got ${String(rows)}.`, ['rows']);
  if (!isSize(cols)) return shape(`cols must be a non-negative integer, got ${String(cols)}.`, ['cols']);
  if (!(rowStart instanceof Int32Array) || rowStart.length !== rows + 1) {
    return shape(`rowStart must be an Int32Array of rows + 1 = ${rows + 1} offsets.`, ['rowStart']);
  }
  if (!(colIndex instanceof Int32Array)) return shape('colIndex must be an Int32Array.', ['colIndex']);
  if (!(cost instanceof Float64Array) || cost.length !== colIndex.length) {
    return shape(`cost must be a Float64Array as long as colIndex (${colIndex.length}).`, ['cost']);
  }
  if (rowStart[0] !== 0) return shape('rowStart[0] must be 0.', ['rowStart', 0]);
  if (rowStart[rows] !== colIndex.length) {
    return shape(`rowStart[${rows}] must equal the number of entries, ${colIndex.length}.`, [
      'rowStart',
      rows,
    ]);
  }
  // `seen[j] === r + 1` marks column j as already present in row r, without clearing per row.
  const seen = new Int32Array(cols);
  const wrong = maximize ? Infinity : -Infinity;
  const costs: AssignmentIssue[] = [];
  for (let r = 0; r < rows; r++) {
    const from = rowStart[r] as number;
    const to = rowStart[r + 1] as number;
    if (to < from) return shape(`rowStart must not decrease (at row ${r}).`, ['rowStart', r + 1]);
    for (let e = from; e < to; e++) {
      const j = colIndex[e] as number;
      if (j < 0 || j >= cols) {
        return shape(`Entry ${e} of row ${r} has column ${j}, outside [0, ${cols}).`, ['colIndex', e]);
      }
      if (seen[j] === r + 1) return shape(`Row ${r} lists column ${j} twice (entry ${e}).`, ['colIndex', e]);
      seen[j] = r + 1;
      const value = cost[e] as number;
      if ((value === wrong || value !== value) && costs.length < MAX_CELL_ISSUES) {
        costs.push(invalidCost(r, j, value, maximize, ['cost', e]));
      }
    }
  }
  const [first, ...rest] = costs;
  return first === undefined ? E.right({ rows, cols, rowStart, colIndex, cost }) : E.left([first, ...rest]);
}
