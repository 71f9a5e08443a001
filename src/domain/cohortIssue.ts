import type { Issue } from './Issue';

/**
 * The stable codes of what can be wrong with a cohort.
 *
 * - `invalid-type`, `invalid-value`, `out-of-range`, `unknown-field`: the shape (a field of the
 *   wrong type, a value outside its set or range, a field the format does not have);
 * - `duplicate-id`: an id used twice, also across mentors and mentees, or a skill twice in the catalogue;
 * - `duplicate-key`: two keys of one object that are one key after trimming and NFC (`"a"`, `" a"`);
 * - `duplicate-goal`: two goals of one person on the same skill;
 * - `unknown-skill`: a skill id in skills, goals or focus that the catalogue does not have;
 * - `unknown-person`: a pair that names somebody who is not a mentor (first) or a mentee (second),
 *   or a participant's `preferences` / `vetoes` that name nobody of the other side;
 * - `unknown-manager`: a manager id that names nobody (neither a participant nor in `managers`);
 * - `conflicting-manager`: a participant's `managerId` and the `managers` map disagree;
 * - `manager-cycle`: the reporting line goes round in a circle;
 * - `pinned-pair-excluded`: a pinned pair that is also excluded or a previous pair;
 * - `over-capacity`: a mentor pinned to more mentees than their capacity, a mentee pinned to more
 *   mentors than theirs;
 * - `wrong-side`: a participant's `preferences` or `vetoes` name someone of their own side (a
 *   mentor listing a mentor, or themself) — an unknown id there is `unknown-person`;
 * - `duplicate-choice`: an id listed twice in one person's `preferences` or `vetoes`;
 * - `too-many-preferences`: more `preferences` than the programme's `maxPreferences` (the path is
 *   the first entry too many);
 * - `preferred-and-vetoed`: a person both prefers and vetoes the same person;
 * - `pinned-pair-vetoed`: a pinned pair that the mentor or the mentee vetoes;
 * - `birth-year-in-future`: a birth year after the current year (when one is given);
 * - `generation-mismatch`: a `generation` that contradicts the `birthYear`;
 * - `invalid-availability`: an availability window that is not a day and two times
 *   (`mon 08:00-10:00`), names no day, has an hour or minute out of range, or ends at or before
 *   its start (a window does not cross midnight);
 * - `availability-without-time-zone` (a warning, never an error): a person lists availability but
 *   no `timeZone`; their windows are read in UTC.
 *
 * @category Domain
 */
export type CohortIssueCode =
  | 'invalid-type'
  | 'invalid-value'
  | 'out-of-range'
  | 'unknown-field'
  | 'duplicate-id'
  | 'duplicate-key'
  | 'duplicate-goal'
  | 'unknown-skill'
  | 'unknown-person'
  | 'unknown-manager'
  | 'conflicting-manager'
  | 'manager-cycle'
  | 'pinned-pair-excluded'
  | 'over-capacity'
  | 'wrong-side'
  | 'duplicate-choice'
  | 'too-many-preferences'
  | 'preferred-and-vetoed'
  | 'pinned-pair-vetoed'
  | 'birth-year-in-future'
  | 'generation-mismatch'
  | 'invalid-availability'
  | 'availability-without-time-zone';

/**
 * One thing wrong with a cohort: a stable `code`, a human `message` and the `path` to the
 * offending input.
 *
 * @category Domain
 */
export interface CohortIssue extends Issue<CohortIssueCode> {}
