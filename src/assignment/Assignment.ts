/**
 * An optimal assignment: which column each row takes and which row each column takes, `-1`
 * meaning unassigned, and the total of the chosen cells in the input's own units (a sum of
 * scores when maximising).
 *
 * Exactly `min(rows, cols)` pairs are assigned, so on a rectangular matrix the longer side keeps
 * `rows - cols` (or `cols - rows`) entries at `-1`.
 *
 * @example
 * ```ts
 * import { solveAssignment } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * const result = solveAssignment([[4, 1], [2, 0], [1, 3]]);
 * if (E.isRight(result)) {
 *   Array.from(result.right.rowToCol); // [-1, 1, 0]
 *   Array.from(result.right.colToRow); // [2, 1]
 *   result.right.total; // 1
 * }
 * ```
 *
 * @category Assignment
 */
export interface Assignment {
  /** For each row, its column, or `-1` when the row is left unassigned. */
  readonly rowToCol: Int32Array;
  /** For each column, its row, or `-1` when the column is left unassigned. */
  readonly colToRow: Int32Array;
  /** The sum of the assigned cells (0 for the empty assignment). */
  readonly total: number;
}
