import { type CandidateProblem, type ExtraEdge, edgesFrom, hasEdge, withEdges } from './candidateGraph';
import * as E from 'fp-ts/lib/Either.js';
import {
  type BMatching,
  type BipartiteGraph,
  bMatchingThreshold,
  maxCardinalityBMatching,
} from '../../assignment/index';

/** The solver the engine runs on a graph (the assignment layer's `solveBMatching`, or a stand-in). @internal */
export type GraphSolver = (graph: BipartiteGraph, objective: 'max-total') => BMatching | undefined;

/** Why a certified solve stopped without an answer. @internal */
export type SolveStop = 'aborted' | 'solver-failure';

/**
 * Solves the candidate graph for the largest total of `score + bonus` over the edges scoring at
 * least `floor`, and proves the answer optimal over ALL candidate pairs of the cohort, also those
 * the graph left out.
 *
 * The proof (LP duality for bipartite b-matching, whose LP is integral): the solver returns, with
 * its matching of total `z`, optimal duals `u_r, v_c ≥ 0` (and `z_e = max(0, w_e − u_r − v_c)` on
 * the chosen edges) of objective `z`. Extend the graph by any edge `(r, c)` with
 * `u_r + v_c ≥ w_rc` and `z_rc = 0`: the duals stay feasible with the same objective, so `z`
 * bounds the larger graph's optimum, and the matching reaches it. So the matching is optimal over
 * every pair once no left-out pair violates its dual constraint. The duals are first checked on
 * the graph itself (feasible, objective equal to the total), so a solver's mistake is an error,
 * not a silent wrong answer.
 *
 * Checking without scoring every pair again: each row `r` kept its best candidates, and every
 * left-out one scores at most `t_r` (`threshold[r]`). A row with `u_r + min v ≥ t_r + bonus`
 * (e.g. `u_r ≥ t_r + bonus`) is proved as is. Otherwise only the mentors with
 * `v_c < t_r + bonus − u_r` can violate, a prefix of the mentors sorted by `v`; just those pairs
 * are scored (or the row again when the prefix is long). Violators are added and the graph solved
 * again, until none is left: each round adds at least one edge, so this ends.
 *
 * @returns the chosen edges as indices into `candidates.graph` (which may have grown), or why not
 * @internal
 */
export function certifiedSolve(
  p: CandidateProblem,
  candidates: { graph: BipartiteGraph; readonly threshold: Float64Array },
  solve: GraphSolver,
  floor: number,
  bonus: number,
): Int32Array | SolveStop {
  const tol = 1e-9 * (1 + bonus);
  const buffer = new Float64Array(p.scorer.cols);
  for (;;) {
    if (p.signal?.aborted === true) return 'aborted';
    const { graph: sub, from } = edgesFrom(candidates.graph, floor);
    const weighted: BipartiteGraph = { ...sub, weight: Float64Array.from(sub.weight, (w) => w + bonus) };
    const solved = solve(weighted, 'max-total');
    if (solved === undefined) return stopped(p);
    if (!dualsProve(weighted, solved, tol)) return 'solver-failure';
    const u = solved.rowDual;
    const v = solved.colDual;
    const open: number[] = [];
    for (let c = 0; c < sub.cols; c++) if ((p.colCapacity[c] as number) > 0) open.push(c);
    open.sort((a, b) => (v[a] as number) - (v[b] as number) || a - b);
    const vMin = open.length > 0 ? (v[open[0] as number] as number) : Number.POSITIVE_INFINITY;
    const violators: ExtraEdge[] = [];
    const lowest = Math.max(floor, p.minScore);
    for (let r = 0; r < sub.rows; r++) {
      const t = candidates.threshold[r] as number;
      if (t < lowest) continue; // nothing left out of this row reaches the floor
      const need = t + bonus - (u[r] as number) - tol;
      if (vMin >= need) continue;
      let end = 0;
      while (end < open.length && (v[open[end] as number] as number) < need) end++;
      const e = p.rows[r] as number;
      const wholeRow = end * 4 > open.length;
      if (wholeRow) p.scorer.row(e, buffer);
      for (let i = 0; i < end; i++) {
        const c = open[i] as number;
        if (hasEdge(candidates.graph, r, c) || p.pinned(r, c)) continue;
        const s = wholeRow ? (buffer[c] as number) : p.scorer.at(e, c);
        if (s >= lowest && (u[r] as number) + (v[c] as number) < s + bonus - tol) violators.push([r, c, s]);
      }
    }
    if (violators.length === 0) return Int32Array.from(solved.edges, (k) => from[k] as number);
    candidates.graph = withEdges(candidates.graph, violators);
  }
}

/** Why a solver gave no answer: the run was cancelled, or the solver failed. */
function stopped(p: CandidateProblem): SolveStop {
  return p.signal?.aborted === true ? 'aborted' : 'solver-failure';
}

/**
 * Whether the duals prove the matching optimal on the graph itself: `u, v ≥ 0`,
 * `u_r + v_c ≥ w` on every edge not chosen, and the dual objective
 * `Σ b_r u_r + Σ b_c v_c + Σ_chosen max(0, w − u_r − v_c)` equal to the total.
 *
 * @internal
 */
export function dualsProve(g: BipartiteGraph, m: BMatching, tol: number): boolean {
  const chosen = new Uint8Array(g.col.length);
  for (const k of m.edges) chosen[k] = 1;
  let dual = 0;
  let total = 0;
  for (let r = 0; r < g.rows; r++) {
    const u = m.rowDual[r] as number;
    if (!(u >= 0)) return false;
    dual += u * (g.rowCapacity[r] as number);
    for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) {
      const w = g.weight[k] as number;
      const slack = u + (m.colDual[g.col[k] as number] as number) - w;
      if (chosen[k] === 1) {
        total += w;
        if (slack < 0) dual -= slack;
      } else if (slack < -tol) return false;
    }
  }
  for (let c = 0; c < g.cols; c++) {
    const v = m.colDual[c] as number;
    if (!(v >= 0)) return false;
    dual += v * (g.colCapacity[c] as number);
  }
  return Math.abs(dual - total) <= tol * (1 + m.edges.length);
}

/**
 * The fairest threshold over ALL candidate pairs: the largest `t` such that `most` pairs (the
 * certified maximum) can be made on pairs scoring at least `t`.
 *
 * The graph's own threshold `t` (`bMatchingThreshold`: Dinic probes, no weighted solve) is a lower bound (a subgraph can only do worse), and left-out pairs
 * above it could raise it. The proof that they do not is a cut (König–Egerváry for b-matching):
 * on the graph's edges above `t` the maximum is `μ < most`; the residual graph of that maximum
 * gives the reachable rows `S` and columns `X`, and a cut of value `μ`. A left-out pair `(r, c)`
 * above `t` adds at most 1 to that cut, and only when `r ∈ S` and `c ∉ X`. So only reachable rows
 * whose left-out candidates may reach above `t` (`threshold[r] > t`) are scanned, against the
 * unreachable columns; if the cut plus the pairs found stays below `most`, `t` is proved; otherwise
 * those pairs join the graph and the threshold is found again (it can only rise).
 *
 * @returns the threshold, or why not
 * @internal
 */
export function certifiedThreshold(
  p: CandidateProblem,
  candidates: { graph: BipartiteGraph; readonly threshold: Float64Array },
  most: number,
): number | SolveStop {
  for (;;) {
    if (p.signal?.aborted === true) return 'aborted';
    const signal = p.signal === undefined ? {} : { signal: p.signal };
    const fair = bMatchingThreshold(candidates.graph, signal);
    if (E.isLeft(fair)) return stopped(p);
    const t = fair.right.threshold;
    const { graph: above } = edgesFrom(candidates.graph, t, true);
    const maximum = maxCardinalityBMatching(above, signal);
    if (E.isLeft(maximum)) return stopped(p);
    const best = maximum.right;
    const { rows: reachRow, cols: reachCol } = residualReach(above, best.edges);
    const closed: number[] = [];
    for (let c = 0; c < above.cols; c++)
      if (reachCol[c] === 0 && (p.colCapacity[c] as number) > 0) closed.push(c);
    const found: ExtraEdge[] = [];
    const buffer = new Float64Array(p.scorer.cols);
    const wholeRow = closed.length * 4 > p.scorer.cols;
    for (let r = 0; r < above.rows && best.edges.length + found.length < most; r++) {
      if (reachRow[r] === 0 || !((candidates.threshold[r] as number) > t)) continue;
      const e = p.rows[r] as number;
      if (wholeRow) p.scorer.row(e, buffer);
      for (const c of closed) {
        if (hasEdge(candidates.graph, r, c) || p.pinned(r, c)) continue;
        const s = wholeRow ? (buffer[c] as number) : p.scorer.at(e, c);
        if (s > t && s >= p.minScore) found.push([r, c, s]);
      }
    }
    if (best.edges.length + found.length < most) return t;
    candidates.graph = withEdges(candidates.graph, found);
  }
}

/**
 * The rows and columns reachable in the residual graph of a maximum b-matching (from the rows with
 * a place left, along unchosen edges to columns and chosen edges back to rows).
 */
function residualReach(g: BipartiteGraph, edges: Int32Array): { rows: Uint8Array; cols: Uint8Array } {
  const chosen = new Uint8Array(g.col.length);
  const usedRow = new Int32Array(g.rows);
  const matchedRowsOfCol: number[][] = Array.from({ length: g.cols }, () => []);
  const rowOf = new Int32Array(g.col.length);
  for (let r = 0; r < g.rows; r++)
    for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) rowOf[k] = r;
  for (const k of edges) {
    chosen[k] = 1;
    const r = rowOf[k] as number;
    usedRow[r] = (usedRow[r] as number) + 1;
    matchedRowsOfCol[g.col[k] as number]?.push(r);
  }
  const rows = new Uint8Array(g.rows);
  const cols = new Uint8Array(g.cols);
  const queue: number[] = [];
  for (let r = 0; r < g.rows; r++) {
    if ((usedRow[r] as number) < (g.rowCapacity[r] as number)) {
      rows[r] = 1;
      queue.push(r);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const r = queue[head] as number;
    for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) {
      const c = g.col[k] as number;
      if (chosen[k] === 1 || cols[c] === 1) continue;
      cols[c] = 1;
      for (const back of matchedRowsOfCol[c] ?? []) {
        if (rows[back] === 1) continue;
        rows[back] = 1;
        queue.push(back);
      }
    }
  }
  return { rows, cols };
}
