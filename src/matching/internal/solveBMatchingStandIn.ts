import { right, type Either } from 'fp-ts/lib/Either.js';

/**
 * Candidate edges in CSR by row (the shared contract of `assignment/BipartiteGraph`): row r's
 * edges are `start[r] .. start[r+1]-1`, columns strictly increasing within a row, finite weights;
 * a row takes up to `rowCapacity[r]` edges, a column up to `colCapacity[c]`, an edge at most once.
 *
 * @internal
 */
export interface BipartiteGraph {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly weight: Float64Array;
  readonly rowCapacity: Int32Array;
  readonly colCapacity: Int32Array;
}

/** What the b-matching solver optimises (the shared contract). @internal */
export type BMatchingObjective = 'max-total' | 'max-matched' | 'fairest';

/** Options of the b-matching solver (the shared contract). @internal */
export interface BMatchingOptions {
  readonly objective?: BMatchingObjective;
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (done: number, total: number) => void;
}

/** A b-matching and its optimal LP duals (the shared contract). @internal */
export interface BMatching {
  readonly edges: Int32Array;
  readonly total: number;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  readonly threshold?: number;
}

/**
 * A slow, plainly correct stand-in for the assignment layer's `solveBMatching` (same signature),
 * used until that solver lands: successive shortest augmenting paths (Bellman–Ford on the
 * residual graph of source → rows → columns → sink, edge capacity 1), then the LP duals from
 * shortest-path potentials of the final residual graph with a free source ↔ sink arc, so
 * `p(s) = p(t)`: `u_r = max(0, p(r) − p(s))`, `v_c = max(0, p(t) − p(c))`. Reduced costs are ≥ 0
 * on every residual arc, which gives `u_r + v_c ≥ w` on unused edges, `u_r + v_c ≤ w` on used
 * ones, and `u_r = 0` (`v_c = 0`) on rows (columns) with a free place: complementary slackness,
 * so the duals are optimal.
 *
 * @internal
 */
export function solveBMatching(
  graph: BipartiteGraph,
  options: BMatchingOptions = {},
): Either<never, BMatching> {
  const objective = options.objective ?? 'max-total';
  if (objective === 'max-total') return right(maxTotal(graph, graph.weight));
  const unit = new Float64Array(graph.col.length).fill(1);
  const most = maxTotal(graph, unit).edges.length;
  let threshold = Number.NEGATIVE_INFINITY;
  let allowed = graph;
  if (objective === 'fairest' && most > 0) {
    const levels = [...new Set(graph.weight)].sort((a, b) => b - a);
    // The largest t with `most` edges on the edges >= t: the first level (descending) that reaches it.
    let lo = 0;
    let hi = levels.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = levels[mid] as number;
      const sub = restrict(graph, t);
      if (maxTotal(sub, new Float64Array(sub.col.length).fill(1)).edges.length >= most) hi = mid;
      else lo = mid + 1;
    }
    threshold = levels[lo] as number;
    allowed = restrict(graph, threshold);
  }
  const bonus = most + 1 + sumAbs(graph.weight);
  const shifted = Float64Array.from(allowed.weight, (w) => w + bonus);
  const solved = maxTotal(allowed, shifted);
  const edges = objective === 'fairest' ? mapBack(graph, allowed, solved.edges) : solved.edges;
  let total = 0;
  for (const e of edges) total += graph.weight[e] as number;
  return right({
    edges,
    total,
    rowDual: solved.rowDual,
    colDual: solved.colDual,
    ...(objective === 'fairest' ? { threshold } : {}),
  });
}

function sumAbs(w: Float64Array): number {
  let s = 0;
  for (const x of w) s += Math.abs(x);
  return s;
}

/** The graph's edges of weight ≥ t, with an index back into the graph in `col` order. */
function restrict(g: BipartiteGraph, t: number): BipartiteGraph & { readonly from: Int32Array } {
  const start = new Int32Array(g.rows + 1);
  const col: number[] = [];
  const weight: number[] = [];
  const from: number[] = [];
  for (let r = 0; r < g.rows; r++) {
    for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) {
      if ((g.weight[k] as number) >= t) {
        col.push(g.col[k] as number);
        weight.push(g.weight[k] as number);
        from.push(k);
      }
    }
    start[r + 1] = col.length;
  }
  return {
    ...g,
    start,
    col: Int32Array.from(col),
    weight: Float64Array.from(weight),
    from: Int32Array.from(from),
  };
}

function mapBack(g: BipartiteGraph, sub: BipartiteGraph, edges: Int32Array): Int32Array {
  const from = (sub as { readonly from?: Int32Array }).from;
  if (from === undefined || sub === g) return edges;
  return Int32Array.from(edges, (e) => from[e] as number).sort();
}

function maxTotal(g: BipartiteGraph, weight: Float64Array): BMatching {
  const R = g.rows;
  const C = g.cols;
  const E = g.col.length;
  const S = R + C;
  const T = R + C + 1;
  const N = R + C + 2;
  const rowOf = new Int32Array(E);
  for (let r = 0; r < R; r++)
    for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) rowOf[k] = r;
  // Column CSR of the edges, for the arcs column → row.
  const colStart = new Int32Array(C + 1);
  for (let k = 0; k < E; k++)
    colStart[(g.col[k] as number) + 1] = (colStart[(g.col[k] as number) + 1] as number) + 1;
  for (let c = 0; c < C; c++) colStart[c + 1] = (colStart[c + 1] as number) + (colStart[c] as number);
  const byCol = new Int32Array(E);
  const fill = colStart.slice(0, C);
  for (let k = 0; k < E; k++) {
    const c = g.col[k] as number;
    byCol[fill[c] as number] = k;
    fill[c] = (fill[c] as number) + 1;
  }
  const used = new Uint8Array(E);
  const usedR = new Int32Array(R);
  const usedC = new Int32Array(C);

  // Relaxes every residual arc out of `v`, calling `relax(to, cost, via)`; `via` is the edge
  // (≥ 0) or −1 for the source/sink arcs.
  const arcs = (
    v: number,
    freeArc: boolean,
    relax: (to: number, cost: number, via: number) => void,
  ): void => {
    if (v === S) {
      for (let r = 0; r < R; r++) if ((usedR[r] as number) < (g.rowCapacity[r] as number)) relax(r, 0, -1);
      if (freeArc) relax(T, 0, -1);
    } else if (v === T) {
      for (let c = 0; c < C; c++) if ((usedC[c] as number) > 0) relax(R + c, 0, -1);
      if (freeArc) relax(S, 0, -1);
    } else if (v < R) {
      if ((usedR[v] as number) > 0) relax(S, 0, -1);
      for (let k = g.start[v] as number; k < (g.start[v + 1] as number); k++)
        if (used[k] === 0) relax(R + (g.col[k] as number), -(weight[k] as number), k);
    } else {
      const c = v - R;
      if ((usedC[c] as number) < (g.colCapacity[c] as number)) relax(T, 0, -1);
      for (let i = colStart[c] as number; i < (colStart[c + 1] as number); i++) {
        const k = byCol[i] as number;
        if (used[k] === 1) relax(rowOf[k] as number, weight[k] as number, k);
      }
    }
  };
  const dist = new Float64Array(N);
  const pred = new Int32Array(N);
  const predEdge = new Int32Array(N);
  const inQueue = new Uint8Array(N);
  const shortest = (sources: 'source' | 'all', freeArc: boolean): void => {
    dist.fill(sources === 'all' ? 0 : Number.POSITIVE_INFINITY);
    dist[S] = 0;
    pred.fill(-1);
    const queue: number[] = [];
    if (sources === 'all') for (let v = 0; v < N; v++) queue.push(v);
    else queue.push(S);
    inQueue.fill(0);
    for (const v of queue) inQueue[v] = 1;
    let head = 0;
    let steps = 0;
    const limit = N * (E + N + 2) + 10;
    while (head < queue.length && steps++ < limit) {
      const v = queue[head++] as number;
      inQueue[v] = 0;
      // A path from the source to the sink never passes through the sink, nor back to the source.
      if (sources === 'source' && v === T) continue;
      const dv = dist[v] as number;
      arcs(v, freeArc, (to, cost, via) => {
        if (sources === 'source' && to === S) return;
        const d = dv + cost;
        if (d < (dist[to] as number) - 1e-12) {
          dist[to] = d;
          pred[to] = v;
          predEdge[to] = via;
          if (inQueue[to] === 0) {
            inQueue[to] = 1;
            queue.push(to);
          }
        }
      });
    }
  };
  for (;;) {
    shortest('source', false);
    const d = dist[T] as number;
    if (!(d <= 0)) break;
    for (let v = T; v !== S; v = pred[v] as number) {
      const u = pred[v] as number;
      const k = predEdge[v] as number;
      if (u === S) usedR[v] = (usedR[v] as number) + 1;
      else if (v === S) usedR[u] = (usedR[u] as number) - 1;
      else if (v === T) usedC[u - R] = (usedC[u - R] as number) + 1;
      else if (u === T) usedC[v - R] = (usedC[v - R] as number) - 1;
      else if (k >= 0) used[k] = u < R ? 1 : 0;
    }
  }
  shortest('all', true);
  const rowDual = new Float64Array(R);
  const colDual = new Float64Array(C);
  for (let r = 0; r < R; r++) rowDual[r] = Math.max(0, (dist[r] as number) - (dist[S] as number));
  for (let c = 0; c < C; c++) colDual[c] = Math.max(0, (dist[T] as number) - (dist[R + c] as number));
  const edges: number[] = [];
  let total = 0;
  for (let k = 0; k < E; k++) {
    if (used[k] === 1) {
      edges.push(k);
      total += g.weight[k] as number;
    }
  }
  return { edges: Int32Array.from(edges), total, rowDual, colDual };
}
