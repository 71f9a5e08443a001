import { columnSlots } from './ColumnSlots';
import type { State } from './State';
import { auctionStart } from './auctionStart';
import { byWeight } from './byWeight';
import { type FlowGraph, TICK_EVERY, type Ticker } from './FlowGraph';
import { IndexedHeap } from './IndexedHeap';
import { type StartPoint, warmStart } from './warmStart';

/** A maximum-weight b-matching (`used[e]` is 1 for a chosen edge) with its optimal LP duals. @internal */
export interface WeightedMatching {
  readonly used: Uint8Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
}

/**
 * Maximum-weight b-matching by successive shortest paths (min-cost flow, Ahuja, Magnanti & Orlin
 * 1993, §9.7) with Jonker–Volgenant style truncated Dijkstra searches.
 *
 * The network: each row sends its `capacity` units, each either along an edge (cost `-w`, at most
 * one unit) to a column and on to the sink `T` (at most `capacity` units per column), or straight
 * to `T` at cost 0 (the unit stays unmatched, "dumped"). Prices `u` (rows) and `v` (columns), with
 * the sink's price fixed at 0, keep every residual arc's reduced cost `>= 0`:
 *
 * - an unused edge: `u[r] + v[c] - w >= 0`; a used one: `w - u[r] - v[c] >= 0`;
 * - a row with a used edge can dump one more unit (`u[r] >= 0`); a finished row below capacity
 *   has dumped one (`u[r] <= 0`); likewise a column holding an edge has `v[c] >= 0` and one
 *   below capacity `v[c] <= 0` (so `v[c] = 0` there: `v` starts at 0 and only grows).
 *
 * Clamped at 0 these are exactly the optimal duals of the b-matching LP
 * `max Σ w x` s.t. row and column degrees within capacity, `0 <= x <= 1`: `u, v >= 0`,
 * `u[r] + v[c] >= w` on every unused edge, `u[r] + v[c] <= w` on every used one (its edge dual is
 * `w - u[r] - v[c]`), and a positive price only on a saturated row or column.
 *
 * A greedy start gives each row its best edges while they are free, with consistent prices (or,
 * given a `start`, that matching and those prices, repaired by `warmStart` wherever they break
 * the invariants); the rows it leaves short are then completed one unit at a time, each by a Dijkstra search on reduced
 * costs from that row that stops as soon as the sink is settled. Only the settled nodes are
 * repriced (JV's truncated update), so a search costs what it explores, not the graph's size.
 * Every weight must be `> 0` (the caller drops the others): the result never takes an edge that
 * does not raise the total. Ties go to the dump, then to the smaller node index (rows before
 * columns), so the same graph (and start) always gives the same edges.
 *
 * @returns the matching, or `undefined` when the ticker reports an abort.
 * @internal
 */
export function maxWeightBMatching(
  graph: FlowGraph,
  weight: Float64Array,
  ticker: Ticker,
  start?: StartPoint,
): WeightedMatching | undefined {
  const { rows, cols } = graph;
  const n = rows + cols;
  const dist = new Float64Array(n);
  const s: State = {
    graph,
    weight,
    byWeight: byWeight(graph, weight),
    ...columnSlots(graph),
    u: new Float64Array(rows),
    v: new Float64Array(cols),
    remaining: new Int32Array(rows),
    dist,
    pred: new Int32Array(n),
    seen: new Int32Array(n),
    done: new Int32Array(n),
    settled: new Int32Array(n),
    heap: new IndexedHeap(dist),
    stamp: 0,
    count: 0,
    vLow: 0,
  };
  const pending =
    start === undefined
      ? auctionStart(s, greedyStart(s))
      : warmStart(s, start, WARM_TOLERANCE * (1 + maxOf(weight)));
  s.vLow = minOf(s.v);
  let searches = 0;
  for (let p = 0; p < pending.length; p++) {
    const r0 = pending[p] as number;
    while ((s.remaining[r0] as number) > 0) {
      if (++searches % TICK_EVERY === 0 && ticker.tick(r0)) return undefined;
      const { best, end } = search(s, r0);
      reprice(s, best);
      if (end < 0)
        s.remaining[r0] = 0; // Dumping is now free for r0, so its other units dump too.
      else augment(s, r0, end);
    }
  }
  const { u, v, used } = s;
  for (let r = 0; r < rows; r++) if ((u[r] as number) < 0) u[r] = 0;
  for (let c = 0; c < cols; c++) if ((v[c] as number) < 0) v[c] = 0;
  return { used, rowDual: u, colDual: v };
}

/**
 * How far below 0, relative to the largest weight, a reduced cost of a start point may be and
 * still be read as 0 (rounding in the prices an earlier run left): `warmStart` repairs only what
 * lies beyond it, so an optimum's tight edges are not given up over their last bit.
 */
const WARM_TOLERANCE = 1e-12;

/** The least of 0 and the values. */
function minOf(values: Float64Array): number {
  let min = 0;
  for (let k = 0; k < values.length; k++) if ((values[k] as number) < min) min = values[k] as number;
  return min;
}

function maxOf(weight: Float64Array): number {
  let max = 0;
  for (let e = 0; e < weight.length; e++) if ((weight[e] as number) > max) max = weight[e] as number;
  return max;
}

/**
 * Greedy start with v = 0: a row takes its best edges (ties: the lower column) while their
 * columns have room, and stops at the first best edge whose column is full. Then u[r] = the best
 * weight left, so every used edge has w >= u[r] and every unused one w <= u[r].
 *
 * @returns the rows left short, ascending.
 */
function greedyStart(s: State): number[] {
  const { rows, start, col, rowCapacity, colCapacity } = s.graph;
  const { weight, used, slots, slotStart, slotPos, colDeg, rowDeg, u, remaining } = s;
  const pending: number[] = [];
  for (let r = 0; r < rows; r++) {
    const capacity = rowCapacity[r] as number;
    const from = start[r] as number;
    const to = start[r + 1] as number;
    for (let taken = 0; ; taken++) {
      let best = -1;
      let bestWeight = -Infinity;
      for (let e = from; e < to; e++) {
        if (used[e] === 0 && (weight[e] as number) > bestWeight) {
          best = e;
          bestWeight = weight[e] as number;
        }
      }
      if (best < 0 || taken === capacity || bestWeight <= 0) {
        u[r] = Math.max(0, bestWeight);
        break;
      }
      const c = col[best] as number;
      const k = colDeg[c] as number;
      if (k >= (colCapacity[c] as number)) {
        u[r] = bestWeight;
        remaining[r] = capacity - taken;
        pending.push(r);
        break;
      }
      used[best] = 1;
      slots[(slotStart[c] as number) + k] = best;
      slotPos[best] = k;
      colDeg[c] = k + 1;
      rowDeg[r] = taken + 1;
    }
  }
  return pending;
}

/**
 * One truncated Dijkstra search on reduced costs from row `r0` to the sink: `best` is the length
 * of the shortest way, `end` the node it leaves by (-1: r0 dumps the unit; a row: that row drops
 * the edge it was reached by; a column: it has room). Settled nodes are in `settled[0 … count-1]`.
 *
 * Two prunings keep a search to the nodes it settles, without changing what it settles or
 * chooses: a node is queued only if it is no farther than the nearest end reached so far
 * (`bound`, settled or not: a node beyond it is never settled), and a row's edges are read
 * heaviest first, stopping at the first whose reduced cost, even at the lowest column price,
 * would reach past that.
 */
function search(s: State, r0: number): { readonly best: number; readonly end: number } {
  const { rows, start, col, edgeRow, colCapacity } = s.graph;
  const { weight, used, slots, slotStart, colDeg, u, v, dist, pred, seen, done, settled, heap, vLow } = s;
  const { edge: edgeOf, weight: order } = s.byWeight;
  const stamp = ++s.stamp;
  heap.clear();
  let best = Math.max(0, u[r0] as number);
  // The shortest way to an end reached so far, settled or not (`<= best`): a node further away
  // than that is never settled, so it is not queued at all.
  let bound = best;
  let end = -1;
  let count = 0;
  seen[r0] = stamp;
  done[r0] = stamp;
  dist[r0] = 0;
  settled[count++] = r0;
  let node = r0;
  let d = 0;
  for (;;) {
    if (node < rows) {
      const r = node;
      const ur = u[r] as number;
      // A row reached through one of its edges may drop that edge instead (dump a unit).
      if (r !== r0 && d + Math.max(0, ur) < best) {
        best = d + Math.max(0, ur);
        end = r;
      }
      // Heaviest edge first: once even the lowest price (`vLow`) leaves an edge at or beyond the
      // nearest end, so it does every lighter one. Each edge leads to a column of its own, so the
      // order within a row changes nothing else.
      for (let k = start[r] as number, to = start[r + 1] as number; k < to; k++) {
        const w = order[k] as number;
        const low = d + Math.max(0, ur + vLow - w);
        if (low >= best || low > bound) break;
        const e = edgeOf[k] as number;
        if (used[e] !== 0) continue;
        const x = rows + (col[e] as number);
        if (done[x] === stamp) continue;
        const c = x - rows;
        const vc = v[c] as number;
        const nd = d + Math.max(0, ur + vc - w);
        if (nd < best && nd <= bound && (seen[x] !== stamp || nd < (dist[x] as number))) {
          seen[x] = stamp;
          dist[x] = nd;
          pred[x] = e;
          heap.push(x);
          // A column with room ends a way of this length: nothing longer can be settled.
          if ((colDeg[c] as number) < (colCapacity[c] as number) && nd - Math.min(0, vc) < bound)
            bound = nd - Math.min(0, vc);
        }
      }
    } else {
      const c = node - rows;
      const vc = v[c] as number;
      if ((colDeg[c] as number) < (colCapacity[c] as number) && d - Math.min(0, vc) < best) {
        best = d - Math.min(0, vc);
        end = node;
      }
      for (let k = slotStart[c] as number, to = k + (colDeg[c] as number); k < to; k++) {
        const e = slots[k] as number;
        const r = edgeRow[e] as number;
        if (done[r] === stamp) continue;
        const ur = u[r] as number;
        const nd = d + Math.max(0, (weight[e] as number) - ur - vc);
        if (nd < best && nd <= bound && (seen[r] !== stamp || nd < (dist[r] as number))) {
          seen[r] = stamp;
          dist[r] = nd;
          pred[r] = e;
          heap.push(r);
          // So does the row dropping that edge (dumping the unit).
          if (nd + Math.max(0, ur) < bound) bound = nd + Math.max(0, ur);
        }
      }
    }
    if (heap.size === 0 || (dist[heap.peek()] as number) >= best) break;
    node = heap.pop();
    d = dist[node] as number;
    done[node] = stamp;
    settled[count++] = node;
  }
  s.count = count;
  return { best, end };
}

/** Truncated repricing (JV): a settled node moves by best - dist, the others keep their prices. */
function reprice(s: State, best: number): void {
  const rows = s.graph.rows;
  const { u, v, dist, settled } = s;
  for (let k = 0; k < s.count; k++) {
    const x = settled[k] as number;
    const delta = best - (dist[x] as number);
    if (x < rows) u[x] = (u[x] as number) - delta;
    else v[x - rows] = (v[x - rows] as number) + delta;
  }
}

/** Augments from r0 to `end`: walking back, each column trades the edge it held for the one it was reached by. */
function augment(s: State, r0: number, end: number): void {
  const { rows, col, edgeRow } = s.graph;
  const { used, slots, slotStart, slotPos, colDeg, rowDeg, pred, remaining } = s;
  let c: number;
  let hole: number;
  if (end < rows) {
    const dropped = pred[end] as number;
    used[dropped] = 0;
    rowDeg[end] = (rowDeg[end] as number) - 1;
    c = col[dropped] as number;
    hole = slotPos[dropped] as number;
  } else {
    c = end - rows;
    hole = colDeg[c] as number;
    colDeg[c] = hole + 1;
  }
  for (;;) {
    const e = pred[rows + c] as number;
    const r = edgeRow[e] as number;
    used[e] = 1;
    slots[(slotStart[c] as number) + hole] = e;
    slotPos[e] = hole;
    if (r === r0) break;
    const dropped = pred[r] as number;
    used[dropped] = 0;
    c = col[dropped] as number;
    hole = slotPos[dropped] as number;
  }
  rowDeg[r0] = (rowDeg[r0] as number) + 1;
  remaining[r0] = (remaining[r0] as number) - 1;
}
