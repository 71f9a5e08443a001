import type { Issue } from '../Issue';

/**
 * The stable codes of what can be wrong with a journal.
 *
 * - `invalid-type`, `invalid-value`, `out-of-range`, `unknown-field`: the shape, as for a cohort
 *   (a rating outside 1–5 is `out-of-range`; `cancelledBy` on a check-in that is not cancelled is
 *   `invalid-value`);
 * - `invalid-date`: a date that is not a real calendar day written `YYYY-MM-DD`;
 * - `unknown-person`: a check-in whose `mentorId` is not a mentor of the cohort or whose
 *   `menteeId` is not a mentee, or an assessment or outcome of somebody who is neither;
 * - `unknown-skill`: a skill practised or assessed that the cohort's catalogue does not have;
 * - `duplicate-assessment`: two self-assessments of one person on one date (which one counts
 *   would be a guess);
 * - `not-a-cohort`: the cohort argument is not a parsed cohort (pass the result of `parseCohort`);
 * - `duplicate-key`: two keys of one object that are one key after trimming and NFC;
 * - `duplicate-check-in`: a check-in identical to an earlier one (a double entry, which would
 *   otherwise count as a second session).
 *
 * @category Domain
 */
export type JournalIssueCode =
  | 'invalid-type'
  | 'invalid-value'
  | 'out-of-range'
  | 'unknown-field'
  | 'invalid-date'
  | 'unknown-person'
  | 'unknown-skill'
  | 'duplicate-assessment'
  | 'not-a-cohort'
  | 'duplicate-key'
  | 'duplicate-check-in';

/**
 * One thing wrong with a journal: a stable `code`, a human `message` and the `path` to the
 * offending input (`["checkIns", 4, "ratings", "mentee"]`).
 *
 * @category Domain
 */
export interface JournalIssue extends Issue<JournalIssueCode> {}
