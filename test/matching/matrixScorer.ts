import type { PairScorer } from '../../src/scoring/index';
import {
  type CandidateProblem,
  type Candidates,
  buildCandidates,
} from '../../src/matching/internal/candidateGraph';

/** A scorer over a fixed matrix (`-Infinity`: blocked), with only what the certificate calls. */
export function matrixScorer(scores: ReadonlyArray<ReadonlyArray<number>>, cols: number): PairScorer {
  const at = (e: number, m: number): number => scores[e]?.[m] as number;
  const row = (e: number, into: Float64Array, offset = 0): void => {
    for (let m = 0; m < cols; m++) into[offset + m] = at(e, m);
  };
  const unused = (): never => {
    throw new Error('not used by the certificate');
  };
  return { rows: scores.length, cols, at, row, rowWith: unused, blocking: unused } as unknown as PairScorer;
}

/** A candidate problem over a fixed matrix (no pins, every row kept), and the scan of it. */
export function matrixProblem(spec: {
  readonly scores: ReadonlyArray<ReadonlyArray<number>>;
  readonly rowCapacity: ReadonlyArray<number>;
  readonly colCapacity: ReadonlyArray<number>;
  readonly minScore: number;
  readonly keep: number;
  readonly reserve: number;
}): { readonly p: CandidateProblem; readonly candidates: Candidates } {
  const p: CandidateProblem = {
    scorer: matrixScorer(spec.scores, spec.colCapacity.length),
    rows: Int32Array.from(spec.scores, (_, r) => r),
    rowCapacity: Int32Array.from(spec.rowCapacity),
    colCapacity: Int32Array.from(spec.colCapacity),
    minScore: spec.minScore,
    pinned: () => false,
    hasPins: () => false,
    keep: () => spec.keep,
    reserve: () => spec.reserve,
  };
  const candidates = buildCandidates(p);
  if (candidates === undefined) throw new Error('not cancelled, so built');
  return { p, candidates };
}
