/**
 * A sparse cost (or score) matrix in compressed sparse row (CSR) form: the cells of row `r` are
 * the entries `e` with `rowStart[r] <= e < rowStart[r + 1]`, at column `colIndex[e]` with value
 * `cost[e]`.
 *
 * An absent cell is forbidden, exactly like an infinite one. Each column appears at most once per
 * row; the order of the entries within a row is free.
 *
 * @example
 * ```ts
 * import type { SparseCostMatrix } from 'reverse-mentoring/assignment';
 * // [[4, ·], [2, 7]]: row 0 may only take column 0.
 * const m: SparseCostMatrix = {
 *   rows: 2, cols: 2,
 *   rowStart: Int32Array.of(0, 1, 3),
 *   colIndex: Int32Array.of(0, 0, 1),
 *   cost: Float64Array.of(4, 2, 7),
 * };
 * ```
 *
 * @category Assignment
 */
export interface SparseCostMatrix {
  /** Number of rows (a non-negative integer). */
  readonly rows: number;
  /** Number of columns (a non-negative integer). */
  readonly cols: number;
  /** `rows + 1` offsets into `colIndex` and `cost`, non-decreasing, from `0` to the entry count. */
  readonly rowStart: Int32Array;
  /** The column of each entry, in `[0, cols)`. */
  readonly colIndex: Int32Array;
  /** The value of each entry. */
  readonly cost: Float64Array;
}
