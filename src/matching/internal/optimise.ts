import { isLeft, left, right, type Either } from 'fp-ts/lib/Either.js';
import type { PairScorer } from '../../scoring/index';
import type { MatchError } from '../MatchError';
import type { MatchProgress } from '../MatchOptions';
import type { Objective } from '../Matching';
import {
  type CandidateProblem,
  type CandidateState,
  type Candidates,
  BYTES_PER_EDGE,
  BYTES_PER_RESERVE,
  buildCandidates,
  initialEdges,
  reserveEntries,
} from './candidateGraph';
import type { LastSolve } from './carriedStart';
import { type GraphSolver, type SolveStop, certifiedSolve } from './certifiedSolve';
import { certifiedThreshold } from './certifiedThreshold';
import type { Pins } from './resolvePins';
import { type BipartiteGraph, solveBMatching } from '../../assignment/index';

/** What {@link optimise} is asked to solve. @internal */
export interface Problem {
  readonly scorer: PairScorer;
  readonly pins: Pins;
  readonly minScore: number;
  readonly objective: Objective;
  readonly signal?: { readonly aborted: boolean } | undefined;
  readonly onProgress?: ((progress: MatchProgress) => void) | undefined;
  /** How many of a row's best candidates the first graph keeps (default {@link keepCandidates}). */
  readonly keep?: ((capacity: number) => number) | undefined;
  /** How many candidates after those a row keeps in reserve (default `reserveCandidates`). */
  readonly reserve?: ((kept: number) => number) | undefined;
  /** The memory budget in bytes (default {@link MAX_GRAPH_BYTES}). */
  readonly maxBytes?: number | undefined;
}

/** The optimum: the chosen edges of the final candidate graph, and what the scan saw. @internal */
export interface Optimum {
  readonly problem: CandidateProblem;
  readonly candidates: Candidates;
  /** The final graph (the first one and the pairs the certificate added). */
  readonly graph: BipartiteGraph;
  /** Chosen edges, indices into `graph`. */
  readonly edges: Int32Array;
}

/**
 * A row's first share of candidates: enough that the optimum rarely needs more (the certificate
 * adds what it needs), small enough that 20,000 × 20,000 keeps a few hundred thousand edges.
 *
 * @internal
 */
export const keepCandidates = (capacity: number): number => Math.max(64, 16 * capacity);

/**
 * The candidate graph's memory budget: beyond it the answer is `cohort-too-large`, not an
 * allocation that fails half-way.
 *
 * @internal
 */
export const MAX_GRAPH_BYTES = 2 ** 32;

/**
 * Chooses the pairs, optimally for the objective over every feasible pair of the cohort:
 *
 * 1. the candidate graph (each row's best candidates, see `buildCandidates`);
 * 2. `max-total`: the largest total of scores; `max-matched`: the largest total of
 *    `score + B` with `B = min(Σ row places, Σ column places) + 1`, so that one more pair is worth
 *    more than any difference of totals of scores in [0, 1]: the most pairs, then the largest
 *    total; each proved over the pairs the graph left out by `certifiedSolve`;
 * 3. `fairest`: the most pairs `ν` as for `max-matched`, then the largest threshold `t` with `ν`
 *    pairs on pairs ≥ t, proved by a cut (`certifiedThreshold`), then `max-matched` on the pairs
 *    ≥ t, proved by `certifiedSolve` with that floor.
 *
 * @internal
 */
export function optimise(problem: Problem): Either<MatchError, Optimum> {
  const prepared = prepareCandidates(problem);
  return isLeft(prepared) ? prepared : solveObjective(problem, prepared.right, problem.objective);
}

/** The candidate graph of a problem, for one objective or several. @internal */
export interface Prepared {
  readonly problem: CandidateProblem;
  readonly candidates: Candidates;
}

/**
 * Step 1 of {@link optimise}: the candidate graph, which does not depend on the objective, so
 * that several objectives can be solved on one scan of the rows ({@link solveObjective} never
 * changes it: each solve grows its own copy).
 *
 * @internal
 */
export function prepareCandidates(problem: Problem): Either<MatchError, Prepared> {
  const { scorer, pins, minScore } = problem;
  const rows: number[] = [];
  for (let e = 0; e < scorer.rows; e++) if ((pins.menteeCapacityLeft[e] ?? 0) > 0) rows.push(e);
  const rowList = Int32Array.from(rows);
  const rowCapacity = Int32Array.from(rowList, (e) => pins.menteeCapacityLeft[e] as number);
  const colCapacity = Int32Array.from(pins.capacityLeft, (c) => Math.max(0, c));
  const progress = problem.onProgress;
  const p: CandidateProblem = {
    scorer,
    rows: rowList,
    rowCapacity,
    colCapacity,
    minScore,
    pinned: (r, m) => pins.isPinned(rowList[r] as number, m),
    hasPins: (r) => (pins.pinCount[rowList[r] as number] as number) > 0,
    keep: problem.keep ?? keepCandidates,
    reserve: problem.reserve,
    signal: problem.signal,
    onRow: progress === undefined ? undefined : (done, total) => progress({ phase: 'scoring', done, total }),
  };
  const estimatedBytes =
    initialEdges(p) * BYTES_PER_EDGE +
    reserveEntries(p) * BYTES_PER_RESERVE +
    (rowList.length + scorer.cols) * 64;
  const budget = problem.maxBytes ?? MAX_GRAPH_BYTES;
  if (estimatedBytes > budget) return left(tooLarge(estimatedBytes, budget));
  if (problem.signal?.aborted === true) return left(aborted());
  const candidates = buildCandidates(p);
  if (candidates === undefined) return left(aborted());
  return right({ problem: p, candidates });
}

/**
 * What solving objectives one after another on one prepared graph may share: the most-pairs
 * optimum, which is `max-matched`'s answer and the first step of `fairest`, with the state of the
 * certificate after it (each solve works on its own copy of the state, whose graph it replaces
 * as it grows, never changing what it was given), and its last solve, which the next solve of the
 * same weights starts from.
 *
 * @internal
 */
export interface SolveMemo {
  maxMatched?: { readonly edges: Int32Array; readonly state: CandidateState; readonly last?: LastSolve };
}

/**
 * Step 2 of {@link optimise}: the optimum for one objective on a prepared candidate graph;
 * `memo`, when several objectives are solved on the same `prepared`, keeps what one solve can
 * hand to the next (the same answer as solving afresh, without solving the same problem twice).
 *
 * @internal
 */
export function solveObjective(
  problem: Pick<Problem, 'signal' | 'onProgress'>,
  prepared: Prepared,
  objective: Objective,
  memo?: SolveMemo,
): Either<MatchError, Optimum> {
  const { problem: p, candidates } = prepared;
  const { rowCapacity, colCapacity } = p;
  const progress = problem.onProgress;
  // The phase starts now, not at the solver's first tick (after thousands of searches), so that a
  // listener timing the phases does not count the first solve as scoring.
  progress?.({ phase: 'solving', done: 0, total: p.rows.length });
  let rounds = 0;
  const solve: GraphSolver = (graph, goal, start) => {
    rounds++;
    const solved = solveBMatching(graph, {
      objective: goal,
      ...(start === undefined ? {} : { start }),
      ...(problem.signal === undefined ? {} : { signal: problem.signal }),
      ...(progress === undefined
        ? {}
        : { onProgress: (done: number, total: number) => progress({ phase: 'solving', done, total }) }),
    });
    return solved._tag === 'Right' ? solved.right : undefined;
  };
  let state: CandidateState = { ...candidates };
  let places = 0;
  for (const c of rowCapacity) places += c;
  let columns = 0;
  for (const c of colCapacity) columns += c;
  const bonus = Math.min(places, columns) + 1;

  let edges: Int32Array | SolveStop;
  if (objective === 'max-total') edges = certifiedSolve(p, state, solve, Number.NEGATIVE_INFINITY, 0);
  else {
    const known = memo?.maxMatched;
    // The solves of `score + bonus`, each started from the last one's answer (fairest's floor
    // solve from the most-pairs optimum, whose prices are for the same weights).
    const last: { value?: LastSolve } = {};
    if (known === undefined) {
      edges = certifiedSolve(p, state, solve, Number.NEGATIVE_INFINITY, bonus, {}, last);
      if (memo !== undefined && typeof edges !== 'string')
        memo.maxMatched = {
          edges,
          state: { ...state },
          ...(last.value === undefined ? {} : { last: last.value }),
        };
    } else {
      state = { ...known.state };
      edges = known.edges;
      if (known.last !== undefined) last.value = known.last;
    }
    if (objective === 'fairest' && typeof edges !== 'string' && edges.length > 0) {
      const t = certifiedThreshold(p, state, edges.length);
      edges = typeof t === 'string' ? t : certifiedSolve(p, state, solve, t, bonus, {}, last);
    }
  }
  progress?.({ phase: 'solving', done: rounds, total: rounds });
  if (edges === 'aborted') return left(aborted());
  if (edges === 'solver-failure')
    return left({
      code: 'solver-failure',
      message: 'the b-matching solver gave no answer, or one its duals do not prove optimal',
      path: [],
    });
  return right({ problem: p, candidates, graph: state.graph, edges });
}

/** The `aborted` error. @internal */
export function aborted(): MatchError {
  return { code: 'aborted', message: 'the run was cancelled (options.signal is aborted)', path: [] };
}

/** The `cohort-too-large` error for an estimate in bytes. @internal */
export function tooLarge(estimatedBytes: number, budget = MAX_GRAPH_BYTES): MatchError {
  const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return {
    code: 'cohort-too-large',
    message: `the cohort's candidate graph would need about ${gib(estimatedBytes)}, more than the ${gib(budget)} a run may use`,
    path: [],
    estimatedBytes,
  };
}
