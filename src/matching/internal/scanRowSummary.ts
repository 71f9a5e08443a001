import type { PairScorer } from '../../scoring/index';
import type { Pins } from './resolvePins';
import type { RowSummary } from './unmatchedReason';

/**
 * What a scan of mentee `e`'s row sees of the mentors they did not get (for the baselines, whose
 * runs do not keep it): one row of scores, no matrix.
 *
 * @internal
 */
export function scanRowSummary(
  scorer: PairScorer,
  e: number,
  minScore: number,
  pins: Pins,
  got: ReadonlySet<number>,
  buffer: Float64Array = new Float64Array(scorer.cols),
): RowSummary {
  scorer.row(e, buffer);
  let candidates = 0;
  let bestMentor = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestBelowMentor = -1;
  let bestBelow = Number.NEGATIVE_INFINITY;
  for (let m = 0; m < scorer.cols; m++) {
    const s = buffer[m] as number;
    if (got.has(m)) continue;
    if (s < minScore) {
      if (s > bestBelow) {
        bestBelow = s;
        bestBelowMentor = m;
      }
      continue;
    }
    if (pins.isPinned(e, m)) continue;
    candidates++;
    if (s > bestScore) {
      bestScore = s;
      bestMentor = m;
    }
  }
  return { candidates, bestMentor, bestScore, bestBelowMentor, bestBelow };
}
