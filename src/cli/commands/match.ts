import { left, right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { MATCHING_FORMATS, renderMatching } from '../report/renderMatching';
import { matchWithProgress } from './internal/matchWithProgress';
import {
  cohortFileArgument,
  formatOption,
  localeOption,
  objectiveOption,
  outOption,
  programmeOption,
} from './internal/options';
import { runOnCohort } from './internal/runOnCohort';

/**
 * `match <file>`: pairs the cohort's mentees with its mentors, optimally for the objective, and
 * prints the pairs with their reasons and the unmatched mentees with why — or, with
 * `--format json`, exactly the library's `Matching`. An invalid cohort, or a pinned pair that
 * breaks a hard rule, is reported as `where: message` (exit 1).
 *
 * @category CLI
 */
export const match = defineCommand({
  name: 'match',
  summary: 'Pair mentors and mentees optimally, with the reasons for every pair.',
  usage:
    'match <file> [--programme FILE] [--objective max-total|max-matched|fairest] [--format table|json|csv|markdown] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring match cohort.json',
    'reverse-mentoring match people.csv --programme programme.json --format csv --out pairs.csv',
    'reverse-mentoring match cohort.json --objective fairest --format json',
  ],
  options: {
    programme: programmeOption,
    objective: objectiveOption,
    format: formatOption(MATCHING_FORMATS),
    locale: localeOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(
      io,
      { file: positionals[0] ?? '-', programme: values.programme, out: values.out, format: values.format },
      ({ cohort }) => {
        const matching = matchWithProgress(io, cohort, { objective: values.objective }, values.programme);
        if (matching._tag === 'Left') return left([matching.left]);
        const maxWidth = values.out === undefined ? io.columns : undefined;
        return right(
          renderMatching(matching.right, cohort, { format: values.format, locale: values.locale, maxWidth }),
        );
      },
    ),
});
