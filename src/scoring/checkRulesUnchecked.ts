import type { Cohort, Mentee, Mentor } from '../domain/index';
import { blockingReasons } from './internal/blockingReasons';
import { scoringKernel } from './internal/scoringKernel';
import type { BlockingReason } from './Reason';

/**
 * {@link checkRules} without its checks, for the library's own callers, which pass a parsed
 * cohort and two of its people: the same kernels over the one pair.
 *
 * @internal
 */
export function checkRulesUnchecked(
  cohort: Cohort,
  mentor: Mentor,
  mentee: Mentee,
): ReadonlyArray<BlockingReason> {
  // Tables for just these two people: a rule's verdict on a pair does not depend on who else is
  // in the cohort (the reporting line is walked in the cohort's managers, whoever they are).
  const kernel = scoringKernel({ ...cohort, mentors: [mentor], mentees: [mentee] }, false);
  return blockingReasons(kernel, 0, 0, { cohort, mentor, mentee });
}
