import type { BMatching, BipartiteGraph } from '../../assignment/index';
import { entryOf } from './candidateGraph';

/** A solve's graph and its answer, for the next solve to start from. @internal */
export interface LastSolve {
  readonly graph: BipartiteGraph;
  readonly solved: BMatching;
}

/** Where a solve starts: a b-matching of its graph (edge indices) and prices, as `solveBMatching` takes them. @internal */
export interface SolveStart {
  readonly edges: Int32Array;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
}

/**
 * The answer of the last solve as a start on `next`, a graph of the same rows and columns (grown
 * by the certificate's violators, or cut at a floor): each chosen pair still in `next`, by its
 * index there, and the prices as they were. The capacities are the same, so the pairs stay within
 * them.
 *
 * @internal
 */
export function carriedStart({ graph, solved }: LastSolve, next: BipartiteGraph): SolveStart {
  const edges: number[] = [];
  let r = 0;
  for (const e of solved.edges) {
    while ((graph.start[r + 1] as number) <= e) r++;
    const at = entryOf(next.start, next.col, r, graph.col[e] as number);
    if (at >= 0) edges.push(at);
  }
  return { edges: Int32Array.from(edges), rowDual: solved.rowDual, colDual: solved.colDual };
}
