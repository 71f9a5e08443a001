/** Total, mean, minimum, 10th percentile and Gini coefficient of some scores. @internal */
export interface ScoreStats {
  readonly total: number;
  readonly mean: number;
  readonly min: number;
  readonly p10: number;
  readonly gini: number;
}

/**
 * The summary figures of a list of scores (each ≥ 0). Over no score every figure is 0; the Gini
 * coefficient of one score, or of scores that are all 0, is 0.
 *
 * - p10 is the nearest-rank percentile: the `⌈0.1·n⌉`-th lowest score.
 * - Gini over the sorted scores `x₁ ≤ … ≤ xₙ` is `Σ (2i − n − 1)·xᵢ / (n·Σ xᵢ)`, the mean absolute
 *   difference over twice the mean (Damgaard & Weiner 2000); for scores ≥ 0 it lies in
 *   [0, (n − 1)/n], and the clamp to [0, 1] only absorbs rounding.
 *
 * @internal
 */
export function scoreStats(scores: ReadonlyArray<number>): ScoreStats {
  const n = scores.length;
  if (n === 0) return { total: 0, mean: 0, min: 0, p10: 0, gini: 0 };
  const sorted = Float64Array.from(scores).sort();
  let total = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] as number;
    total += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  }
  const gini = n <= 1 || total <= 0 ? 0 : Math.min(1, Math.max(0, weighted / (n * total)));
  return {
    total,
    mean: total / n,
    min: sorted[0] as number,
    p10: sorted[Math.ceil(0.1 * n) - 1] as number,
    gini,
  };
}
