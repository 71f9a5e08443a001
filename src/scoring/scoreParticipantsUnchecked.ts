import type { Cohort, Mentee, Mentor } from '../domain/index';
import { pairScoreOf } from './internal/pairScoreOf';
import { scoringKernel } from './internal/scoringKernel';
import type { PairScore } from './PairScore';

/**
 * {@link scoreParticipants} without its checks, for the library's own callers, which pass a
 * parsed cohort and two of its people.
 *
 * @internal
 */
export function scoreParticipantsUnchecked(cohort: Cohort, mentor: Mentor, mentee: Mentee): PairScore {
  // Tables for just these two people: the kernels' arithmetic does not depend on who else is in
  // the cohort (departments and languages are only compared for equality), so the verdict and the
  // score are the ones scoreMatrix computes for the same pair.
  const kernel = scoringKernel({ ...cohort, mentors: [mentor], mentees: [mentee] });
  return pairScoreOf(kernel, 0, 0, { cohort, mentor, mentee });
}
