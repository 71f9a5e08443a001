import type { Cohort } from '../domain/index';
import { pairScorer } from './pairScorer';
import type { ScoreMatrix } from './scoreMatrix';

/**
 * {@link scoreMatrix} without its check, for the library's own callers, which pass a parsed cohort.
 *
 * @internal
 */
export function scoreMatrixUnchecked(cohort: Cohort): ScoreMatrix {
  const { rows, cols, row } = pairScorer(cohort);
  const data = new Float64Array(rows * cols);
  for (let e = 0; e < rows; e++) row(e, data, e * cols);
  return {
    rows,
    cols,
    data,
    menteeIds: cohort.mentees.map((m) => m.id),
    mentorIds: cohort.mentors.map((m) => m.id),
  };
}
