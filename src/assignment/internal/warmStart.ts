import type { State } from './State';

/**
 * A b-matching to start a maximum-weight run from, on the run's own graph: which edges are used
 * (within every capacity) and prices of the rows and columns, typically an earlier optimum of the
 * same rows and columns before edges were added or taken away.
 *
 * @internal
 */
export interface StartPoint {
  readonly used: Uint8Array;
  readonly u: ArrayLike<number>;
  readonly v: ArrayLike<number>;
}

/**
 * Puts a start point into a fresh state and restores the prices' invariants (see
 * `maxWeightBMatching`; the same ones `auctionStart` keeps), so that the searches which follow are
 * exact whatever the start was. In the terms of that network (node prices `u[r]` for a row,
 * `−v[c]` for a column, 0 for the sink; an arc's reduced cost is its cost plus its tail's price
 * minus its head's):
 *
 * 1. An unused edge with `w − u − v` above `tol` raises its row's price to cover it, and a used
 *    edge the new price leaves below `w − u − v ≥ −tol` is given up. Every arc now has a reduced
 *    cost `≥ −tol`, but one: a column with room and a positive price, whose arc to the sink costs
 *    `−v[c]`.
 * 2. Each such free place is a unit the column owes the sink: one search per place, on reduced
 *    costs backwards from the column, finds the cheapest way to fill it — from a row with a place
 *    left (it takes one more edge), from the sink through a column that gives a unit up, or not at
 *    all (the column's price drops to 0, at cost `v[c]`) — and the truncated repricing of the
 *    settled nodes (Jonker–Volgenant, mirrored) keeps every reduced cost `≥ 0`, as a forward
 *    search does. Lowering the price to 0 outright instead would let every row that wanted the
 *    column take it back, which from an optimum gave up most of the matching (measured on
 *    5,000²: 1,003 of 7,496 pairs kept), where these searches give up what the change made.
 * 3. The rows with a place left and a positive price have units to place: the forward searches
 *    take them from there.
 *
 * @param tol - how far below 0 a reduced cost may be and still count as 0 (the searches read any
 *   negative one as 0): rounding, not a violation
 * @returns the rows left short with a positive price (they still have units to place), ascending
 * @internal
 */
export function warmStart(s: State, start: StartPoint, tol: number): number[] {
  const { rows, cols, start: rowStart, col, edgeRow, rowCapacity, colCapacity } = s.graph;
  const { weight, used, slots, slotStart, slotPos, colDeg, rowDeg, u, v, remaining } = s;
  for (let r = 0; r < rows; r++) u[r] = Math.max(0, start.u[r] as number);
  for (let c = 0; c < cols; c++) v[c] = Math.max(0, start.v[c] as number);
  for (let e = 0; e < col.length; e++) {
    if (start.used[e] === 0) continue;
    const c = col[e] as number;
    const k = colDeg[c] as number;
    used[e] = 1;
    slots[(slotStart[c] as number) + k] = e;
    slotPos[e] = k;
    colDeg[c] = k + 1;
    rowDeg[edgeRow[e] as number] = (rowDeg[edgeRow[e] as number] as number) + 1;
  }
  // 1. Rows' prices cover their unused edges; used edges the raise leaves short are given up.
  for (let r = 0; r < rows; r++) {
    const from = rowStart[r] as number;
    const to = rowStart[r + 1] as number;
    let raise = 0;
    for (let e = from; e < to; e++) {
      if (used[e] !== 0) continue;
      const gap = (weight[e] as number) - (u[r] as number) - (v[col[e] as number] as number);
      if (gap > raise) raise = gap;
    }
    if (raise > tol) u[r] = (u[r] as number) + raise;
    for (let e = from; e < to; e++) {
      if (used[e] === 0) continue;
      const c = col[e] as number;
      if ((weight[e] as number) - (u[r] as number) - (v[c] as number) >= -tol) continue;
      removeSlot(s, c, e);
      used[e] = 0;
      rowDeg[r] = (rowDeg[r] as number) - 1;
    }
  }
  // The rows with a place left: units to place (a positive price), or done (dumping is free).
  for (let r = 0; r < rows; r++) {
    const short = (rowCapacity[r] as number) - (rowDeg[r] as number);
    if (short <= 0) continue;
    if ((u[r] as number) > tol) remaining[r] = short;
    else u[r] = 0;
  }
  // 2. Every free place of a column with a positive price is filled or its price dropped.
  const byCol = edgesByColumn(s);
  for (let c = 0; c < cols; c++) {
    // Each search fills a place or drops the price to 0: one search per place at most.
    const places = (colCapacity[c] as number) - (colDeg[c] as number);
    for (let k = 0; k < places && (v[c] as number) > tol; k++) fillPlace(s, byCol, c);
    if ((colDeg[c] as number) < (colCapacity[c] as number)) v[c] = 0;
  }
  const pending: number[] = [];
  for (let r = 0; r < rows; r++) if ((remaining[r] as number) > 0) pending.push(r);
  return pending;
}

/** Column `c` gives up its used edge `e`: the last edge of its list takes the slot. */
function removeSlot(s: State, c: number, e: number): void {
  const { slots, slotStart, slotPos, colDeg } = s;
  const k = slotPos[e] as number;
  const last = (colDeg[c] as number) - 1;
  const moved = slots[(slotStart[c] as number) + last] as number;
  slots[(slotStart[c] as number) + k] = moved;
  slotPos[moved] = k;
  colDeg[c] = last;
}

/** Every edge by column (CSR: column `c`'s edges are `edges[start[c]] … edges[start[c + 1] − 1]`). */
function edgesByColumn(s: State): { readonly start: Int32Array; readonly edges: Int32Array } {
  const { cols, col } = s.graph;
  const start = new Int32Array(cols + 1);
  for (let e = 0; e < col.length; e++)
    start[(col[e] as number) + 1] = (start[(col[e] as number) + 1] as number) + 1;
  for (let c = 0; c < cols; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const fill = start.slice(0, cols);
  const edges = new Int32Array(col.length);
  for (let e = 0; e < col.length; e++) {
    const c = col[e] as number;
    edges[fill[c] as number] = e;
    fill[c] = (fill[c] as number) + 1;
  }
  return { start, edges };
}

/** The end of a backward search that fills nothing: the column's price drops instead. */
const NO_FILL = -1;

/**
 * One backward search from column `c0`, which has room and a positive price (its arc to the sink
 * is owed a unit): the cheapest way, on reduced costs, to bring a unit into it, settling nodes by
 * their distance to `c0`. A column reached may give a unit up to the sink (at its price `v`, the
 * reduced cost of the sink's arc back into it); a row reached with a place left takes one more
 * edge (its reduced cost from the sink, `−u`, is 0: such a row has `u = 0` or units to place);
 * `c0` itself may stay short at cost `v[c0]`. Reprices the settled nodes by `best − dist` (rows
 * up, columns down: a forward search's update mirrored) and moves the unit along the path.
 */
function fillPlace(
  s: State,
  byCol: { readonly start: Int32Array; readonly edges: Int32Array },
  c0: number,
): void {
  const { rows, start, col, edgeRow, rowCapacity } = s.graph;
  const {
    weight,
    used,
    slots,
    slotStart,
    slotPos,
    colDeg,
    rowDeg,
    u,
    v,
    dist,
    pred,
    seen,
    done,
    settled,
    heap,
  } = s;
  const stamp = ++s.stamp;
  heap.clear();
  const x0 = rows + c0;
  let best = v[c0] as number;
  let end = NO_FILL;
  let count = 0;
  seen[x0] = stamp;
  done[x0] = stamp;
  dist[x0] = 0;
  settled[count++] = x0;
  let node = x0;
  let d = 0;
  for (;;) {
    if (node >= rows) {
      const c = node - rows;
      const vc = v[c] as number;
      // A column other than c0 reached through one of its edges may give that unit up instead.
      if (c !== c0 && d + Math.max(0, vc) < best) {
        best = d + Math.max(0, vc);
        end = node;
      }
      for (let k = byCol.start[c] as number, to = byCol.start[c + 1] as number; k < to; k++) {
        const e = byCol.edges[k] as number;
        if (used[e] !== 0) continue;
        const r = edgeRow[e] as number;
        if (done[r] === stamp) continue;
        const nd = d + Math.max(0, (u[r] as number) + vc - (weight[e] as number));
        if (nd < best && (seen[r] !== stamp || nd < (dist[r] as number))) {
          seen[r] = stamp;
          dist[r] = nd;
          pred[r] = e;
          heap.push(r);
        }
      }
    } else {
      const r = node;
      const ur = u[r] as number;
      if ((rowDeg[r] as number) < (rowCapacity[r] as number) && d < best) {
        best = d;
        end = r;
      }
      for (let e = start[r] as number, to = start[r + 1] as number; e < to; e++) {
        if (used[e] === 0) continue;
        const x = rows + (col[e] as number);
        if (done[x] === stamp) continue;
        const nd = d + Math.max(0, (weight[e] as number) - ur - (v[x - rows] as number));
        if (nd < best && (seen[x] !== stamp || nd < (dist[x] as number))) {
          seen[x] = stamp;
          dist[x] = nd;
          pred[x] = e;
          heap.push(x);
        }
      }
    }
    if (heap.size === 0 || (dist[heap.peek()] as number) >= best) break;
    node = heap.pop();
    d = dist[node] as number;
    done[node] = stamp;
    settled[count++] = node;
  }
  for (let k = 0; k < count; k++) {
    const x = settled[k] as number;
    const delta = best - (dist[x] as number);
    if (x < rows) u[x] = (u[x] as number) + delta;
    else v[x - rows] = (v[x - rows] as number) - delta;
  }
  if (end === NO_FILL) return;
  // The unit moves from the end to c0: a row on the way takes the edge it was reached by and
  // gives up the one after it; each column in between swaps one holder for another in its slot.
  let r: number;
  if (end >= rows) {
    const e = pred[end] as number;
    removeSlot(s, end - rows, e);
    used[e] = 0;
    r = edgeRow[e] as number;
  } else {
    r = end;
    rowDeg[r] = (rowDeg[r] as number) + 1;
    if ((s.remaining[r] as number) > 0) s.remaining[r] = (s.remaining[r] as number) - 1;
  }
  for (;;) {
    const taken = pred[r] as number;
    const c = col[taken] as number;
    used[taken] = 1;
    if (c === c0) {
      const k = colDeg[c0] as number;
      slots[(slotStart[c0] as number) + k] = taken;
      slotPos[taken] = k;
      colDeg[c0] = k + 1;
      return;
    }
    const given = pred[rows + c] as number;
    const k = slotPos[given] as number;
    slots[(slotStart[c] as number) + k] = taken;
    slotPos[taken] = k;
    used[given] = 0;
    r = edgeRow[given] as number;
  }
}
