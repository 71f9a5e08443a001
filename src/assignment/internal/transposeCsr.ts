import type { Csr } from './Csr';

/**
 * The transpose of a `rows × cols` CSR matrix, in O(rows + cols + entries) time and memory (a
 * counting sort by column). Within each new row the entries keep the order of the old rows, so the
 * result is deterministic.
 *
 * @internal
 */
export function transposeCsr(rows: number, cols: number, csr: Csr): Csr {
  const { start, col, cost } = csr;
  const entries = col.length;
  const tStart = new Int32Array(cols + 1);
  for (let e = 0; e < entries; e++) {
    const k = (col[e] as number) + 1;
    tStart[k] = (tStart[k] as number) + 1;
  }
  for (let j = 0; j < cols; j++) tStart[j + 1] = (tStart[j + 1] as number) + (tStart[j] as number);
  const fill = tStart.slice(0, cols);
  const tCol = new Int32Array(entries);
  const tCost = new Float64Array(entries);
  for (let i = 0; i < rows; i++) {
    for (let e = start[i] as number; e < (start[i + 1] as number); e++) {
      const j = col[e] as number;
      const at = fill[j] as number;
      fill[j] = at + 1;
      tCol[at] = i;
      tCost[at] = cost[e] as number;
    }
  }
  return { start: tStart, col: tCol, cost: tCost };
}
