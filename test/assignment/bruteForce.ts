/**
 * The optimum by enumeration, for the property tests: every way of giving each row of the shorter
 * side a distinct line of the longer side. `undefined` when every full assignment uses a forbidden
 * (non-finite) cell.
 */
export function bruteForce(
  matrix: ReadonlyArray<ReadonlyArray<number>>,
  maximize = false,
): number | undefined {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return 0;
  const at = (r: number, c: number): number => (matrix[r] as ReadonlyArray<number>)[c] as number;
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const cell = (i: number, j: number): number => (transposed ? at(j, i) : at(i, j));
  const used = new Array<boolean>(m).fill(false);
  let best: number | undefined;
  const go = (i: number, sum: number): void => {
    if (i === n) {
      if (best === undefined || (maximize ? sum > best : sum < best)) best = sum;
      return;
    }
    for (let j = 0; j < m; j++) {
      const value = cell(i, j);
      if (used[j] || !Number.isFinite(value)) continue;
      used[j] = true;
      go(i + 1, sum + value);
      used[j] = false;
    }
  };
  go(0, 0);
  return best;
}
