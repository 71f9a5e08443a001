import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { BMatchingIssue } from './BMatchingIssue';
import type { BipartiteGraph } from './BipartiteGraph';
import { cardinalityMatching } from './internal/bMatchingCardinality';
import { readBipartiteGraph } from './internal/readBipartiteGraph';
import { readSignal } from './internal/readSignal';
import { readSafely } from './internal/readSafely';

/**
 * Options of {@link maxCardinalityBMatching}.
 *
 * @example
 * ```ts
 * import type { MaxCardinalityOptions } from 'reverse-mentoring/assignment';
 * const options: MaxCardinalityOptions = { signal: new AbortController().signal };
 * ```
 *
 * @category Assignment
 */
export interface MaxCardinalityOptions {
  /** Checked before the work: an `AbortSignal` fits. */
  readonly signal?: { readonly aborted: boolean };
}

/**
 * A b-matching with the most edges (its weights play no part).
 *
 * @example
 * ```ts
 * import type { CardinalityBMatching } from 'reverse-mentoring/assignment';
 * const none: CardinalityBMatching = { edges: new Int32Array(0) };
 * ```
 *
 * @category Assignment
 */
export interface CardinalityBMatching {
  /** Indices of the chosen edges (into `col` / `weight`), ascending. */
  readonly edges: Int32Array;
}

/**
 * A maximum-cardinality b-matching of a {@link BipartiteGraph}: as many edges as the rows' and
 * columns' capacities allow, no edge twice, whatever the weights. It is what
 * {@link solveBMatching}'s `'max-matched'` counts, without the weights: use it when only the
 * number of pairs matters (a feasibility check, a cut argument), as it needs no prices.
 *
 * Dinic's blocking flows on the unit-capacity edges (Hopcroft–Karp generalised to capacities),
 * O(E √V), after a greedy pass; deterministic (the same graph gives the same edges). The input is
 * checked as {@link solveBMatching} checks it and never mutated.
 *
 * @param graph - The edges with both sides' capacities (`weight` is checked, not used).
 * @param options - `signal`.
 * @returns `Right` with the chosen edges, or `Left` with `invalid-graph`, `invalid-option` or
 *   `aborted` issues.
 *
 * @example
 * ```ts
 * import { maxCardinalityBMatching } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * // Row 0 (capacity 2) can take both columns, row 1 only column 1; each column takes one edge.
 * const graph = {
 *   rows: 2, cols: 2,
 *   start: Int32Array.of(0, 2, 3), col: Int32Array.of(0, 1, 1), weight: Float64Array.of(0.9, 0.5, 0.7),
 *   rowCapacity: Int32Array.of(2, 1), colCapacity: Int32Array.of(1, 1),
 * };
 * const result = maxCardinalityBMatching(graph);
 * if (E.isRight(result)) Array.from(result.right.edges).length; // 2
 * ```
 *
 * @category Assignment
 */
export function maxCardinalityBMatching(
  graph: BipartiteGraph,
  options?: MaxCardinalityOptions,
): E.Either<Issues<BMatchingIssue>, CardinalityBMatching> {
  const signal = readSignal(options);
  if (E.isLeft(signal)) return signal;
  const read = readSafely('invalid-graph', 'The graph', [], () => readBipartiteGraph(graph));
  if (E.isLeft(read)) return read;
  if (signal.right?.aborted === true)
    return E.left([
      {
        code: 'aborted',
        message: 'The signal was aborted before the matching was complete.',
        path: ['options', 'signal'],
      },
    ]);
  const { graph: g, weight } = read.right;
  const { used, size } = cardinalityMatching(g, weight, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const edges = new Int32Array(size);
  let k = 0;
  for (let e = 0; e < used.length; e++) if (used[e] !== 0) edges[k++] = e;
  return E.right({ edges });
}
