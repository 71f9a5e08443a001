import { CRITERIA } from '../../scoring/index';
import type { CriterionCorrelation } from '../ProgrammeReport';
import { type Assessed, allRatings } from './Assessed';
import { mean, pearson } from './stats';

/**
 * Pearson's r between each criterion of the matching score (and the score) and what the pairs
 * achieved: the mentee's mean level gained, and the pair's mean rating. A pair without the
 * criterion (no data for it) or without the outcome is left out of that coefficient.
 *
 * @internal
 */
export function criteriaCorrelations(pairs: ReadonlyArray<Assessed>): CriterionCorrelation[] {
  const predictors = [...CRITERIA, 'score'] as const;
  return predictors.map((criterion): CriterionCorrelation => {
    const valueOf = (p: Assessed): number | undefined =>
      criterion === 'score' ? p.report.score : p.report.criteria[criterion];
    const correlate = (outcome: (p: Assessed) => number | null) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const pair of pairs) {
        const x = valueOf(pair);
        const y = outcome(pair);
        if (typeof x === 'number' && Number.isFinite(x) && y !== null) {
          xs.push(x);
          ys.push(y);
        }
      }
      return { r: pearson(xs, ys), n: xs.length };
    };
    return {
      criterion,
      gain: correlate((p) => p.report.progress.mentee.meanGain),
      rating: correlate((p) => mean(allRatings(p))),
    };
  });
}
