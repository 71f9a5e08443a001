import type { Assignment } from '../../src/assignment';

/**
 * Whether an assignment is valid for a matrix: `min(rows, cols)` pairs, `rowToCol` and `colToRow`
 * inverse to each other, no forbidden cell, and (unless `checkTotal` is false, for extreme values
 * whose plain sum is itself inexact) a total equal to the sum of its cells.
 */
export function isValidAssignment(
  matrix: ReadonlyArray<ReadonlyArray<number>>,
  a: Assignment,
  checkTotal = true,
): boolean {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0]?.length ?? 0);
  if (a.rowToCol.length !== rows || a.colToRow.length !== cols) return false;
  let pairs = 0;
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const c = a.rowToCol[r] as number;
    if (c === -1) continue;
    if (c < 0 || c >= cols || a.colToRow[c] !== r) return false;
    const value = (matrix[r] as ReadonlyArray<number>)[c] as number;
    if (!Number.isFinite(value)) return false;
    total += value;
    pairs++;
  }
  for (let c = 0; c < cols; c++) {
    const r = a.colToRow[c] as number;
    if (r !== -1 && a.rowToCol[r] !== c) return false;
  }
  return (
    pairs === Math.min(rows, cols) &&
    (!checkTotal || Math.abs(total - a.total) <= 1e-9 * Math.max(1, Math.abs(total)))
  );
}

/** The total of `a`'s cells read in another matrix. */
export function totalIn(matrix: ReadonlyArray<ReadonlyArray<number>>, rowToCol: Int32Array): number {
  let total = 0;
  rowToCol.forEach((c, r) => {
    if (c >= 0) total += (matrix[r] as ReadonlyArray<number>)[c] as number;
  });
  return total;
}

/** Near-equality for totals of float matrices, relative to their size. */
export const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Maximum matching by Kuhn's simple augmenting paths: an oracle independent of Hopcroft–Karp. */
export function kuhnMatching(allowed: ReadonlyArray<ReadonlyArray<boolean>>): number {
  const rows = allowed.length;
  const cols = rows === 0 ? 0 : (allowed[0]?.length ?? 0);
  const colToRow = new Array<number>(cols).fill(-1);
  const tryRow = (r: number, seen: boolean[]): boolean => {
    for (let c = 0; c < cols; c++) {
      if (!(allowed[r] as ReadonlyArray<boolean>)[c] || seen[c]) continue;
      seen[c] = true;
      const holder = colToRow[c] as number;
      if (holder < 0 || tryRow(holder, seen)) {
        colToRow[c] = r;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let r = 0; r < rows; r++) if (tryRow(r, new Array<boolean>(cols).fill(false))) size++;
  return size;
}
