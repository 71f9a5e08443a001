import {
  type CandidateProblem,
  type CandidateState,
  type ExtraEdge,
  edgesFrom,
  hasEdge,
  hasReserved,
  withEdges,
} from './candidateGraph';
import { ClosestPairs } from './ClosestPairs';
import type { BMatching, BipartiteGraph } from '../../assignment/index';
import { type LastSolve, type SolveStart, carriedStart } from './carriedStart';

/**
 * The solver the engine runs on a graph (the assignment layer's `solveBMatching`, or a stand-in),
 * from `start` when given: the answer must not depend on it, only the time. @internal
 */
export type GraphSolver = (
  graph: BipartiteGraph,
  objective: 'max-total',
  start?: SolveStart,
) => BMatching | undefined;

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
 * Checking without scoring every pair again: each row `r` kept its best candidates in the graph
 * and the next best in reserve, with their scores, which are checked as they are; every other
 * candidate scores at most `t_r` (`beyond[r]`). A row with `u_r + min v ≥ t_r + bonus`
 * (e.g. `u_r ≥ t_r + bonus`) is proved as is. Otherwise only the mentors with
 * `v_c < t_r + bonus − u_r` can violate, a prefix of the mentors sorted by `v`; just those pairs
 * are scored (or the row again when the prefix is long). Violators are added and the graph solved
 * again, until none is left: each round adds at least one edge, so this ends. The pairs that
 * nearly violate are added with them, since the next prices tend to make them violate; a round
 * adds at most a tenth of the graph (those of least slack), so memory stays bounded.
 *
 * A row checked in round `k` also remembers `τ_r`, a bound on how far any of its pairs in neither
 * the graph nor the reserve scores above its column's price of that round:
 * `s_rc − v⁽ᵏ⁾_c ≤ τ_r`. In a later round with prices `u, v`, let `d_c = v⁽ᵏ⁾_c − v_c` be how far
 * column `c`'s price fell, and `D` the columns that fell by more than `δ`. A left-out pair outside
 * `D` has
 * `s_rc + bonus − u_r − v_c ≤ τ_r + δ + bonus − u_r` (the left-out pairs only ever shrink), so
 * once `u_r ≥ τ_r + δ + bonus`, only the pairs with the columns of `D` are scored. `δ` is chosen
 * per row, as the smallest fall in the list of falls sorted down that this test allows: rounds
 * after the first score a few pairs of the rows whose prices moved against them, not whole rows.
 *
 * Each solve after the first starts from the last one's answer (`last`, which holds the last
 * solve when it is passed in and is left holding this call's): a round adds a few edges, and the
 * solver then repairs the prices around them instead of solving the graph again from nothing. A
 * caller passes `last` on between solves of the same `bonus` (the prices are for `score + bonus`).
 *
 * @returns the chosen edges as indices into `candidates.graph` (which may have grown), or why not
 * @internal
 */
export function certifiedSolve(
  p: CandidateProblem,
  candidates: CandidateState,
  solve: GraphSolver,
  floor: number,
  bonus: number,
  tuning: CheckTuning = {},
  last: { value?: LastSolve } = {},
): Int32Array | SolveStop {
  const tol = 1e-9 * (1 + bonus);
  const lowest = Math.max(floor, p.minScore);
  const check = rowCheck(p, lowest, bonus, tol, {
    pairCost: tuning.pairCost ?? PAIR_COST,
    near: tuning.near ?? NEAR,
    addedAtMost: tuning.addedAtMost,
  });
  for (;;) {
    if (p.signal?.aborted === true) return 'aborted';
    // Without a floor every edge is solved (no copy); without a bonus, its own weight.
    const { graph: sub, from } =
      floor === Number.NEGATIVE_INFINITY
        ? { graph: candidates.graph, from: undefined }
        : edgesFrom(candidates.graph, floor);
    const weighted: BipartiteGraph = bonus === 0 ? sub : { ...sub, weight: plus(sub.weight, bonus) };
    const solved = solve(
      weighted,
      'max-total',
      last.value === undefined ? undefined : carriedStart(last.value, weighted),
    );
    if (solved === undefined) return stopped(p);
    last.value = { graph: weighted, solved };
    if (!dualsProve(weighted, solved, tol)) return 'solver-failure';
    const violators = check(candidates, solved.rowDual, solved.colDual);
    if (violators.length === 0) return from === undefined ? solved.edges : mapped(solved.edges, from);
    candidates.graph = withEdges(candidates.graph, violators);
  }
}

/** `weight + bonus`, edge by edge (a loop: `Float64Array.from` with a callback costs several times more). */
function plus(weight: Float64Array, bonus: number): Float64Array {
  const out = new Float64Array(weight.length);
  for (let k = 0; k < weight.length; k++) out[k] = (weight[k] as number) + bonus;
  return out;
}

/** The edges of a subgraph as indices into the whole graph (`from[k]`: edge `k`'s index there). */
function mapped(edges: Int32Array, from: Int32Array): Int32Array {
  const out = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) out[i] = from[edges[i] as number] as number;
  return out;
}

/**
 * How many of a row's cells cost as much as one pair scored alone (`scorer.at`, with the lookup of
 * the pair in the graph): about 6 by a run of both on 5,000² (330 against 59 ns), rounded up. A
 * row is scored pair by pair when that costs less than scoring it whole.
 *
 * @internal
 */
export const PAIR_COST = 8;

/** How the check trades scoring against rounds (defaults {@link PAIR_COST} and `NEAR`). @internal */
export interface CheckTuning {
  readonly pairCost?: number;
  readonly near?: number;
  /** The most pairs a round adds (default: a tenth of the graph's edges, at least `MIN_ADDED`). */
  readonly addedAtMost?: number | undefined;
}

/**
 * How close to violating its prices a left-out pair may come and still be added with the
 * violators (when there are any): the next round's prices move a little, and pairs this close
 * are the ones that then violate. With 0.03, 5,000² and 20,000² cohorts take 2 solves instead of
 * 3 and 4 (the first adds about 2 % and 10 % more edges).
 */
const NEAR = 0.03;

/** The fewest pairs a round may add, however small the graph. */
const MIN_ADDED = 4096;

/**
 * The dual check of {@link certifiedSolve} over its rounds: given a round's prices, the left-out
 * pairs that violate them and those that nearly do (to be added; none when nothing violates),
 * scoring only what the bounds do not prove.
 *
 * @internal
 */
export function rowCheck(
  p: CandidateProblem,
  lowest: number,
  bonus: number,
  tol: number,
  {
    pairCost,
    near: nearSlack,
    addedAtMost,
  }: CheckTuning & { readonly pairCost: number; readonly near: number },
): (candidates: Readonly<CandidateState>, u: Float64Array, v: Float64Array) => ExtraEdge[] {
  const R = p.rows.length;
  const C = p.scorer.cols;
  const buffer = new Float64Array(C);
  // known[c] === r: the pair (r, c) is in the graph or the reserve.
  const known = new Int32Array(C).fill(-1);
  // Each row's bound `τ_r` and the round whose prices it holds for (−1: none yet).
  const tauOf = new Float64Array(R);
  const roundOf = new Int32Array(R).fill(-1);
  const pastPrices: Float64Array[] = [];
  const open = Array.from({ length: C }, (_, c) => c).filter((c) => (p.colCapacity[c] as number) > 0);
  return (candidates, u, v) => {
    const g = candidates.graph;
    const byPrice = [...open].sort((a, b) => (v[a] as number) - (v[b] as number) || a - b);
    const vMin = byPrice.length > 0 ? (v[byPrice[0] as number] as number) : Number.POSITIVE_INFINITY;
    // For every earlier round: the open columns by how far their price fell since, most first.
    const falls = pastPrices.map((before) => fallsSince(open, before, v));
    const round = pastPrices.length;
    pastPrices.push(v);
    // The pairs to add: every violator and near-violator while they fit in `cap` (a tenth of the
    // graph), else those of least slack; a pair left out of them stays left out, and its row's
    // bound takes it in (a reserve pair stays in the reserve), so a later round finds it again.
    const closest = new ClosestPairs(addedAtMost ?? Math.max(MIN_ADDED, Math.floor(g.col.length / 10)));
    let violating = 0;
    const onDrop = (r: number, c: number, s: number, fromReserve: boolean): void => {
      if (!fromReserve) tauOf[r] = Math.max(tauOf[r] as number, s - (v[c] as number));
    };
    const consider = (r: number, e: number, c: number, s: number, tau: number): number => {
      if (s < lowest) return tau;
      const vc = v[c] as number;
      const slack = (u[r] as number) + vc - s - bonus;
      if (slack >= nearSlack) return Math.max(tau, s - vc);
      if (slack < -tol) violating++;
      closest.push(slack, r, c, s, false);
      return tau;
    };
    const { reserve, beyond } = candidates;
    for (let r = 0; r < R; r++) {
      if (closest.full) closest.fit(onDrop); // between rows: each row's bound is final
      const ur = u[r] as number;
      // The reserve's scores are known: each of its pairs is checked as it is.
      for (let i = reserve.start[r] as number; i < (reserve.start[r + 1] as number); i++) {
        const s = reserve.score[i] as number;
        const c = reserve.col[i] as number;
        const slack = ur + (v[c] as number) - s - bonus;
        if (s < lowest || slack >= nearSlack || hasEdge(g, r, c)) continue;
        if (slack < -tol) violating++;
        closest.push(slack, r, c, s, true);
      }
      // The rest, in neither the graph nor the reserve, by the bounds (τ_r covers these only).
      const t = beyond[r] as number;
      if (t < lowest) continue; // nothing else left out of this row reaches the floor
      const need = t + bonus - ur - tol;
      if (vMin >= need) continue;
      const e = p.rows[r] as number;
      const pins = p.hasPins(r);
      const skip = (c: number): boolean =>
        hasEdge(g, r, c) || hasReserved(reserve, r, c) || (pins && p.pinned(r, c));
      const since = roundOf[r] as number;
      if (since >= 0) {
        // The columns whose fall the earlier bound cannot absorb: a prefix of the falls.
        const { order, fall } = falls[since] as Falls;
        const before = tauOf[r] as number;
        const room = ur - tol - before - bonus;
        let end = 0;
        while (end < order.length && (fall[end] as number) > room) end++;
        if (end * pairCost <= C) {
          // Past the prefix, s − v_c ≤ τ_r + fall ≤ τ_r + fall[end] at this round's prices.
          let tau = end < order.length ? before + (fall[end] as number) : Number.NEGATIVE_INFINITY;
          for (let i = 0; i < end; i++) {
            const c = order[i] as number;
            if (!skip(c)) tau = consider(r, e, c, p.scorer.at(e, c), tau);
          }
          tauOf[r] = tau;
          roundOf[r] = round;
          continue;
        }
      }
      let end = 0;
      while (end < byPrice.length && (v[byPrice[end] as number] as number) < need) end++;
      let tau = Number.NEGATIVE_INFINITY;
      if (end * pairCost > C) {
        // Most columns could violate: score the whole row, and take τ_r exactly.
        p.scorer.row(e, buffer);
        // Marks stay valid: the graph and the reserve of a row only grow.
        for (let k = g.start[r] as number; k < (g.start[r + 1] as number); k++) known[g.col[k] as number] = r;
        for (let i = reserve.start[r] as number; i < (reserve.start[r + 1] as number); i++)
          known[reserve.col[i] as number] = r;
        for (const c of open)
          if (known[c] !== r && !(pins && p.pinned(r, c))) tau = consider(r, e, c, buffer[c] as number, tau);
      } else {
        // Only the prefix can violate; past it, s ≤ t and v_c is at least the prefix's bound.
        if (end < byPrice.length) tau = t - (v[byPrice[end] as number] as number);
        for (let i = 0; i < end; i++) {
          const c = byPrice[i] as number;
          if (!skip(c)) tau = consider(r, e, c, p.scorer.at(e, c), tau);
        }
      }
      tauOf[r] = tau;
      roundOf[r] = round;
    }
    if (violating === 0) return [];
    closest.fit(onDrop);
    return closest.pairs();
  };
}

/** The open columns ordered by how far their price fell (`before − now`), most first, and those falls. */
interface Falls {
  readonly order: Int32Array;
  readonly fall: Float64Array;
}

function fallsSince(open: readonly number[], before: Float64Array, now: Float64Array): Falls {
  const drop = (c: number): number => (before[c] as number) - (now[c] as number);
  const order = Int32Array.from(open).sort((a, b) => drop(b) - drop(a) || a - b);
  return { order, fall: Float64Array.from(order, drop) };
}

/** Why a solver gave no answer: the run was cancelled, or the solver failed. @internal */
export function stopped(p: CandidateProblem): SolveStop {
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
