import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { BMatchingIssue } from './BMatchingIssue';
import type { BipartiteGraph } from './BipartiteGraph';
import type { MaxCardinalityOptions } from './maxCardinalityBMatching';
import { fairestThreshold } from './internal/bMatchingObjectives';
import { readBipartiteGraph } from './internal/readBipartiteGraph';
import { readSignal } from './internal/readSignal';
import { readSafely } from './internal/readSafely';

/**
 * What {@link bMatchingThreshold} finds.
 *
 * @example
 * ```ts
 * import type { BMatchingThreshold } from 'reverse-mentoring/assignment';
 * const none: BMatchingThreshold = { threshold: Infinity, size: 0 };
 * ```
 *
 * @category Assignment
 */
export interface BMatchingThreshold {
  /** The largest weight t such that a b-matching of `size` edges uses only edges `>= t` (`Infinity` for none). */
  readonly threshold: number;
  /** The most edges any b-matching of the graph has. */
  readonly size: number;
}

/**
 * The bottleneck of a b-matching: the largest `t` such that a maximum-cardinality b-matching of
 * the graph exists on its edges of weight `>= t` — {@link solveBMatching}'s `'fairest'`
 * threshold, without the matching (use it when only the threshold matters, as a proof that
 * nobody need get less).
 *
 * The cardinality by Dinic's blocking flows, then a binary search over the distinct weights, each
 * probe a cardinality check: O(E √V log E). The signal is checked between probes.
 *
 * @param graph - The edges with both sides' capacities and weights.
 * @param options - `signal`.
 * @returns `Right` with the threshold and the cardinality, or `Left` with `invalid-graph`,
 *   `invalid-option` or `aborted` issues.
 *
 * @example
 * ```ts
 * import { bMatchingThreshold } from 'reverse-mentoring/assignment';
 * import * as E from 'fp-ts/lib/Either.js';
 * // Both rows need column 1 unless row 0 takes column 0 (weight 0.2): two edges need the 0.2.
 * const graph = {
 *   rows: 2, cols: 2,
 *   start: Int32Array.of(0, 2, 3), col: Int32Array.of(0, 1, 1), weight: Float64Array.of(0.2, 0.9, 0.8),
 *   rowCapacity: Int32Array.of(1, 1), colCapacity: Int32Array.of(1, 1),
 * };
 * const result = bMatchingThreshold(graph);
 * if (E.isRight(result)) result.right; // { threshold: 0.2, size: 2 }
 * ```
 *
 * @category Assignment
 */
export function bMatchingThreshold(
  graph: BipartiteGraph,
  options?: MaxCardinalityOptions,
): E.Either<Issues<BMatchingIssue>, BMatchingThreshold> {
  const signal = readSignal(options);
  if (E.isLeft(signal)) return signal;
  const read = readSafely('invalid-graph', 'The graph', [], () => readBipartiteGraph(graph));
  if (E.isLeft(read)) return read;
  const aborted = E.left<Issues<BMatchingIssue>>([
    {
      code: 'aborted',
      message: 'The signal was aborted before the threshold was found.',
      path: ['options', 'signal'],
    },
  ]);
  if (signal.right?.aborted === true) return aborted;
  const { graph: g, weight } = read.right;
  const found = fairestThreshold(g, weight, () => signal.right?.aborted === true);
  return found === undefined ? aborted : E.right(found);
}
