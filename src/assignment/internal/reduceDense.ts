import type { Blocked } from './Blocked';

/**
 * What the initialisation leaves for the augmentation phase: the rows still free, in
 * `free[0, numFree)`, or the proof that no full assignment exists.
 *
 * @internal
 */
export interface Reduced {
  readonly numFree: number;
  readonly blocked: Blocked;
}

/**
 * The LAPJV initialisation (Jonker & Volgenant 1987 §4.1–4.2) on a dense `n × m` problem,
 * `n <= m`, with the cost of `(i, j)` being `sign * c[i * rs + j * cs]`.
 *
 * Square problems get column reduction and reduction transfer, then two rounds of augmenting row
 * reduction. Wide problems (`n < m`) skip the column steps: they would price columns that end up
 * unassigned, and the rectangular dual (Crouse 2016, §III) needs those prices at 0. They start from
 * zero prices, where augmenting row reduction acts as a greedy start, only ever lowering the price
 * of a column that it assigns.
 *
 * @internal
 */
export function reduceDense(
  c: Float64Array,
  n: number,
  m: number,
  rs: number,
  cs: number,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
  ties: boolean,
): Reduced {
  let numFree = 0;
  if (ties) {
    numFree = greedyStart(c, n, m, rs, cs, sign, x, y, free);
  } else if (n === m) {
    const columns = reduceColumns(c, n, rs, cs, sign, v, x, y, free);
    if (columns.blocked !== undefined) return columns;
    numFree = columns.numFree;
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = n;
  }
  return reduceRows(c, n, m, rs, cs, sign, v, x, y, free, numFree);
}

/**
 * The start for tie-heavy matrices (few distinct values: small integers, scores in steps), at
 * zero prices: each row in index order takes the lowest-index free column among its cheapest
 * cells, if one is free, which is the first step of its shortest-augmenting-path search (Crouse
 * 2016) and needs one pass over the row. Rows whose cheapest cells are all taken stay free.
 * Returns how many.
 */
function greedyStart(
  c: Float64Array,
  n: number,
  m: number,
  rs: number,
  cs: number,
  sign: number,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
): number {
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const base = i * rs;
    let umin = Infinity;
    let jf = -1;
    for (let j = 0; j < m; j++) {
      const h = sign * (c[base + j * cs] as number);
      if (h <= umin) {
        if (h < umin) {
          umin = h;
          jf = (y[j] as number) < 0 ? j : -1;
        } else if (jf < 0 && (y[j] as number) < 0) {
          jf = j;
        }
      }
    }
    if (jf >= 0 && umin < Infinity) {
      x[i] = jf;
      y[jf] = i;
    } else {
      free[numFree++] = i;
    }
  }
  return numFree;
}

/** Column reduction and reduction transfer on a square problem. */
function reduceColumns(
  c: Float64Array,
  n: number,
  rs: number,
  cs: number,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
): Reduced {
  // Column minima, swept row by row so that the matrix is read in memory order; ties keep the
  // first row, which makes the start (and so the answer) deterministic.
  const argmin = new Int32Array(n).fill(-1);
  v.fill(Infinity);
  for (let i = 0; i < n; i++) {
    const base = i * rs;
    for (let j = 0; j < n; j++) {
      const h = sign * (c[base + j * cs] as number);
      if (h < (v[j] as number)) {
        v[j] = h;
        argmin[j] = i;
      }
    }
  }
  // JV 1987: assign each column to the row of its minimum; a row that is the minimum of several
  // columns keeps the cheapest of them, the lowest-index one among equals (columns are taken in
  // increasing order and only a strictly cheaper one replaces the kept one), so that ties go by
  // index: a matrix of equal cells starts with row 0 on column 0.
  const matches = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const i = argmin[j] as number;
    // A square problem must use every column: an all-forbidden column settles it.
    if (i < 0) return { numFree: 0, blocked: { line: 'col', index: j } };
    const count = (matches[i] as number) + 1;
    matches[i] = count;
    if (count === 1) {
      x[i] = j;
      y[j] = i;
    } else if ((v[j] as number) < (v[x[i] as number] as number)) {
      y[x[i] as number] = -1;
      x[i] = j;
      y[j] = i;
    }
  }
  // Reduction transfer: a row matched once passes its slack to its column's price, so the column
  // looks dearer to other rows and the row stays on its own minimum (u[i] = its second minimum).
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i] as number;
    if (count === 0) {
      free[numFree++] = i;
    } else if (count === 1) {
      const j1 = x[i] as number;
      const base = i * rs;
      let min = Infinity;
      for (let j = 0; j < n; j++) {
        if (j === j1) continue;
        const h = sign * (c[base + j * cs] as number) - (v[j] as number);
        if (h < min) min = h;
      }
      // A row with a single allowed cell has no slack to give.
      if (min < Infinity) v[j1] = (v[j1] as number) - min;
    }
  }
  return { numFree, blocked: undefined };
}

/**
 * Augmenting row reduction (JV 1987 §4.2), two rounds: a free row takes the column of its smallest
 * reduced cost, and that column's price drops by the gap to the row's second smallest, so the row
 * stays on a minimum; the row it displaces is tried again at once. A budget caps the re-tries,
 * because with floating-point costs the gaps can be tiny and the rounds long; rows left over
 * simply go to the augmentation phase, which is exact.
 */
function reduceRows(
  c: Float64Array,
  n: number,
  m: number,
  rs: number,
  cs: number,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
  numFreeIn: number,
): Reduced {
  let numFree = numFreeIn;
  // 3n re-tries: on random 1000² and 2000² matrices a larger budget spends more time here than it
  // saves in the augmentation phase, a smaller one leaves many more rows to augment.
  let budget = 3 * n + 64;
  for (let round = 0; round < 2 && numFree > 0; round++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      const i = free[k++] as number;
      const base = i * rs;
      let umin = Infinity;
      let usub = Infinity;
      let j1 = -1;
      let j2 = -1;
      for (let j = 0; j < m; j++) {
        const h = sign * (c[base + j * cs] as number) - (v[j] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            j2 = j;
          } else {
            usub = umin;
            j2 = j1;
            umin = h;
            j1 = j;
          }
        }
      }
      // Every cell of row i is forbidden.
      if (j1 < 0) return { numFree, blocked: { line: 'row', index: i } };
      // A tie for the minimum on a taken column: look for the lowest-index free column among the
      // cheapest ones and take it, with no price change and nobody displaced. On tie-heavy
      // matrices (small integers, equal columns) most rows end here at once; on floats, where
      // ties are rare, the second pass is rarely made.
      if (usub === umin && (y[j1] as number) >= 0) {
        const jf = freeAtMinimum(c, base, cs, sign, v, y, umin, j2, m);
        if (jf >= 0) {
          x[i] = jf;
          y[jf] = i;
          continue;
        }
      }
      let i0 = y[j1] as number;
      const gap = usub - umin;
      if (gap > 0) {
        // With a single allowed cell the gap is infinite: keep the price finite and simply assign.
        if (gap < Infinity) v[j1] = (v[j1] as number) - gap;
      } else if (i0 >= 0) {
        // A tie: take the second minimum instead, which may be free.
        j1 = j2;
        i0 = y[j2] as number;
      }
      if (i0 >= 0) {
        x[i0] = -1;
        if (gap > 0 && --budget > 0) free[--k] = i0;
        else free[numFree++] = i0;
      }
      x[i] = j1;
      y[j1] = i;
    }
  }
  return { numFree, blocked: undefined };
}

/** The lowest-index free column `j >= from` of a row whose reduced cost is `umin`, or -1. */
function freeAtMinimum(
  c: Float64Array,
  base: number,
  cs: number,
  sign: number,
  v: Float64Array,
  y: Int32Array,
  umin: number,
  from: number,
  m: number,
): number {
  for (let j = from; j < m; j++) {
    if ((y[j] as number) < 0 && sign * (c[base + j * cs] as number) - (v[j] as number) === umin) return j;
  }
  return -1;
}
