import munkres from 'munkres-js';
import { maxCardinality } from '../../src/assignment';

/**
 * The optimal total by munkres-js (textbook Munkres, a dev-only oracle: it is no longer in the
 * package), or `undefined` when no full assignment uses only allowed cells. munkres-js knows no
 * forbidden cells and loops forever on a row without a finite cost, so feasibility is decided
 * first (Hopcroft–Karp) and every forbidden cell becomes a finite penalty larger than any full
 * assignment of allowed cells can cost. For matrices of a moderate range only.
 */
export function munkresTotal(
  matrix: ReadonlyArray<ReadonlyArray<number>>,
  maximize: boolean,
): number | undefined {
  const rows = matrix.length;
  const cols = rows === 0 ? 0 : (matrix[0]?.length ?? 0);
  if (Math.min(rows, cols) === 0) return 0;
  const most = maxCardinality(matrix as number[][], { maximize });
  if (most._tag === 'Left' || most.right < Math.min(rows, cols)) return undefined;
  const sign = maximize ? -1 : 1;
  const finite = matrix
    .flat()
    .filter(Number.isFinite)
    .map((v) => sign * v);
  const low = Math.min(...finite);
  const penalty = 2 * Math.min(rows, cols) * (Math.max(...finite) - low) + 1;
  const table = matrix.map((row) => row.map((v) => (Number.isFinite(v) ? sign * v - low : penalty)));
  return munkres(table).reduce((sum, [r, c]) => sum + ((matrix[r] as ReadonlyArray<number>)[c] as number), 0);
}
