import { right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues, Mentee, Mentor } from '../domain/index';
import type { PairScore } from './PairScore';
import { readScoredPair } from './readScoredPair';
import { scoreParticipantsUnchecked } from './scoreParticipantsUnchecked';
import type { ScoringError } from './ScoringError';

/**
 * Scores a pair given as the mentor's and the mentee's records (see {@link scorePair} for the
 * same by ids): the blocking rules if any (as {@link checkRules} gives them), else the score, the criteria and the reasons. The
 * numbers come from the same kernels as {@link scoreMatrix}, so they are equal to the last bit.
 *
 * @param cohort - a parsed cohort (else `not-a-cohort`)
 * @param mentor - a mentor of the cohort, one of `cohort.mentors` (else `unknown-mentor` at `['mentor']`)
 * @param mentee - a mentee of the cohort, one of `cohort.mentees` (else `unknown-mentee` at `['mentee']`)
 * @returns the pair's {@link PairScore}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const [mentor] = cohort.mentors;
 * const [mentee] = cohort.mentees;
 * if (mentor && mentee) orThrow(scoreParticipants(cohort, mentor, mentee)).kind; // 'scored'
 * scoreParticipants(cohort, cohort.mentors[0]!, { ...cohort.mentees[0]! }).left?.[0].code; // 'unknown-mentee'
 * @category Scoring
 */
export function scoreParticipants(
  cohort: Cohort,
  mentor: Mentor,
  mentee: Mentee,
): Either<Issues<ScoringError>, PairScore> {
  const read = readScoredPair(cohort, mentor, mentee);
  if (read._tag === 'Left') return read;
  return right(scoreParticipantsUnchecked(...read.right));
}
