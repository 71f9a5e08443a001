import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import type { Cohort, Mentee, Mentor } from '../domain/index';
import { CRITERIA, type Criteria } from './Criteria';
import { blockingReasons } from './internal/blockingReasons';
import { pairReasons } from './internal/pairReasons';
import { scoreCell, scoringKernel } from './internal/scoringKernel';
import type { BlockingReason } from './Reason';
import type { PairScore } from './PairScore';
import type { Score } from './Score';

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
  const [first, ...rest] = blockingReasons(kernel, 0, 0, { cohort, mentor, mentee });
  if (first !== undefined) {
    const reasons: NonEmptyArray<BlockingReason> = [first, ...rest];
    return { kind: 'infeasible', mentorId: mentor.id, menteeId: mentee.id, rule: first.kind, reasons };
  }
  const values = new Float64Array(CRITERIA.length);
  const score = scoreCell(kernel, 0, 0, values);
  const criteria: Record<string, number> = {};
  CRITERIA.forEach((name, k) => {
    const value = values[k] as number;
    if (value === value) criteria[name] = value;
  });
  return {
    kind: 'scored',
    mentorId: mentor.id,
    menteeId: mentee.id,
    score: score as Score,
    criteria: criteria as Criteria,
    reasons: pairReasons(cohort, mentor, mentee),
  };
}
