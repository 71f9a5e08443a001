/**
 * A dense cost (or score) matrix stored row-major in one typed array: cell `(row, col)` is
 * `data[row * cols + col]`.
 *
 * Minimising, `+Infinity` marks a forbidden cell; maximising, `-Infinity` does. A matrix with
 * zero rows or zero columns is valid and has the empty assignment.
 *
 * @example
 * ```ts
 * import type { CostMatrix } from 'reverse-mentoring/assignment';
 * const m: CostMatrix = { rows: 2, cols: 3, data: Float64Array.of(4, 1, 3, 2, 0, 5) };
 * m.data[1 * m.cols + 2]; // 5, the cell at row 1, column 2
 * ```
 *
 * @category Assignment
 */
export interface CostMatrix {
  /** Number of rows (a non-negative integer). */
  readonly rows: number;
  /** Number of columns (a non-negative integer). */
  readonly cols: number;
  /** The `rows × cols` cells, row-major. Never mutated by the solvers. */
  readonly data: Float64Array;
}
