import { type CandidateProblem, type ExtraEdge, edgesFrom, hasEdge, withEdges } from './candidateGraph';
import { type SolveStop, stopped } from './certifiedSolve';
import * as E from 'fp-ts/lib/Either.js';
import { type BipartiteGraph, bMatchingThreshold, maxCardinalityBMatching } from '../../assignment/index';

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
