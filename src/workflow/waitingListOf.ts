import { left, right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import { cohortArgumentIssues } from '../domain/checkArgument';
import { type Cohort, type Issues, notACohort } from '../domain/index';
import { readArgument } from '../domain/readArgument';
import type { Matching } from '../matching/index';
import { unmatchedReasonSchema } from '../matching/unmatchedSchema';
import type { WaitingList } from './WaitingList';
import { waitingListOfUnchecked } from './waitingListOfUnchecked';
import type { WorkflowIssue } from './WorkflowIssue';

const id = z.string();
/** What the waiting list reads of a matching: the mentors of its pairs, its unmatched entries. */
const matchingSchema = z.object({
  pairs: z.array(z.object({ mentorId: id, menteeId: id })),
  unmatched: z.array(
    z.object({ menteeId: id, wanted: z.number(), got: z.number(), reason: unmatchedReasonSchema }),
  ),
});

/**
 * The waiting list of a matching ({@link WaitingList}): the mentees it left short, with their
 * place in line and the matcher's reason, and the mentors with places left. The line order is
 * the longest wait first (`waitingSince`; no date last), then the best score within reach for
 * mentees (the most places for mentors), then id — so the same cohort and matching always give
 * the same list.
 *
 * @param cohort - a parsed cohort (else `not-a-cohort`)
 * @param matching - a matching of it (from {@link match}, {@link matchWave} or {@link applyDecisions});
 *   `pairs` and `unmatched` of the wrong shape are `invalid-type` at `['matching', …]`
 * @returns the waiting list
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const list = orThrow(waitingListOf(cohort, orThrow(match(cohort))));
 * list.mentees.every((m, i) => m.position === i + 1); // true
 * waitingListOf(cohort, { pairs: [] } as unknown as Matching).left?.[0].path; // ['matching', 'unmatched']
 * @category Workflow
 */
export function waitingListOf(
  cohort: Cohort,
  matching: Pick<Matching, 'pairs' | 'unmatched'>,
): Either<Issues<WorkflowIssue>, WaitingList> {
  const [wrongCohort] = cohortArgumentIssues(cohort, []);
  const read = readArgument<Pick<Matching, 'pairs' | 'unmatched'>>(matchingSchema, matching, ['matching']);
  // The workflow's code for an argument of the wrong shape, as applyDecisions and matchWave say it.
  const issues: WorkflowIssue[] = [
    ...(wrongCohort === undefined ? [] : [wrongCohort]),
    ...(read._tag === 'Left' ? read.left.map((issue) => ({ ...issue, code: 'invalid-type' as const })) : []),
  ];
  const [first, ...rest] = issues;
  if (first !== undefined || read._tag === 'Left') return left([first ?? notACohort([]), ...rest]);
  // The copy read once: nothing the waiting list reads can change or throw afterwards.
  return right(waitingListOfUnchecked(cohort, read.right));
}
