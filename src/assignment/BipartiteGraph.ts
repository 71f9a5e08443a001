/**
 * A sparse bipartite graph with capacities, the input of {@link solveBMatching}: candidate edges
 * in compressed sparse row (CSR) form by row. Row `r`'s edges are the indices
 * `start[r] … start[r + 1] - 1` into `col` and `weight`; within a row the columns are strictly
 * increasing. Weights are finite. A row (a mentee) takes up to `rowCapacity[r]` edges, a column
 * (a mentor) up to `colCapacity[c]`, and an edge is used at most once, so the same row and column
 * are never paired twice.
 *
 * @example
 * ```ts
 * import type { BipartiteGraph } from 'reverse-mentoring/assignment';
 * // Row 0 may take columns 0 and 1, row 1 only column 1; row 0 takes up to two edges.
 * const graph: BipartiteGraph = {
 *   rows: 2, cols: 2,
 *   start: Int32Array.of(0, 2, 3),
 *   col: Int32Array.of(0, 1, 1),
 *   weight: Float64Array.of(0.9, 0.5, 0.7),
 *   rowCapacity: Int32Array.of(2, 1),
 *   colCapacity: Int32Array.of(1, 1),
 * };
 * ```
 *
 * @category Assignment
 */
export interface BipartiteGraph {
  /** Number of rows (a non-negative integer). */
  readonly rows: number;
  /** Number of columns (a non-negative integer). */
  readonly cols: number;
  /** `rows + 1` offsets into `col` and `weight`, non-decreasing, from `0` to the edge count. */
  readonly start: Int32Array;
  /** The column of each edge, in `[0, cols)`, strictly increasing within a row. */
  readonly col: Int32Array;
  /** The weight of each edge, a finite number (larger is better). */
  readonly weight: Float64Array;
  /** How many edges each row may take, each an integer `>= 0`. */
  readonly rowCapacity: Int32Array;
  /** How many edges each column may take, each an integer `>= 0`. */
  readonly colCapacity: Int32Array;
}
