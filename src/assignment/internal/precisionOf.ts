/**
 * How exactly doubles can solve a matrix:
 *
 * - `exact`: every finite cell is an integer multiple of one power of two `q`, and
 *   `8 (k + 2) · max|c| ≤ 2^53 · q` with `k` pairs. Every quantity a shortest-augmenting-path solver
 *   forms (reduced costs, path lengths, prices: sums of at most `2k + 2` cells with signs) is then a
 *   multiple of `q` below `2^53 q`, so every double operation is exact: the answer is the exact
 *   optimum. Integer matrices up to about `2^53 / 8k` are in this class, as are dyadic fractions.
 * - `rounded`: no cell is lost beside the largest: the smallest non-zero `|c|` is at least
 *   `8 (k + 2) · max|c| · 2^-52`, and nothing can overflow. The solver works to the precision of
 *   doubles (floats of a similar scale, like scores); an integer matrix of this kind is exact all
 *   the same (it is `exact` too, but telling so would cost a pass that changes nothing).
 * - `lossy`: a non-zero cell is smaller than the rounding error of the largest (`1e17` beside `3`),
 *   or sums may overflow (`±1e308`): doubles cannot be trusted and the exact solver must run.
 *   `smallest` is the index of the smallest non-zero cell.
 *
 * @internal
 */
export type Precision =
  { readonly kind: 'exact' | 'rounded' } | { readonly kind: 'lossy'; readonly smallest: number };

/** Sums stay below this, far from overflow (2^1000). */
const CEILING = 2 ** 1000;

/**
 * The magnitudes of the finite non-zero cells: the largest, and the smallest with its index
 * (`-1` when every finite cell is 0).
 *
 * @internal
 */
export interface CellRange {
  readonly largest: number;
  readonly smallest: number;
  readonly smallestAt: number;
}

/** The {@link CellRange} of a list of cells, in one pass. @internal */
export function cellRange(data: Float64Array): CellRange {
  let largest = 0;
  let smallest = Infinity;
  let smallestAt = -1;
  for (let k = 0; k < data.length; k++) {
    const a = Math.abs(data[k] as number);
    if (a === Infinity || a === 0) continue;
    if (a > largest) largest = a;
    if (a < smallest) {
      smallest = a;
      smallestAt = k;
    }
  }
  return { largest, smallest, smallestAt };
}

/**
 * Classifies the finite cells of `data` (infinities are forbidden cells and take no part) for a
 * solver that forms `pairs` pairs, from their {@link CellRange} (computed here unless the caller
 * has it). Only a matrix whose smallest cell is too small beside its largest is checked further,
 * for integrality: one more pass, and only then.
 *
 * @internal
 */
export function precisionOf(
  data: Float64Array,
  pairs: number,
  range: CellRange = cellRange(data),
): Precision {
  const { largest, smallest, smallestAt } = range;
  if (largest === 0) return { kind: 'exact' };
  const bound = 8 * (pairs + 2) * largest;
  if (!(bound <= CEILING)) return { kind: 'lossy', smallest: smallestAt };
  if (smallest >= bound * 2 ** -52) return { kind: 'rounded' };
  // The finest grid the bound allows: q = 2^e with bound <= 2^53 q (q at least the least subnormal).
  // One bit to spare, so that a rounded log2 cannot make the grid too fine.
  const e = Math.max(-1074, Math.ceil(Math.log2(bound)) - 52);
  const q = 2 ** e;
  for (let k = 0; k < data.length; k++) {
    const value = data[k] as number;
    if (value === Infinity || value === -Infinity) continue;
    const scaled = value / q;
    // Division by a power of two is exact unless it underflows; the product check catches that.
    if (!(Number.isInteger(scaled) && scaled * q === value)) return { kind: 'lossy', smallest: smallestAt };
  }
  return { kind: 'exact' };
}
