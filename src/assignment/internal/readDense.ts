import * as E from 'fp-ts/lib/Either.js';
import type { AssignmentError } from '../AssignmentError';
import type { CostMatrix } from '../CostMatrix';
import { invalidCost, invalidShape } from './errors';

/**
 * A dense matrix whose shape has been checked, remembering whether it came as nested arrays so
 * that error paths point into the caller's own value (`[row, col]` or `['data', row, col]`).
 *
 * @internal
 */
export interface DenseInput {
  readonly matrix: CostMatrix;
  readonly nested: boolean;
}

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/**
 * Checks the shape of a {@link CostMatrix} or of nested rows, copying nested rows once into a
 * `Float64Array` (the kernels work on typed arrays only). A `CostMatrix` is used as is: never
 * copied, never mutated.
 *
 * @internal
 */
export function readDense(
  costs: CostMatrix | ReadonlyArray<ReadonlyArray<number>>,
): E.Either<AssignmentError, DenseInput> {
  if (Array.isArray(costs)) {
    const rowsIn = costs as ReadonlyArray<ReadonlyArray<number>>;
    const rows = rowsIn.length;
    const cols = rows === 0 ? 0 : (rowsIn[0]?.length ?? 0);
    const data = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const row = rowsIn[r];
      if (!Array.isArray(row) || row.length !== cols) {
        return E.left(
          invalidShape(
            `Row ${r} has ${Array.isArray(row) ? row.length : 'no'} cells; every row must have ${cols}.`,
            [r],
          ),
        );
      }
      for (let c = 0; c < cols; c++) data[r * cols + c] = row[c] as number;
    }
    return E.right({ matrix: { rows, cols, data }, nested: true });
  }
  const matrix = costs as CostMatrix;
  if (!isSize(matrix.rows))
    return E.left(invalidShape(`rows must be a non-negative integer, got ${String(matrix.rows)}.`, ['rows']));
  if (!isSize(matrix.cols))
    return E.left(invalidShape(`cols must be a non-negative integer, got ${String(matrix.cols)}.`, ['cols']));
  if (!(matrix.data instanceof Float64Array))
    return E.left(invalidShape('data must be a Float64Array.', ['data']));
  if (matrix.data.length !== matrix.rows * matrix.cols) {
    return E.left(
      invalidShape(
        `data has ${matrix.data.length} cells; a ${matrix.rows} × ${matrix.cols} matrix needs ${matrix.rows * matrix.cols}.`,
        ['data'],
      ),
    );
  }
  return E.right({ matrix, nested: false });
}

/**
 * Finds the first cell (row-major) that is `NaN` or the wrong infinity, and describes it.
 *
 * @internal
 */
export function checkDenseCosts(input: DenseInput, maximize: boolean): AssignmentError | undefined {
  const { cols, data } = input.matrix;
  const wrong = maximize ? Infinity : -Infinity;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    // NaN is the one value for which `value === value` fails.
    if (value === wrong || value !== value) {
      const row = Math.floor(k / cols);
      const col = k - row * cols;
      return invalidCost(row, col, value, maximize, input.nested ? [row, col] : ['data', row, col]);
    }
  }
  return undefined;
}
