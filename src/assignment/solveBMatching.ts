import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { BMatchingIssue } from './BMatchingIssue';
import type { BipartiteGraph } from './BipartiteGraph';
import type { Ticker } from './internal/FlowGraph';
import { runFairest, runMaxMatched, runMaxTotal } from './internal/bMatchingObjectives';
import { readBMatchingOptions } from './internal/readBMatchingOptions';
import { readBipartiteGraph } from './internal/readBipartiteGraph';
import { readSafely } from './internal/readSafely';
import { readStart } from './internal/readStart';
import type { StartPoint } from './internal/warmStart';

/**
 * What {@link solveBMatching} optimises:
 * - `max-total`: the largest total weight (an edge that does not raise the total is never taken);
 * - `max-matched`: the most edges, then the largest total among those;
 * - `fairest`: the most edges, then the largest minimum edge weight, then the largest total.
 *
 * @example
 * ```ts
 * import type { BMatchingObjective } from 'reverse-mentoring/assignment';
 * const objective: BMatchingObjective = 'fairest';
 * ```
 *
 * @category Assignment
 */
export type BMatchingObjective = 'max-total' | 'max-matched' | 'fairest';

/**
 * Options of {@link solveBMatching}.
 *
 * @example
 * ```ts
 * import type { BMatchingOptions } from 'reverse-mentoring/assignment';
 * const options: BMatchingOptions = { objective: 'max-matched', onProgress: (done, total) => undefined };
 * ```
 *
 * @category Assignment
 */
export interface BMatchingOptions {
  /** What to optimise (default `'max-total'`). */
  readonly objective?: BMatchingObjective;
  /** Checked before the work and every few thousand augmentations: an `AbortSignal` fits. */
  readonly signal?: { readonly aborted: boolean };
  /**
   * Called with the work done so far and the total: as the work starts (0), at the same points,
   * and at the end (`total`).
   */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * With `'max-total'` only: a b-matching of this graph to start from, with prices, typically an
   * earlier answer for the same rows and columns before edges were added or taken away (its
   * `edges` as indices into this graph, its `rowDual` and `colDual`). Any b-matching within the
   * capacities and any finite prices will do: the run repairs what they get wrong, so the answer
   * is a maximum-weight b-matching either way, with duals that prove it; only the time (and, among
   * several optima of equal total, which one) depends on the start.
   */
  readonly start?: {
    readonly edges: ArrayLike<number>;
    readonly rowDual: ArrayLike<number>;
    readonly colDual: ArrayLike<number>;
  };
}

/**
 * An optimal b-matching with its LP certificate.
 *
 * The duals `rowDual` (`u`) and `colDual` (`v`) are optimal for the LP of the maximum total of
 * the weights `w' = weight + bonus` over the graph's edges (for `'fairest'`: over the edges of
 * weight `>= threshold`): `max Σ w'ₑ xₑ` with row and column degrees within capacity and
 * `0 <= xₑ <= 1`. They satisfy:
 * - `u >= 0`, `v >= 0`, and a positive price only on a row or column used to capacity;
 * - `u[r] + v[c] >= w'ₑ` for every edge not chosen, `u[r] + v[c] <= w'ₑ` for every chosen one;
 * - strong duality: `Σ rowCapacity·u + Σ colCapacity·v + Σ_chosen (w'ₑ − u[r] − v[c]) =
 *   total + bonus · edges.length` (the last sum holds the edge duals of the chosen edges).
 *
 * What this certifies: a pair (r, c) absent from the graph with `u[r] + v[c] >= w'` for its
 * weight could not improve the optimum if it were added, since the same duals (with a zero edge
 * dual for it) stay feasible with the same objective. For `'max-matched'` (and `'fairest'`) the
 * bonus is `1 + K · (max(0, wMax) − min(0, wMin))`, where `K = min(Σ rowCapacity, Σ colCapacity,
 * rows · cols)` bounds the size of any b-matching on these rows and columns whatever their edges:
 * so for added pairs whose weights lie in `[min(0, wMin), max(0, wMax)]` of this graph, a maximum
 * total of `w + bonus` is still a maximum-cardinality matching, and the certificate covers the
 * cardinality too. For `'fairest'` the certificate covers the edges at or above `threshold` only;
 * whether a pair below it would allow more edges is a cardinality question it does not answer.
 * The prices are floating-point numbers: compare with a tolerance at the scale of `bonus`.
 *
 * @example
 * ```ts
 * import type { BMatching } from 'reverse-mentoring/assignment';
 * const none: BMatching = {
 *   edges: new Int32Array(0), total: 0, bonus: 0,
 *   rowDual: new Float64Array(0), colDual: new Float64Array(0),
 * };
 * ```
 *
 * @category Assignment
 */
export interface BMatching {
  /** Indices of the chosen edges (into `col` / `weight`), ascending. */
  readonly edges: Int32Array;
  /** Sum of the chosen weights (compensated summation, in edge order). */
  readonly total: number;
  /** Optimal LP prices of the rows, for the weights `weight + bonus`; see {@link BMatching}. */
  readonly rowDual: Float64Array;
  /** Optimal LP prices of the columns, for the weights `weight + bonus`. */
  readonly colDual: Float64Array;
  /** What was added to every weight for the duals: 0 for `'max-total'`. */
  readonly bonus: number;
  /** For `'fairest'`: the largest t such that a maximum-cardinality b-matching exists on the edges
   * `>= t` (`Infinity` when no edge can be matched). */
  readonly threshold?: number;
}

/** Neumaier's compensated sum of the chosen weights, in edge order. */
function sumOf(weight: Float64Array, edges: Int32Array): number {
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < edges.length; k++) {
    const x = weight[edges[k] as number] as number;
    const t = sum + x;
    compensation += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/**
 * Solves the capacitated bipartite b-matching problem exactly: choose edges of a sparse
 * {@link BipartiteGraph} so that no row or column exceeds its capacity and no edge is used twice,
 * optimising the {@link BMatchingObjective}.
 *
 * Successive shortest augmenting paths on the min-cost-flow network, with prices: a greedy start
 * (or the caller's `start`, repaired), then one truncated Dijkstra search (binary heap on typed arrays) per unit a row still lacks,
 * so a search costs what it explores. `'max-matched'` maximises `weight + bonus` (a bonus large
 * enough that one more edge always outweighs any weight); `'fairest'` first finds the threshold
 * by a binary search over the distinct weights, each probe a Dinic / Hopcroft–Karp cardinality
 * check. Ties are broken by row, then column, so the same graph (and the same `start`) gives
 * the same edges; the input is never mutated.
 *
 * @param graph - The candidate edges with both sides' capacities.
 * @param options - `objective` (default `'max-total'`), `signal`, `onProgress`.
 * @returns `Right` with the chosen edges, their total and the optimal duals ({@link BMatching}),
 *   or `Left` with `invalid-graph`, `invalid-option` or `aborted` issues.
 *
 * @example
 * ```ts
 * import { solveBMatching } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * // Row 0 (capacity 2) likes both columns; row 1 only column 1. Columns take one edge each.
 * const graph = {
 *   rows: 2, cols: 2,
 *   start: Int32Array.of(0, 2, 3), col: Int32Array.of(0, 1, 1), weight: Float64Array.of(0.9, 0.5, 0.7),
 *   rowCapacity: Int32Array.of(2, 1), colCapacity: Int32Array.of(1, 1),
 * };
 * const result = solveBMatching(graph);
 * if (E.isRight(result)) {
 *   Array.from(result.right.edges); // [0, 2]
 *   result.right.total; // 1.6
 * }
 * ```
 *
 * @category Assignment
 */
export function solveBMatching(
  graph: BipartiteGraph,
  options?: BMatchingOptions,
): E.Either<Issues<BMatchingIssue>, BMatching> {
  const readOptions = readSafely('invalid-option', 'The options', ['options'], () =>
    readBMatchingOptions(options),
  );
  if (E.isLeft(readOptions)) return readOptions;
  const { objective, signal, onProgress, start: startOption } = readOptions.right;
  const read = readSafely('invalid-graph', 'The graph', [], () => readBipartiteGraph(graph));
  if (E.isLeft(read)) return read;
  const { graph: g, weight } = read.right;
  let start: StartPoint | undefined;
  if (startOption !== undefined) {
    if (objective !== 'max-total')
      return E.left([
        {
          code: 'invalid-option',
          message: `start works with objective 'max-total' only; got ${objective}.`,
          path: ['options', 'start'],
        },
      ]);
    const readStartPoint = readSafely('invalid-option', 'The start', ['options', 'start'], () =>
      readStart(g, startOption),
    );
    if (E.isLeft(readStartPoint)) return readStartPoint;
    start = readStartPoint.right;
  }
  const aborted = E.left<Issues<BMatchingIssue>>([
    {
      code: 'aborted',
      message: 'The signal was aborted before the matching was complete.',
      path: ['options', 'signal'],
    },
  ]);
  if (signal?.aborted === true) return aborted;

  // Progress: `rows` for the final solve, and `rows` per threshold probe for 'fairest'.
  const probes = objective === 'fairest' ? Math.ceil(Math.log2(weight.length + 1)) + 1 : 0;
  const total = (probes + 1) * g.rows;
  let base = 0;
  const ticker: Ticker = {
    tick: (done) => {
      onProgress?.(Math.min(total, base + done), total);
      return signal?.aborted === true;
    },
  };
  onProgress?.(0, total);
  const run =
    objective === 'max-total'
      ? runMaxTotal(g, weight, ticker, start)
      : objective === 'max-matched'
        ? runMaxMatched(g, weight, ticker)
        : runFairest(g, weight, ticker, (probe) => {
            base = Math.min(probe, probes) * g.rows;
            return ticker.tick(0);
          });
  if (run === undefined) return aborted;
  onProgress?.(total, total);
  const result: BMatching = {
    edges: run.edges,
    total: sumOf(weight, run.edges),
    rowDual: run.rowDual,
    colDual: run.colDual,
    bonus: run.bonus,
  };
  return E.right(run.threshold === undefined ? result : { ...result, threshold: run.threshold });
}
