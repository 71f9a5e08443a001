import type { FlowGraph } from './FlowGraph';

/**
 * Each row's edges ordered by weight, heaviest first (ties: the lower edge index), with the
 * weights copied alongside: row `r`'s entries are `edge[k]`, `weight[k]` for
 * `start[r] ≤ k < start[r + 1]`, the graph's own row ranges.
 *
 * @internal
 */
export interface ByWeight {
  readonly edge: Int32Array;
  readonly weight: Float64Array;
}

/** Rows up to this many edges are ordered by insertion (a comparator sort costs more on short rows). */
const SHORT_ROW = 64;

/**
 * Orders each row's edges by weight, heaviest first, ties by index: an insertion sort for a
 * short row (the engine's rows hold tens of edges, where a comparator sort per row costs several
 * times more), a comparator sort for a longer one (so a dense row costs O(d log d), not O(d²)).
 *
 * @internal
 */
export function byWeight(graph: FlowGraph, weights: Float64Array): ByWeight {
  const { rows, start } = graph;
  const edge = new Int32Array(weights.length);
  const weight = new Float64Array(weights.length);
  for (let r = 0; r < rows; r++) {
    const from = start[r] as number;
    const to = start[r + 1] as number;
    if (to - from > SHORT_ROW) {
      const row = edge.subarray(from, to);
      for (let e = from; e < to; e++) row[e - from] = e;
      row.sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
      for (let k = from; k < to; k++) weight[k] = weights[edge[k] as number] as number;
      continue;
    }
    for (let e = from; e < to; e++) {
      const w = weights[e] as number;
      let k = e;
      // Edges come in index order, so stopping at an equal weight keeps ties by index.
      while (k > from && (weight[k - 1] as number) < w) {
        weight[k] = weight[k - 1] as number;
        edge[k] = edge[k - 1] as number;
        k--;
      }
      weight[k] = w;
      edge[k] = e;
    }
  }
  return { edge, weight };
}
