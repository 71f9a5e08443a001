import type { PairScorer } from '../../src/scoring/index';

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
