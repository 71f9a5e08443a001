import type { Blocked } from './Blocked';

/**
 * The exact values of the finite cells of `data` as integers: every finite double is
 * `mantissa · 2^exponent`, so scaling all of them by the smallest exponent present gives BigInts
 * whose differences and sums are exact. `sign * value` is taken; an infinite cell is `undefined`
 * (forbidden).
 *
 * @internal
 */
export function exactCells(data: Float64Array, sign: number): Array<bigint | undefined> {
  const view = new DataView(new ArrayBuffer(8));
  const mantissas = new Array<bigint | undefined>(data.length);
  const exponents = new Int32Array(data.length);
  let least = Infinity;
  for (let k = 0; k < data.length; k++) {
    const value = sign * (data[k] as number);
    if (!Number.isFinite(value)) continue;
    view.setFloat64(0, value);
    const hi = view.getUint32(0);
    const lo = view.getUint32(4);
    const biased = (hi >>> 20) & 0x7ff;
    // IEEE 754: a normal number is 1.f · 2^(biased - 1023); a subnormal 0.f · 2^-1022.
    let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
    if (biased !== 0) mantissa |= 1n << 52n;
    const exponent = (biased === 0 ? 1 : biased) - 1075;
    mantissas[k] = hi >>> 31 === 1 ? -mantissa : mantissa;
    exponents[k] = exponent;
    if (mantissa !== 0n && exponent < least) least = exponent;
  }
  const base = least === Infinity ? 0 : least;
  for (let k = 0; k < data.length; k++) {
    const m = mantissas[k];
    if (m !== undefined) mantissas[k] = m << BigInt((exponents[k] as number) - base);
  }
  return mantissas;
}

/**
 * The shortest-augmenting-path algorithm of Crouse 2016 ("On implementing 2D rectangular
 * assignment algorithms", Alg. 1–2, as in scipy's `linear_sum_assignment`) in exact integer
 * arithmetic, for the matrices whose range doubles cannot handle (see `precisionOf`). O(n²m)
 * BigInt operations: meant for small matrices only.
 *
 * It minimises over an `n × m` problem, `n <= m`, the cost of `(i, j)` being
 * `cost[i * rs + j * cs]` (`undefined` = forbidden). Rows are added in index order; among columns
 * at the same distance the search takes a free one, the lowest-index one first, which is the tie
 * rule of the double kernel too.
 *
 * @internal
 */
export function lapExact(
  cost: ReadonlyArray<bigint | undefined>,
  n: number,
  m: number,
  rs: number,
  cs: number,
  x: Int32Array,
  y: Int32Array,
): Blocked {
  x.fill(-1);
  y.fill(-1);
  const u = new Array<bigint>(n).fill(0n);
  const v = new Array<bigint>(m).fill(0n);
  const dist = new Array<bigint | undefined>(m);
  const pred = new Int32Array(m);
  const rowSeen = new Uint8Array(n);
  const colDone = new Uint8Array(m);
  for (let f = 0; f < n; f++) {
    dist.fill(undefined);
    rowSeen.fill(0);
    colDone.fill(0);
    let min = 0n;
    let i = f;
    let sink = -1;
    while (sink < 0) {
      rowSeen[i] = 1;
      let pick = -1;
      let lowest: bigint | undefined;
      const ui = u[i] as bigint;
      for (let j = 0; j < m; j++) {
        if (colDone[j] === 1) continue;
        const c = cost[i * rs + j * cs];
        if (c !== undefined) {
          const r = min + c - ui - (v[j] as bigint);
          const dj = dist[j];
          if (dj === undefined || r < dj) {
            dist[j] = r;
            pred[j] = i;
          }
        }
        const dj = dist[j];
        if (dj === undefined) continue;
        if (
          lowest === undefined ||
          dj < lowest ||
          (dj === lowest && (y[pick] as number) >= 0 && (y[j] as number) < 0)
        ) {
          lowest = dj;
          pick = j;
        }
      }
      // No column is reachable any more: Hall's condition fails for the rows seen from f.
      if (lowest === undefined) return { line: 'row', index: f };
      min = lowest;
      colDone[pick] = 1;
      if ((y[pick] as number) < 0) sink = pick;
      else i = y[pick] as number;
    }
    // Dual update (Crouse 2016, Alg. 2), then flip the path from the sink back to f.
    u[f] = (u[f] as bigint) + min;
    for (let r = 0; r < n; r++) {
      if (rowSeen[r] === 1 && r !== f) u[r] = (u[r] as bigint) + min - (dist[x[r] as number] as bigint);
    }
    for (let j = 0; j < m; j++) {
      if (colDone[j] === 1) v[j] = (v[j] as bigint) - (min - (dist[j] as bigint));
    }
    let j = sink;
    for (;;) {
      const r = pred[j] as number;
      y[j] = r;
      const next = x[r] as number;
      x[r] = j;
      if (r === f) break;
      j = next;
    }
  }
  return undefined;
}
