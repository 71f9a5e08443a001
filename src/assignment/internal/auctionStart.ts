import type { State } from './State';

/** How often a row may bid before it is left to the exact searches. */
const MAX_BIDS = 4;

/**
 * Augmenting row reduction (Jonker & Volgenant 1987), generalised to capacities: cheap auction
 * bids that settle most rows the greedy start left short, so that few need a full search.
 *
 * A short row `r` looks at its unused edges' values `a = w − v[c]`: the best `a1` (edge `e1`,
 * column `c1`) and the runner-up `a2` (at least 0, the value of staying short).
 * - `a1 <= 0`: nothing is worth taking; `r` stops short with `u[r] = 0`.
 * - `c1` has room (so `v[c1] = 0`): `r` takes `e1`, `u[r] = a1`.
 * - `c1` is full: its weakest holder `h` has the smallest slack `s = w_h − u[h] − v[c1]`. If
 *   `s <= a1 − a2`, raising `v[c1]` by `s` makes `h` indifferent, so `r` takes `h`'s place
 *   (`u[r] = a1 − s`) and `h` is short by one; otherwise `v[c1]` rises by `a1 − a2` (every holder
 *   still prefers `c1`) and `u[r] = a2`: `r` takes its runner-up if that column has room, and
 *   otherwise is left to the searches (bidding again on the tie would make no progress).
 * Every step keeps the prices' invariants (see `maxWeightBMatching`): unused edges
 * `u + v >= w`, used ones `u + v <= w`, `u >= 0`, and `v > 0` only on a full column. So whatever
 * rows are still short when the bids run out, the searches that follow stay exact.
 *
 * @param shortRows - the rows the greedy start left short, ascending
 * @returns the rows still short, ascending
 * @internal
 */
export function auctionStart(s: State, shortRows: ReadonlyArray<number>): number[] {
  const { rows, start, col, edgeRow, colCapacity } = s.graph;
  const { weight, used, slots, slotStart, slotPos, colDeg, rowDeg, u, v, remaining } = s;
  // A FIFO of short rows (each row at most once in it); `bids` bounds the work.
  const queue = new Int32Array(rows + 1);
  const queued = new Uint8Array(rows);
  const bids = new Uint8Array(rows);
  let head = 0;
  let tail = 0;
  let size = 0;
  const enqueue = (r: number): void => {
    if (queued[r] !== 0 || (bids[r] as number) >= MAX_BIDS) return;
    queued[r] = 1;
    queue[tail] = r;
    tail = tail === rows ? 0 : tail + 1;
    size++;
  };
  for (const r of shortRows) enqueue(r);
  while (size > 0) {
    const r = queue[head] as number;
    head = head === rows ? 0 : head + 1;
    size--;
    queued[r] = 0;
    while ((remaining[r] as number) > 0 && (bids[r] as number) < MAX_BIDS) {
      bids[r] = (bids[r] as number) + 1;
      let e1 = -1;
      let a1 = -Infinity;
      let a2 = 0;
      let e2 = -1;
      for (let e = start[r] as number, to = start[r + 1] as number; e < to; e++) {
        if (used[e] !== 0) continue;
        const a = (weight[e] as number) - (v[col[e] as number] as number);
        if (a > a1) {
          if (a1 > a2) {
            a2 = a1;
            e2 = e1;
          }
          a1 = a;
          e1 = e;
        } else if (a > a2) {
          a2 = a;
          e2 = e;
        }
      }
      if (e1 < 0 || a1 <= 0) {
        u[r] = 0;
        remaining[r] = 0;
        break;
      }
      const c = col[e1] as number;
      const k = colDeg[c] as number;
      if (k < (colCapacity[c] as number)) {
        used[e1] = 1;
        slots[(slotStart[c] as number) + k] = e1;
        slotPos[e1] = k;
        colDeg[c] = k + 1;
        rowDeg[r] = (rowDeg[r] as number) + 1;
        remaining[r] = (remaining[r] as number) - 1;
        u[r] = a1;
        continue;
      }
      // c is full: find its weakest holder (smallest slack; ties: the later slot).
      const base = slotStart[c] as number;
      let weakest = -1;
      let slack = Infinity;
      for (let j = 0; j < k; j++) {
        const e = slots[base + j] as number;
        const t = (weight[e] as number) - (u[edgeRow[e] as number] as number) - (v[c] as number);
        if (t <= slack) {
          slack = t;
          weakest = j;
        }
      }
      if (slack < 0) slack = 0; // rounding: a used edge's slack is >= 0
      if (weakest >= 0 && slack <= a1 - a2) {
        const evicted = slots[base + weakest] as number;
        const h = edgeRow[evicted] as number;
        v[c] = (v[c] as number) + slack;
        used[evicted] = 0;
        rowDeg[h] = (rowDeg[h] as number) - 1;
        remaining[h] = (remaining[h] as number) + 1;
        used[e1] = 1;
        slots[base + weakest] = e1;
        slotPos[e1] = weakest;
        rowDeg[r] = (rowDeg[r] as number) + 1;
        remaining[r] = (remaining[r] as number) - 1;
        u[r] = a1 - slack;
        enqueue(h);
      } else {
        v[c] = (v[c] as number) + (a1 - a2);
        u[r] = a2;
        // Now e1 and the runner-up tie at a2: take the runner-up at once if its column has room
        // (so v = 0 there and the edge is tight), else leave r to the searches rather than bid
        // again on the tie.
        const c2 = e2 < 0 ? -1 : (col[e2] as number);
        if (c2 < 0 || a2 <= 0 || (colDeg[c2] as number) >= (colCapacity[c2] as number)) break;
        const k2 = colDeg[c2] as number;
        used[e2] = 1;
        slots[(slotStart[c2] as number) + k2] = e2;
        slotPos[e2] = k2;
        colDeg[c2] = k2 + 1;
        rowDeg[r] = (rowDeg[r] as number) + 1;
        remaining[r] = (remaining[r] as number) - 1;
      }
    }
  }
  const short: number[] = [];
  for (let r = 0; r < rows; r++) if ((remaining[r] as number) > 0) short.push(r);
  return short;
}
