import type { Candidates, CandidateProblem } from './candidateGraph';

/**
 * A mentee's best candidates as the scan of the candidate graph kept them, best first: score
 * down, then mentor index up.
 *
 * @internal
 */
export interface RankedCandidates {
  readonly mentors: Int32Array;
  readonly scores: Float64Array;
  /** Whether these are all the mentee's candidates; when not, every other one comes after them. */
  readonly complete: boolean;
}

/**
 * Each mentee's best candidates from the scan that built the graph, without scoring again: the
 * graph's row and its reserve, merged in the order (score down, mentor index up). The scan keeps a
 * row's best candidates in that strict order, so these are its first entries exactly — the
 * mentors with a place left that no hard rule blocks, that reach `minScore` and are not pinned to
 * the mentee — and all of them when the scan left none out. `undefined` for a mentee with no row
 * (no place left).
 *
 * @internal
 */
export function bestCandidates(
  p: CandidateProblem,
  c: Candidates,
): (mentee: number) => RankedCandidates | undefined {
  const rowOf = new Map<number, number>();
  p.rows.forEach((e, r) => rowOf.set(e, r));
  const { graph, reserve } = c;
  return (mentee) => {
    const r = rowOf.get(mentee);
    if (r === undefined) return undefined;
    const from = graph.start[r] as number;
    const to = graph.start[r + 1] as number;
    const kept = reserve.start[r] as number;
    const n = to - from + (reserve.start[r + 1] as number) - kept;
    const order = new Int32Array(n);
    const score = new Float64Array(n);
    for (let i = from; i < to; i++) {
      order[i - from] = graph.col[i] as number;
      score[i - from] = graph.weight[i] as number;
    }
    for (let i = to - from; i < n; i++) {
      order[i] = reserve.col[kept + i - (to - from)] as number;
      score[i] = reserve.score[kept + i - (to - from)] as number;
    }
    const index = Array.from({ length: n }, (_, i) => i);
    index.sort(
      (a, b) => (score[b] as number) - (score[a] as number) || (order[a] as number) - (order[b] as number),
    );
    return {
      mentors: Int32Array.from(index, (i) => order[i] as number),
      scores: Float64Array.from(index, (i) => score[i] as number),
      // The scan's best score left out of both is -Infinity only when it left none out.
      complete: (c.beyond[r] as number) === Number.NEGATIVE_INFINITY,
    };
  };
}
