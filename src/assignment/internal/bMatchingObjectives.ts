import type { FlowGraph, Ticker } from './FlowGraph';
import { subgraph } from './FlowGraph';
import { bMatchingCardinality } from './bMatchingCardinality';
import { maxWeightBMatching } from './maxWeightBMatching';
import type { StartPoint } from './warmStart';

/** What an objective's run gives back, before the public result is assembled. @internal */
export interface ObjectiveRun {
  /** Chosen edge indices of the caller's graph, ascending. */
  readonly edges: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  readonly bonus: number;
  readonly threshold?: number;
}

/** The chosen edges of a run on a subgraph, as indices of the original graph. */
function chosen(used: Uint8Array, origin: Int32Array | undefined): Int32Array {
  let count = 0;
  for (let e = 0; e < used.length; e++) count += used[e] as number;
  const edges = new Int32Array(count);
  let k = 0;
  for (let e = 0; e < used.length; e++)
    if (used[e] !== 0) edges[k++] = origin === undefined ? e : (origin[e] as number);
  return edges;
}

/**
 * An upper bound on the size of any b-matching of these rows and columns, whatever their edges:
 * each side's total capacity, and `rows × cols`. It does not depend on the edges, so a bonus built
 * from it stays valid when pruned edges are added back.
 */
function sizeBound(graph: FlowGraph): number {
  let rowSum = 0;
  let colSum = 0;
  for (let r = 0; r < graph.rows; r++) rowSum += graph.rowCapacity[r] as number;
  for (let c = 0; c < graph.cols; c++) colSum += graph.colCapacity[c] as number;
  return Math.min(rowSum, colSum, graph.rows * graph.cols);
}

/**
 * The bonus added to every weight so that a maximum-weight b-matching is one of maximum
 * cardinality: `1 + K · (max(0, wMax) − min(0, wMin))` with `K` a bound on any matching's size.
 * If `X` were optimal for `w + M` but some `Y` had more edges, then
 * `M ≤ M(|Y| − |X|) ≤ w(X) − w(Y) ≤ K · (max(0, wMax) − min(0, wMin)) < M`.
 *
 * @internal
 */
export function cardinalityBonus(graph: FlowGraph, weight: Float64Array): number {
  let high = 0;
  let low = 0;
  for (let e = 0; e < weight.length; e++) {
    const w = weight[e] as number;
    if (w > high) high = w;
    if (w < low) low = w;
  }
  return 1 + sizeBound(graph) * (high - low);
}

/**
 * Maximum total: the edges of weight `<= 0` can never raise it, so they are left out (and so are
 * they from a `start`, whose `used` is by the edges of `graph`). @internal
 */
export function runMaxTotal(
  graph: FlowGraph,
  weight: Float64Array,
  ticker: Ticker,
  start?: StartPoint,
): ObjectiveRun | undefined {
  let positive = true;
  for (let e = 0; e < weight.length && positive; e++) positive = (weight[e] as number) > 0;
  const sub = positive ? { graph, weight, origin: undefined } : subgraph(graph, weight, (w) => w > 0);
  const origin = sub.origin;
  const subStart =
    start === undefined || origin === undefined
      ? start
      : { ...start, used: Uint8Array.from(origin, (e) => start.used[e] as number) };
  const run = maxWeightBMatching(sub.graph, sub.weight, ticker, subStart);
  if (run === undefined) return undefined;
  return { edges: chosen(run.used, sub.origin), rowDual: run.rowDual, colDual: run.colDual, bonus: 0 };
}

/** Most edges, then the largest total: the maximum total of `w + bonus`. @internal */
export function runMaxMatched(
  graph: FlowGraph,
  weight: Float64Array,
  ticker: Ticker,
  origin?: Int32Array,
): ObjectiveRun | undefined {
  const bonus = cardinalityBonus(graph, weight);
  const boosted = new Float64Array(weight.length);
  for (let e = 0; e < weight.length; e++) boosted[e] = (weight[e] as number) + bonus;
  const run = maxWeightBMatching(graph, boosted, ticker);
  if (run === undefined) return undefined;
  return { edges: chosen(run.used, origin), rowDual: run.rowDual, colDual: run.colDual, bonus };
}

/**
 * The fairest threshold: the cardinality `K` of all edges, then a binary search over the distinct
 * weights for the largest threshold whose edges still allow `K` (`Infinity` when no edge can be
 * matched), each probe a Dinic cardinality check. `undefined` when `probesDone` says stop.
 *
 * @internal
 */
export function fairestThreshold(
  graph: FlowGraph,
  weight: Float64Array,
  probesDone: (probe: number) => boolean,
): { readonly threshold: number; readonly size: number } | undefined {
  const values = Float64Array.from(weight).sort();
  let distinct = 0;
  for (let k = 0; k < values.length; k++) {
    if (k === 0 || values[k] !== values[distinct - 1]) values[distinct++] = values[k] as number;
  }
  const bound = sizeBound(graph);
  const target = distinct === 0 ? 0 : bMatchingCardinality(graph, weight, -Infinity, bound);
  if (target === 0) return { threshold: Infinity, size: 0 };
  // Invariant: values[low] allows the target, values[high + 1] (if any) does not.
  let low = 0;
  let high = distinct - 1;
  let probe = 1;
  while (low < high) {
    if (probesDone(probe++)) return undefined;
    const mid = (low + high + 1) >> 1;
    if (bMatchingCardinality(graph, weight, values[mid] as number, target) >= target) low = mid;
    else high = mid - 1;
  }
  return { threshold: values[low] as number, size: target };
}

/**
 * Most edges, then the largest worst edge, then the largest total: {@link fairestThreshold}, then
 * {@link runMaxMatched} on the edges at or above it.
 *
 * @internal
 */
export function runFairest(
  graph: FlowGraph,
  weight: Float64Array,
  ticker: Ticker,
  probesDone: (probe: number) => boolean,
): ObjectiveRun | undefined {
  const found = fairestThreshold(graph, weight, probesDone);
  if (found === undefined) return undefined;
  const { threshold } = found;
  const sub = subgraph(graph, weight, (w) => w >= threshold);
  const run = runMaxMatched(sub.graph, sub.weight, ticker, sub.origin);
  return run === undefined ? undefined : { ...run, threshold };
}
