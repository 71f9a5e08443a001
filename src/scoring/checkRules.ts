import type { Cohort, Mentee, Mentor } from '../domain/index';
import { blockingReasons } from './internal/blockingReasons';
import { scoringKernel } from './internal/scoringKernel';
import type { BlockingReason } from './Reason';

/**
 * Every hard rule of the programme that blocks a pair, in {@link RULES} order, each as data with
 * its parameters; an empty array when the pair may be made. Each rule is defined once (in
 * `rules/`); this runs the same rule kernels as the score matrix over the one pair.
 *
 * @param cohort - a validated cohort
 * @param mentor - a mentor of the cohort
 * @param mentee - a mentee of the cohort
 * @returns the blocking reasons, empty for a feasible pair
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const ola = cohort.mentors.find((m) => m.id === 'm-nowak');
 * const ewa = cohort.mentees.find((m) => m.id === 'e-lewandowska');
 * // Ewa is Ola's manager:
 * ola && ewa && checkRules(cohort, ola, ewa)[0]?.kind; // 'reporting-line'
 * @category Scoring
 */
export function checkRules(cohort: Cohort, mentor: Mentor, mentee: Mentee): ReadonlyArray<BlockingReason> {
  // Tables for just these two people: a rule's verdict on a pair does not depend on who else is
  // in the cohort (the reporting line is walked in the cohort's managers, whoever they are).
  const kernel = scoringKernel({ ...cohort, mentors: [mentor], mentees: [mentee] }, false);
  return blockingReasons(kernel, 0, 0, { cohort, mentor, mentee });
}
