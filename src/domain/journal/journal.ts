import type { Assessment, CheckIn, Outcome } from './journalSchema';

/**
 * A validated journal: every reference into its cohort checked, and every list in a canonical
 * order, so that nothing downstream depends on the order of the input: check-ins by date, mentor
 * and mentee; assessments by participant and date; outcomes by participant, date and kind.
 *
 * @category Domain
 */
export interface Journal {
  readonly checkIns: ReadonlyArray<CheckIn>;
  readonly assessments: ReadonlyArray<Assessment>;
  readonly outcomes: ReadonlyArray<Outcome>;
}
