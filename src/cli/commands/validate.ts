import { right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { displayName } from '../io/readTextFile';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { cohortFileArgument, localeOption, programmeOption } from './internal/options';
import { runOnCohort } from './internal/runOnCohort';

/**
 * `validate <file>`: checks a cohort (JSON, or a participants CSV with `--programme`) and prints a
 * summary — programme, mentors and their places, mentees, areas in focus — or every issue as
 * `where: message` on standard error (exit 1).
 *
 * @category CLI
 */
export const validate = defineCommand({
  name: 'validate',
  summary: 'Check a cohort file (JSON or CSV) and summarise it, or list every issue.',
  usage: 'validate <file> [--programme FILE] [--locale en|pl]',
  examples: [
    'reverse-mentoring validate cohort.json',
    'reverse-mentoring validate people.csv --programme programme.json --locale pl',
  ],
  options: { programme: programmeOption, locale: localeOption },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) => {
    const [file = '-'] = positionals;
    return runOnCohort(io, { file, programme: values.programme }, ({ cohort }) => {
      const valid = values.locale === 'pl' ? 'poprawny' : 'valid';
      return right(
        `${displayName(file)}: ${valid}\n${renderCohortSummary(cohortSummary(cohort), { locale: values.locale, detailed: false })}`,
      );
    });
  },
});
