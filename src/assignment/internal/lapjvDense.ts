import type { Blocked } from './Blocked';
import { reduceDense } from './reduceDense';

/**
 * The dense shortest-augmenting-path kernel (Jonker & Volgenant 1987, "A shortest augmenting path
 * algorithm for dense and sparse linear assignment problems", with the rectangular treatment of
 * Crouse 2016, "On implementing 2D rectangular assignment algorithms").
 *
 * It minimises over an `n × m` problem with `n <= m`, where the cost of cell `(i, j)` is
 * `sign * c[i * rs + j * cs]`: the strides let a tall caller matrix be solved in its transposed
 * orientation (`rs = 1`, `cs = cols`) without a transposed copy, and `sign = -1` maximises without
 * a negated copy. `+Infinity` (after the sign) is a forbidden cell.
 *
 * On success every row `i` has `x[i] = j` and `y[j] = i`; columns left over keep `y[j] = -1`.
 * `initialise = false` skips the LAPJV initialisation (for tests of the augmentation phase).
 * Every loop is bounded, so it terminates on any input free of NaN.
 *
 * @internal
 */
export function lapjvDense(
  c: Float64Array,
  n: number,
  m: number,
  rs: number,
  cs: number,
  sign: number,
  x: Int32Array,
  y: Int32Array,
  initialise = true,
  ties = false,
): Blocked {
  x.fill(-1);
  y.fill(-1);
  if (n === 0) return undefined;
  // Column prices. The reduced cost of (i, j) is cost(i, j) - v[j]; the row price is implicit,
  // u[i] = cost(i, x[i]) - v[x[i]], so the invariant "every assigned row sits on a minimum of its
  // reduced costs" is dual feasibility plus complementary slackness.
  const v = new Float64Array(m);
  const free = new Int32Array(n);
  // Without the initialisation every row starts free (a valid start: zero prices); the tests use
  // it to exercise the augmentation phase alone, which the initialisation leaves little to do.
  if (!initialise) {
    for (let i = 0; i < n; i++) free[i] = i;
    return augmentDense(c, m, rs, cs, sign, v, x, y, free, n);
  }
  const reduced = reduceDense(c, n, m, rs, cs, sign, v, x, y, free, ties);
  if (reduced.blocked !== undefined) return reduced.blocked;
  return augmentDense(c, m, rs, cs, sign, v, x, y, free, reduced.numFree);
}

/**
 * Augmentation phase (JV 1987 §4.3, "augmentation"): for each row still free, a Dijkstra search
 * over reduced costs to the nearest free column, then a price update that keeps the reduced costs
 * non-negative. The columns are kept in one list split into three parts: `[0, low)` are scanned
 * (their distance is final), `[low, up)` wait to be scanned at the current minimum distance, and
 * `[up, m)` are still to do. Finding the next minimum is a linear scan over the to-do part, which
 * on dense matrices is cheaper than a heap.
 */
function augmentDense(
  c: Float64Array,
  m: number,
  rs: number,
  cs: number,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
  numFree: number,
): Blocked {
  const collist = new Int32Array(m);
  const d = new Float64Array(m);
  const pred = new Int32Array(m);
  for (let q = 0; q < numFree; q++) {
    const f = free[q] as number;
    let base = f * rs;
    for (let j = 0; j < m; j++) {
      collist[j] = j;
      d[j] = sign * (c[base + j * cs] as number) - (v[j] as number);
      pred[j] = f;
    }
    let low = 0;
    let up = 0;
    let min = 0;
    let end = -1;
    while (end < 0) {
      if (up === low) {
        // Collect every to-do column at the new minimum distance.
        min = d[collist[up++] as number] as number;
        for (let k = up; k < m; k++) {
          const j = collist[k] as number;
          const h = d[j] as number;
          if (h <= min) {
            if (h < min) {
              up = low;
              min = h;
            }
            collist[k] = collist[up] as number;
            collist[up++] = j;
          }
        }
        // Every column still reachable is forbidden: row f cannot be added (Hall's condition fails).
        if (min === Infinity) return { line: 'row', index: f };
        for (let k = low; k < up; k++) {
          const j = collist[k] as number;
          if ((y[j] as number) < 0) {
            end = j;
            break;
          }
        }
        if (end >= 0) break;
      }
      // Scan one column at distance `min`: relax the edges of the row that holds it. A column that
      // reaches `min` joins the waiting part at once, and a free one ends the search.
      const j1 = collist[low++] as number;
      const i = y[j1] as number;
      base = i * rs;
      const h = sign * (c[base + j1 * cs] as number) - (v[j1] as number) - min;
      // The hottest loop of the solver. With contiguous rows (cs = 1, every orientation but the
      // transposed one) a copy of it without the index multiplication is used.
      const scanned =
        cs === 1
          ? scanContiguous(c, base, sign, h, min, v, d, y, pred, collist, i, up, m)
          : scanStrided(c, base, cs, sign, h, min, v, d, y, pred, collist, i, up, m);
      if (scanned < 0) {
        end = -scanned - 1;
      } else {
        up = scanned;
      }
    }
    // Price update (JV 1987, Dijkstra dual update): scanned columns get cheaper by how much closer
    // than the sink they were, which keeps every reduced cost non-negative and makes the path tight.
    // Free columns are never scanned, so their price stays 0, as the rectangular dual requires.
    for (let k = 0; k < low; k++) {
      const j = collist[k] as number;
      v[j] = (v[j] as number) + (d[j] as number) - min;
    }
    // Flip the alternating path from the sink back to f.
    let j = end;
    for (;;) {
      const i = pred[j] as number;
      y[j] = i;
      const next = x[i] as number;
      x[i] = j;
      if (i === f) break;
      j = next;
    }
  }
  return undefined;
}

/**
 * Relaxes the to-do columns `collist[up, m)` through row `i` (whose row starts at `base`); returns
 * the new `up`, or `-1 - j` when free column `j` is reached at distance `min`.
 */
function scanContiguous(
  c: Float64Array,
  base: number,
  sign: number,
  h: number,
  min: number,
  v: Float64Array,
  d: Float64Array,
  y: Int32Array,
  pred: Int32Array,
  collist: Int32Array,
  i: number,
  upIn: number,
  m: number,
): number {
  let up = upIn;
  for (let k = up; k < m; k++) {
    const j = collist[k] as number;
    const v2 = sign * (c[base + j] as number) - (v[j] as number) - h;
    if (v2 < (d[j] as number)) {
      pred[j] = i;
      d[j] = v2;
      if (v2 === min) {
        if ((y[j] as number) < 0) return -1 - j;
        collist[k] = collist[up] as number;
        collist[up++] = j;
      }
    }
  }
  return up;
}

/** {@link scanContiguous} for a matrix read through its transpose (`cs` = the caller's column count). */
function scanStrided(
  c: Float64Array,
  base: number,
  cs: number,
  sign: number,
  h: number,
  min: number,
  v: Float64Array,
  d: Float64Array,
  y: Int32Array,
  pred: Int32Array,
  collist: Int32Array,
  i: number,
  upIn: number,
  m: number,
): number {
  let up = upIn;
  for (let k = up; k < m; k++) {
    const j = collist[k] as number;
    const v2 = sign * (c[base + j * cs] as number) - (v[j] as number) - h;
    if (v2 < (d[j] as number)) {
      pred[j] = i;
      d[j] = v2;
      if (v2 === min) {
        if ((y[j] as number) < 0) return -1 - j;
        collist[k] = collist[up] as number;
        collist[up++] = j;
      }
    }
  }
  return up;
}
