import type { Issue, Issues } from '../domain/index';
import type { MatchError } from '../matching/index';

/**
 * Something wrong with the input of {@link assessProgramme} or {@link suggestRematch}, with a
 * stable `code`, a human `message` and the `path` to the offending input:
 *
 * - `invalid-option`: `asOf` or `startDate` is not a calendar date `YYYY-MM-DD`, `cadenceDays`
 *   is not a whole number of days from 1 to 365 (`['options', 'cadenceDays']`);
 * - `invalid-matching`: the matching has no `pairs` array (`['matching', 'pairs']`);
 * - `unknown-mentor`, `unknown-mentee`: a pair of the matching names somebody who is not a mentor
 *   (a mentee) of the cohort (`['matching', 'pairs', 3, 'mentorId']`);
 * - `duplicate-mentee`: a mentee in two pairs of the matching;
 * - `unknown-pair`: a pair of `options.endedPairs` that is not in the matching;
 * - `report-mismatch`: the report given to {@link suggestRematch} is not about the pairs of the
 *   matching (`['report', 'pairs']`);
 * - `match-failed`: the matcher refused the rematch problem (`cause` says why, e.g. a healthy
 *   pair that a changed cohort rule now blocks);
 * - `not-a-cohort`: the first argument is not a parsed cohort (pass the result of `parseCohort`).
 *
 * @category Monitoring
 */
export type MonitoringIssue =
  | Issue<
      | 'invalid-option'
      | 'invalid-matching'
      | 'unknown-mentor'
      | 'unknown-mentee'
      | 'duplicate-mentee'
      | 'unknown-pair'
      | 'report-mismatch'
      | 'not-a-cohort'
    >
  | (Issue<'match-failed'> & { readonly cause: Issues<MatchError> });
