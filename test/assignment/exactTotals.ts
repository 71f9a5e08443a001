import { exactCells } from '../../src/assignment/internal/lapExact';

/**
 * Exact totals for the extreme-value properties: the cells as BigInts on one common scale (see
 * `exactCells`), the exact optimum by enumeration, and the exact total of a given assignment.
 * Doubles cannot serve as the oracle here: `1e17 + 3` is `1e17` in doubles.
 */
export function exactOracle(matrix: ReadonlyArray<ReadonlyArray<number>>, maximize: boolean) {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0]?.length ?? 0);
  const big = exactCells(Float64Array.from(matrix.flat()), maximize ? -1 : 1);
  const cell = (r: number, c: number): bigint | undefined => big[r * cols + c];
  /** The exact (signed, minimised) total of an assignment given as rowToCol. */
  const totalOf = (rowToCol: Int32Array): bigint | undefined => {
    let sum = 0n;
    for (let r = 0; r < rows; r++) {
      const c = rowToCol[r] as number;
      if (c < 0) continue;
      const value = cell(r, c);
      if (value === undefined) return undefined;
      sum += value;
    }
    return sum;
  };
  /** The exact minimum over every full assignment, `undefined` when none uses only allowed cells. */
  const optimum = (): bigint | undefined => {
    const transposed = rows > cols;
    const n = transposed ? cols : rows;
    const m = transposed ? rows : cols;
    const used = new Array<boolean>(m).fill(false);
    let best: bigint | undefined;
    const go = (i: number, sum: bigint): void => {
      if (i === n) {
        if (best === undefined || sum < best) best = sum;
        return;
      }
      for (let j = 0; j < m; j++) {
        const value = transposed ? cell(j, i) : cell(i, j);
        if (used[j] || value === undefined) continue;
        used[j] = true;
        go(i + 1, sum + value);
        used[j] = false;
      }
    };
    go(0, 0n);
    return best;
  };
  return { totalOf, optimum };
}
