import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { AssignmentIssue } from '../AssignmentIssue';
import type { CostMatrix } from '../CostMatrix';
import { invalidCost, invalidShape } from './errors';
import type { CellRange } from './precisionOf';

/**
 * A dense matrix whose shape and cells have been checked, remembering whether it came as nested
 * arrays so that paths point into the caller's own value (`[row, col]` or `['data', index]`).
 *
 * @internal
 */
export interface DenseInput {
  readonly matrix: CostMatrix;
  readonly nested: boolean;
  /** The magnitudes of the cells, found in the same pass as the checks (for `precisionOf`). */
  readonly range: CellRange;
}

/** At most this many bad cells are listed: a matrix of NaN would otherwise give millions of issues. */
export const MAX_CELL_ISSUES = 100;

const isSize = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

const nonEmpty = (issues: AssignmentIssue[]): Issues<AssignmentIssue> | undefined => {
  const [first, ...rest] = issues;
  return first === undefined ? undefined : [first, ...rest];
};

/**
 * Checks a {@link CostMatrix} or nested rows from a possibly untyped caller, copying nested rows
 * once into a `Float64Array` (the kernels work on typed arrays only). A `CostMatrix` is used as
 * is: never copied, never mutated. Every cell must be a number (never coerced) other than `NaN`
 * and the infinity that is not forbidden (`maximize` says which; `'any'` accepts every number);
 * all bad cells are reported at once (up to {@link MAX_CELL_ISSUES}).
 *
 * @internal
 */
export function readDense(
  costs: unknown,
  maximize: boolean | 'any',
): E.Either<Issues<AssignmentIssue>, DenseInput> {
  if (Array.isArray(costs)) return readNested(costs, maximize);
  if (typeof costs !== 'object' || costs === null) {
    return E.left([invalidShape('The matrix must be an array of rows or a CostMatrix.', [])]);
  }
  const matrix = costs as Partial<Record<keyof CostMatrix, unknown>>;
  const { rows, cols, data } = matrix;
  if (!isSize(rows))
    return E.left([invalidShape(`rows must be a non-negative integer, got ${String(rows)}.`, ['rows'])]);
  if (!isSize(cols))
    return E.left([invalidShape(`cols must be a non-negative integer, got ${String(cols)}.`, ['cols'])]);
  if (!(data instanceof Float64Array))
    return E.left([invalidShape('data must be a Float64Array.', ['data'])]);
  if (data.length !== rows * cols) {
    return E.left([
      invalidShape(`data has ${data.length} cells; a ${rows} × ${cols} matrix needs ${rows * cols}.`, [
        'data',
      ]),
    ]);
  }
  const checked: CostMatrix = { rows, cols, data };
  const scan = scanCells(checked, maximize, (k) => ['data', k]);
  const issues = nonEmpty(scan.issues);
  return issues === undefined
    ? E.right({ matrix: checked, nested: false, range: scan.range })
    : E.left(issues);
}

function readNested(
  rowsIn: ReadonlyArray<unknown>,
  maximize: boolean | 'any',
): E.Either<Issues<AssignmentIssue>, DenseInput> {
  const rows = rowsIn.length;
  const first: unknown = rows === 0 ? [] : rowsIn[0];
  const cols = Array.isArray(first) ? first.length : 0;
  const shape: AssignmentIssue[] = [];
  for (let r = 0; r < rows; r++) {
    const row: unknown = rowsIn[r];
    if (!Array.isArray(row)) {
      shape.push(invalidShape(`Row ${r} is not an array of cells.`, [r]));
    } else if (row.length !== cols) {
      shape.push(invalidShape(`Row ${r} has ${row.length} cells; every row must have ${cols}.`, [r]));
    }
  }
  const shapeIssues = nonEmpty(shape);
  if (shapeIssues !== undefined) return E.left(shapeIssues);
  const data = new Float64Array(rows * cols);
  const cells: AssignmentIssue[] = [];
  for (let r = 0; r < rows; r++) {
    const row = rowsIn[r] as ReadonlyArray<unknown>;
    for (let c = 0; c < cols; c++) {
      const value: unknown = row[c];
      if (typeof value === 'number') {
        data[r * cols + c] = value;
      } else if (cells.length < MAX_CELL_ISSUES) {
        cells.push(invalidCost(r, c, value, maximize === true, [r, c]));
      }
    }
  }
  const matrix = { rows, cols, data };
  // Numbers that are NaN or the wrong infinity come after the cells that are not numbers at all.
  const scan = scanCells(matrix, maximize, (k) => [Math.floor(k / cols), k % cols]);
  const issues = nonEmpty([...cells, ...scan.issues].slice(0, MAX_CELL_ISSUES));
  return issues === undefined ? E.right({ matrix, nested: true, range: scan.range }) : E.left(issues);
}

/**
 * One pass over the cells: those (row-major) that are `NaN` or the wrong infinity, described, up
 * to {@link MAX_CELL_ISSUES} (`pathOf` maps a cell's index to its path in the caller's input), and
 * the {@link CellRange} of the others. `'any'` accepts every number.
 */
function scanCells(
  matrix: CostMatrix,
  maximize: boolean | 'any',
  pathOf: (k: number) => ReadonlyArray<string | number>,
): { readonly issues: AssignmentIssue[]; readonly range: CellRange } {
  const { cols, data } = matrix;
  const issues: AssignmentIssue[] = [];
  if (maximize === 'any') return { issues, range: { largest: 0, smallest: Infinity, smallestAt: -1 } };
  const wrong = maximize ? Infinity : -Infinity;
  let largest = 0;
  let smallest = Infinity;
  let smallestAt = -1;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    const a = Math.abs(value);
    if (a < Infinity) {
      if (a > largest) largest = a;
      if (a < smallest && a > 0) {
        smallest = a;
        smallestAt = k;
      }
    } else if (value === wrong || value !== value) {
      // NaN is the one value for which `value === value` fails (and `a < Infinity` too).
      if (issues.length < MAX_CELL_ISSUES) {
        const row = Math.floor(k / cols);
        issues.push(invalidCost(row, k - row * cols, value, maximize, pathOf(k)));
      }
    }
  }
  return { issues, range: { largest, smallest, smallestAt } };
}
