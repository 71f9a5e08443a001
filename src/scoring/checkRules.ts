import { right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues, Mentee, Mentor } from '../domain/index';
import { checkRulesUnchecked } from './checkRulesUnchecked';
import type { BlockingReason } from './Reason';
import { readScoredPair } from './readScoredPair';
import type { ScoringError } from './ScoringError';

/**
 * Every hard rule of the programme that blocks a pair, in {@link RULES} order, each as data with
 * its parameters; an empty array when the pair may be made. Each rule is defined once (in
 * `rules/`); this runs the same rule kernels as the score matrix over the one pair.
 *
 * @param cohort - a parsed cohort (else `not-a-cohort`)
 * @param mentor - a mentor of the cohort, one of `cohort.mentors` (else `unknown-mentor` at `['mentor']`)
 * @param mentee - a mentee of the cohort, one of `cohort.mentees` (else `unknown-mentee` at `['mentee']`)
 * @returns the blocking reasons, empty for a feasible pair
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const ola = cohort.mentors.find((m) => m.id === 'm-nowak');
 * const ewa = cohort.mentees.find((m) => m.id === 'e-lewandowska');
 * // Ewa is Ola's manager:
 * ola && ewa && orThrow(checkRules(cohort, ola, ewa))[0]?.kind; // 'reporting-line'
 * @category Scoring
 */
export function checkRules(
  cohort: Cohort,
  mentor: Mentor,
  mentee: Mentee,
): Either<Issues<ScoringError>, ReadonlyArray<BlockingReason>> {
  const read = readScoredPair(cohort, mentor, mentee);
  if (read._tag === 'Left') return read;
  return right(checkRulesUnchecked(...read.right));
}
