import type { CostMatrix } from '../CostMatrix';
import type { SparseCostMatrix } from '../SparseCostMatrix';

/**
 * The allowed (finite) cells of a matrix as adjacency lists: row `r`'s columns are
 * `adj[start[r]] … adj[end[r] - 1]`, in column order for a dense matrix and entry order for a
 * sparse one.
 *
 * @internal
 */
export interface AllowedCells {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly adj: Int32Array;
}

/** @internal */
export function denseAllowedCells(matrix: CostMatrix): AllowedCells {
  const { rows, cols, data } = matrix;
  let finite = 0;
  for (let k = 0; k < data.length; k++) if (Number.isFinite(data[k] as number)) finite++;
  const adj = new Int32Array(finite);
  const start = new Int32Array(rows);
  const end = new Int32Array(rows);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = count;
    for (let c = 0; c < cols; c++) if (Number.isFinite(data[r * cols + c] as number)) adj[count++] = c;
    end[r] = count;
  }
  return { start, end, adj };
}

/** @internal */
export function sparseAllowedCells(matrix: SparseCostMatrix): AllowedCells {
  const { rows, rowStart, colIndex, cost } = matrix;
  // An explicit infinite entry is forbidden like an absent one.
  const adj = new Int32Array(colIndex.length);
  const start = new Int32Array(rows);
  const end = new Int32Array(rows);
  let count = 0;
  for (let r = 0; r < rows; r++) {
    start[r] = count;
    for (let e = rowStart[r] as number; e < (rowStart[r + 1] as number); e++) {
      if (Number.isFinite(cost[e] as number)) adj[count++] = colIndex[e] as number;
    }
    end[r] = count;
  }
  return { start, end, adj };
}
