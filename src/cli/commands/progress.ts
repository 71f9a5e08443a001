import { left, right } from 'fp-ts/lib/Either.js';
import type { Matching } from '../../matching/index';
import { type Rematch, assessProgramme, suggestRematch } from '../../monitoring/index';
import { defineCommand } from '../command';
import { loadJournal } from '../io/loadJournal';
import { readJsonFile } from '../io/readJsonFile';
import { formatXlsx } from '../output/formatXlsx';
import { progressSheets } from '../report/progressSheets';
import { PROGRESS_FORMATS, renderProgress } from '../report/renderProgress';
import { monitoringIssue } from './internal/monitoringIssue';
import {
  cohortFileArgument,
  formatOption,
  localeOption,
  outOption,
  programmeOption,
  inputOf,
  inputOptions,
} from './internal/options';
import { runOnCohort } from './internal/runOnCohort';
import { today } from './internal/today';
import { warnOfLaterEntries } from './internal/warnOfLaterEntries';

/**
 * `progress <cohort> --matching FILE --journal FILE`: follows a running programme — each pair's
 * status (on track, needs a check-in, at risk, ended) and why, its sessions, the skills gained
 * by area, Kirkpatrick's levels — as of a date (default today), from the matching that `match
 * --format json` printed and the journal of check-ins and self-assessments. `--rematch` adds new
 * mentors for the mentees of at-risk pairs. `--format json` prints the library's
 * `ProgrammeReport`.
 *
 * @category CLI
 */
export const progress = defineCommand({
  name: 'progress',
  summary: "Follow a running programme: each pair's health and why, skills gained, outcomes.",
  usage:
    'progress <cohort> --matching FILE --journal FILE [--as-of YYYY-MM-DD] [--start YYYY-MM-DD] [--cadence DAYS] [--rematch] [--programme FILE] [--columns FILE] [--sheet NAME] [--strict] [--format table|json|markdown|xlsx] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring progress cohort.json --matching matching.json --journal journal.json',
    'reverse-mentoring progress cohort.json --matching matching.json --journal journal.json --as-of 2027-04-08 --cadence 14 --rematch --locale pl',
  ],
  options: {
    matching: {
      type: 'string',
      valueName: 'FILE',
      required: true,
      description: 'the pairs, as `match --format json` prints them',
    },
    journal: {
      type: 'string',
      valueName: 'FILE',
      required: true,
      multiple: true,
      description:
        'the journal: JSON (check-ins, self-assessments, outcomes), or CSV/Excel sheets of check-ins, self-assessments or outcomes; repeatable',
    },
    'as-of': {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      date: true,
      description: 'the date of the report (default: today); later entries are ignored',
    },
    start: {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      date: true,
      description: 'the programme start (default: the first check-in)',
    },
    cadence: {
      type: 'string',
      valueName: 'DAYS',
      integer: { min: 1, max: 365 },
      description: 'how often a pair is meant to meet (default: every 14 days)',
    },
    rematch: { type: 'boolean', description: 'also propose new mentors for the mentees of at-risk pairs' },
    programme: programmeOption,
    ...inputOptions,
    format: formatOption([...PROGRESS_FORMATS, 'xlsx']),
    locale: localeOption,
    out: outOption,
  },
  positionals: [{ ...cohortFileArgument, name: 'cohort' }],
  run: async ({ values, positionals }, io) =>
    runOnCohort(
      io,
      { file: positionals[0] ?? '-', ...inputOf(values), out: values.out },
      async ({ cohort }) => {
        const [matching, journal] = await Promise.all([
          readJsonFile(io, values.matching),
          loadJournal(io, values.journal, cohort),
        ]);
        if (matching._tag === 'Left' || journal._tag === 'Left') {
          return left([
            ...(matching._tag === 'Left' ? [matching.left] : []),
            ...(journal._tag === 'Left' ? journal.left : []),
          ]);
        }
        // A matching read back from JSON is untrusted: assessProgramme checks its shape and its ids.
        const pairs = matching.right as Matching;
        const asOf = values['as-of'] ?? today(io);
        const report = assessProgramme(cohort, pairs, journal.right, {
          asOf,
          ...(values.start === undefined ? {} : { startDate: values.start }),
          ...(values.cadence === undefined ? {} : { cadenceDays: values.cadence }),
        });
        if (report._tag === 'Left')
          return left(report.left.map((issue) => monitoringIssue(issue, values.matching)));
        if (values['as-of'] === undefined) warnOfLaterEntries(io, journal.right, asOf, values.journal);
        let rematch: Rematch | undefined;
        if (values.rematch) {
          const proposal = suggestRematch(cohort, pairs, report.right);
          if (proposal._tag === 'Left')
            return left(proposal.left.map((issue) => monitoringIssue(issue, values.matching)));
          rematch = proposal.right;
        }
        if (values.format === 'xlsx')
          return right(await formatXlsx(progressSheets(report.right, cohort, values.locale, rematch)));
        const width = values.out === undefined ? io.columns : undefined;
        return right(
          renderProgress(report.right, {
            format: values.format,
            locale: values.locale,
            cohort,
            rematch,
            width,
          }),
        );
      },
    ),
});
