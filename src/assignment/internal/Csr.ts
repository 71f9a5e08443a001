/**
 * The arrays a sparse kernel works on: row `i`'s entries are `start[i] … start[i + 1] - 1`, at
 * column `col[e]` with value `cost[e]`.
 *
 * @internal
 */
export interface Csr {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
}
