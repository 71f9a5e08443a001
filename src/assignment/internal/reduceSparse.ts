import type { Csr } from './Csr';
import type { Reduced } from './reduceDense';

/**
 * The LAPJV initialisation on a sparse `n × m` problem, `n <= m` (Jonker & Volgenant 1987 §4.1–4.2,
 * in the sparse form of their LAPJVsp): the same steps as {@link reduceDense}, column reduction
 * and reduction transfer for square problems and then augmenting row reduction, but every loop
 * runs over the entries of a row instead of all columns, so the cost is O(entries) per sweep.
 * `xc[i]` receives the (signed) cost of row i's assigned entry, which the augmentation needs to
 * price the row without searching its entries.
 *
 * @internal
 */
export function reduceSparse(
  n: number,
  m: number,
  csr: Csr,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  xc: Float64Array,
  free: Int32Array,
): Reduced {
  let numFree = 0;
  if (n === m) {
    const columns = reduceSparseColumns(n, csr, sign, v, x, y, xc, free);
    if (columns.blocked !== undefined) return columns;
    numFree = columns.numFree;
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
    numFree = n;
  }
  return reduceSparseRows(n, csr, sign, v, x, y, xc, free, numFree);
}

/** Column reduction and reduction transfer (square problems only, see {@link reduceDense}). */
function reduceSparseColumns(
  n: number,
  csr: Csr,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  xc: Float64Array,
  free: Int32Array,
): Reduced {
  const { start, col, cost } = csr;
  const argmin = new Int32Array(n).fill(-1);
  v.fill(Infinity);
  for (let i = 0; i < n; i++) {
    for (let e = start[i] as number, stop = start[i + 1] as number; e < stop; e++) {
      const j = col[e] as number;
      const h = sign * (cost[e] as number);
      if (h < (v[j] as number)) {
        v[j] = h;
        argmin[j] = i;
      }
    }
  }
  const matches = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    const i = argmin[j] as number;
    if (i < 0) return { numFree: 0, blocked: { line: 'col', index: j } };
    const count = (matches[i] as number) + 1;
    matches[i] = count;
    if (count === 1 || (v[j] as number) < (v[x[i] as number] as number)) {
      if (count > 1) y[x[i] as number] = -1;
      x[i] = j;
      y[j] = i;
      xc[i] = v[j] as number;
    }
  }
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i] as number;
    if (count === 0) {
      free[numFree++] = i;
    } else if (count === 1) {
      const j1 = x[i] as number;
      let min = Infinity;
      for (let e = start[i] as number, stop = start[i + 1] as number; e < stop; e++) {
        const j = col[e] as number;
        if (j === j1) continue;
        const h = sign * (cost[e] as number) - (v[j] as number);
        if (h < min) min = h;
      }
      if (min < Infinity) v[j1] = (v[j1] as number) - min;
    }
  }
  return { numFree, blocked: undefined };
}

/** Augmenting row reduction over the entries of each row (see {@link reduceDense}). */
function reduceSparseRows(
  n: number,
  csr: Csr,
  sign: number,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  xc: Float64Array,
  free: Int32Array,
  numFreeIn: number,
): Reduced {
  const { start, col, cost } = csr;
  let numFree = numFreeIn;
  let budget = 3 * n + 64;
  for (let round = 0; round < 2 && numFree > 0; round++) {
    let k = 0;
    const previous = numFree;
    numFree = 0;
    while (k < previous) {
      const i = free[k++] as number;
      let umin = Infinity;
      let usub = Infinity;
      let e1 = -1;
      let e2 = -1;
      for (let e = start[i] as number, stop = start[i + 1] as number; e < stop; e++) {
        const h = sign * (cost[e] as number) - (v[col[e] as number] as number);
        if (h < usub) {
          if (h >= umin) {
            usub = h;
            e2 = e;
          } else {
            usub = umin;
            e2 = e1;
            umin = h;
            e1 = e;
          }
        }
      }
      // No finite entry: row i cannot be matched at all.
      if (e1 < 0) return { numFree, blocked: { line: 'row', index: i } };
      let j1 = col[e1] as number;
      let i0 = y[j1] as number;
      const gap = usub - umin;
      if (gap > 0) {
        if (gap < Infinity) v[j1] = (v[j1] as number) - gap;
      } else if (i0 >= 0) {
        e1 = e2;
        j1 = col[e2] as number;
        i0 = y[j1] as number;
      }
      if (i0 >= 0) {
        x[i0] = -1;
        if (gap > 0 && --budget > 0) free[--k] = i0;
        else free[numFree++] = i0;
      }
      x[i] = j1;
      y[j1] = i;
      xc[i] = sign * (cost[e1] as number);
    }
  }
  return { numFree, blocked: undefined };
}
