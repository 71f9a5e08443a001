import type { Issue } from '../Issue';

/**
 * The stable codes of what can be wrong with a decisions file.
 *
 * - `invalid-type`, `invalid-value`, `unknown-field`, `out-of-range`, `duplicate-key`: the shape,
 *   as for a journal (`by` or `decision` outside their choices is `invalid-value`);
 * - `invalid-date`: a date that is not a real calendar day written `YYYY-MM-DD`;
 * - `unknown-person`: a `mentorId` that is not a mentor of the cohort, or a `menteeId` that is not
 *   a mentee (with the closest id when there is one);
 * - `conflicting-decisions`: one decider accepted and declined the same pair on the same day —
 *   which one counts would be a guess (a later decision on another day replaces an earlier one);
 * - `not-a-cohort`: the cohort argument is not a parsed cohort.
 *
 * @category Domain
 */
export type DecisionIssueCode =
  | 'invalid-type'
  | 'invalid-value'
  | 'out-of-range'
  | 'unknown-field'
  | 'duplicate-key'
  | 'invalid-date'
  | 'unknown-person'
  | 'conflicting-decisions'
  | 'not-a-cohort';

/**
 * One thing wrong with a decisions file: a stable `code`, a human `message` and the `path` to the
 * offending input (`["decisions", 3, "date"]`).
 *
 * @category Domain
 */
export interface DecisionIssue extends Issue<DecisionIssueCode> {}
