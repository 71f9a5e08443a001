import * as z from 'zod';
import { checkArgument, cohortArgumentIssues } from '../../domain/checkArgument';
import type { MonitoringIssue } from '../MonitoringIssue';

const id = z.string();
/** A matching's shape as far as the checks of `checkMatching` need it to be readable. */
const matchingShape = z.object({ pairs: z.array(z.unknown()) }).loose();
const journalShape = z
  .object({
    checkIns: z.array(z.unknown()),
    assessments: z.array(z.unknown()),
    outcomes: z.array(z.unknown()),
  })
  .loose();

/**
 * The wrong arguments of `assessProgramme` from plain JavaScript, as issues: a cohort
 * `parseCohort` did not make, a journal `parseJournal` did not make, a matching that cannot be
 * read (a throwing getter, an id nested 8,000 deep: `invalid-matching`), options of the wrong type
 * (`endedPairs: 1`, `[null]`). None when the types are right; the values (ids, dates, ranges) are
 * `assessProgramme`'s own checks.
 *
 * @internal
 */
export function checkAssessProgrammeArguments(
  cohort: unknown,
  matching: unknown,
  journal: unknown,
  options: unknown,
): ReadonlyArray<MonitoringIssue> {
  const options_ = z
    .object({
      asOf: z.unknown(),
      cadenceDays: z.number().optional(),
      startDate: z.string().optional(),
      endedPairs: z.array(z.tuple([id, id])).optional(),
    })
    .loose();
  return [
    ...cohortArgumentIssues(cohort, []),
    ...checkArgument(matchingShape, matching, ['matching'], 'invalid-matching'),
    ...checkArgument(journalShape, journal, ['journal'], 'invalid-option'),
    ...checkArgument(options_, options, ['options'], 'invalid-option'),
  ];
}

/**
 * The wrong arguments of `suggestRematch`: the cohort, a matching that cannot be read, a report
 * that is not what `assessProgramme` returns (`{}`), options of the wrong type.
 *
 * @internal
 */
export function checkSuggestRematchArguments(
  cohort: unknown,
  matching: unknown,
  report: unknown,
  options: unknown,
): ReadonlyArray<MonitoringIssue> {
  const reportShape = z
    .object({
      pairs: z.array(
        z.object({ mentorId: id, menteeId: id, status: z.string(), reasons: z.array(z.unknown()) }).loose(),
      ),
    })
    .loose();
  return [
    ...cohortArgumentIssues(cohort, []),
    ...checkArgument(matchingShape, matching, ['matching'], 'invalid-matching'),
    ...checkArgument(reportShape, report, ['report'], 'invalid-option'),
    ...checkArgument(
      z.object({ objective: z.string().optional() }).loose().optional(),
      options,
      ['options'],
      'invalid-option',
    ),
  ];
}
