import { left, right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { csvDialect } from '../output/csvDialect';
import { formatXlsx } from '../output/formatXlsx';
import { matchingCsvTable } from '../report/matchingCsvTable';
import { MATCHING_FORMATS, renderMatching } from '../report/renderMatching';
import { matchWithProgress } from './internal/matchWithProgress';
import {
  audienceOption,
  cohortFileArgument,
  csvDialectOption,
  formatOption,
  inputOf,
  inputOptions,
  localeOption,
  objectiveOption,
  outOption,
  participantJsonIssue,
  programmeOption,
} from './internal/options';
import { runOnCohort } from './internal/runOnCohort';

/**
 * `match <file>`: pairs the cohort's mentees with its mentors, optimally for the objective, and
 * prints the pairs with their reasons and the unmatched mentees with why — or, with
 * `--format json`, exactly the library's `Matching`. An invalid cohort, or a pinned pair that
 * breaks a hard rule, is reported as `where: message` (exit 1). `--audience participant` writes
 * the text for the people themselves: a veto reads "not available for this pairing".
 *
 * @category CLI
 */
export const match = defineCommand({
  name: 'match',
  summary: 'Pair mentors and mentees optimally, with the reasons for every pair.',
  usage:
    'match <file> [--programme FILE] [--columns FILE] [--sheet NAME] [--strict] [--objective max-total|max-matched|fairest] [--format table|json|csv|markdown|xlsx] [--csv-dialect rfc4180|excel|excel-pl] [--locale en|pl] [--audience programme|participant] [--out FILE]',
  examples: [
    'reverse-mentoring match cohort.json',
    'reverse-mentoring match people.csv --programme programme.json --format csv --out pairs.csv',
    'reverse-mentoring match cohort.json --objective fairest --format json',
    'reverse-mentoring match workday.xlsx --columns mapping.json --format xlsx --out pairs.xlsx',
    'reverse-mentoring match cohort.json --audience participant',
  ],
  options: {
    programme: programmeOption,
    ...inputOptions,
    objective: objectiveOption,
    format: formatOption([...MATCHING_FORMATS, 'xlsx']),
    'csv-dialect': csvDialectOption,
    locale: localeOption,
    audience: audienceOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(
      io,
      { file: positionals[0] ?? '-', ...inputOf(values), out: values.out, format: values.format },
      async ({ cohort }) => {
        const wrong = participantJsonIssue(values.audience, values.format);
        if (wrong !== undefined) return left([wrong]);
        const matching = matchWithProgress(io, cohort, { objective: values.objective }, values.programme);
        if (matching._tag === 'Left') return matching;
        if (values.format === 'xlsx') {
          const table = matchingCsvTable(matching.right, cohort, values.locale, values.audience);
          return right(await formatXlsx([{ name: 'pairs', table, numeric: ['score'] }]));
        }
        const maxWidth = values.out === undefined ? io.columns : undefined;
        return right(
          renderMatching(matching.right, cohort, {
            format: values.format,
            locale: values.locale,
            audience: values.audience,
            maxWidth,
            csvDialect: csvDialect(values['csv-dialect'], values.locale),
          }),
        );
      },
    ),
});
