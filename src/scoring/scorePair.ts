import { left, right, type Either } from 'fp-ts/lib/Either.js';
import {
  type Cohort,
  type Issues,
  type MenteeId,
  type MentorId,
  isCohort,
  notACohort,
} from '../domain/index';
import { quoteValue } from '../domain/readUntrusted';
import type { PairScore } from './PairScore';
import type { ScoringError } from './ScoringError';
import { scoreParticipantsUnchecked } from './scoreParticipantsUnchecked';

/**
 * Scores one mentor–mentee pair of a cohort. A pair is either `infeasible` (the first hard rule
 * that blocks it, and every blocking rule as data) or `scored`: a score in [0, 1] that is the
 * weighted mean of the criteria with data (skill gain, goal coverage, reciprocity, generation and
 * grade gap, cross-department, time-zone overlap), with the reasons behind it.
 *
 * @param cohort - a validated cohort
 * @param mentorId - the id of one of its mentors
 * @param menteeId - the id of one of its mentees
 * @returns `Right(pairScore)`, or `Left` with `unknown-mentor` / `unknown-mentee`
 * @example
 * import { isRight } from 'fp-ts/lib/Either.js';
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const result = scorePair(cohort, 'm-nowak', 'e-kowalczyk');
 * isRight(result) && result.right.kind; // 'scored'
 * @category Scoring
 */
export function scorePair(
  cohort: Cohort,
  mentorId: string,
  menteeId: string,
): Either<Issues<ScoringError>, PairScore> {
  if (!isCohort(cohort)) return left([notACohort([])]);
  const mentor = typeof mentorId === 'string' ? cohort.mentorById.get(mentorId as MentorId) : undefined;
  if (typeof mentorId !== 'string')
    return left([{ code: 'unknown-mentor', message: 'a mentor id is a string', path: ['mentorId'] }]);
  if (mentor === undefined) {
    return left([
      {
        code: 'unknown-mentor',
        message: `${quoteValue(mentorId)} is not a mentor of this cohort`,
        path: ['mentorId'],
      },
    ]);
  }
  if (typeof menteeId !== 'string')
    return left([{ code: 'unknown-mentee', message: 'a mentee id is a string', path: ['menteeId'] }]);
  const mentee = cohort.menteeById.get(menteeId as MenteeId);
  if (mentee === undefined) {
    return left([
      {
        code: 'unknown-mentee',
        message: `${quoteValue(menteeId)} is not a mentee of this cohort`,
        path: ['menteeId'],
      },
    ]);
  }
  return right(scoreParticipantsUnchecked(cohort, mentor, mentee));
}
