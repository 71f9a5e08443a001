import type { Cohort, Mentee, Mentor } from '../domain/index';
import { pairScoreOf } from './internal/pairScoreOf';
import { scoringKernel } from './internal/scoringKernel';
import type { PairScore } from './PairScore';

/**
 * Scores a pair given as the mentor's and the mentee's records (see {@link scorePair} for the
 * same by ids): the blocking rules if any (as {@link checkRules} gives them), else the score, the criteria and the reasons. The
 * numbers come from the same kernels as {@link scoreMatrix}, so they are equal to the last bit.
 *
 * @param cohort - a validated cohort
 * @param mentor - a mentor of the cohort
 * @param mentee - a mentee of the cohort
 * @returns the pair's {@link PairScore}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const [mentor] = cohort.mentors;
 * const [mentee] = cohort.mentees;
 * if (mentor && mentee) scoreParticipants(cohort, mentor, mentee).kind; // 'scored'
 * @category Scoring
 */
export function scoreParticipants(cohort: Cohort, mentor: Mentor, mentee: Mentee): PairScore {
  // Tables for just these two people: the kernels' arithmetic does not depend on who else is in
  // the cohort (departments and languages are only compared for equality), so the verdict and the
  // score are the ones scoreMatrix computes for the same pair.
  const kernel = scoringKernel({ ...cohort, mentors: [mentor], mentees: [mentee] });
  return pairScoreOf(kernel, 0, 0, { cohort, mentor, mentee });
}
