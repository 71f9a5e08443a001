import { right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { displayName } from '../io/readTextFile';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { cohortFileArgument, inputOf, inputOptions, localeOption, programmeOption } from './internal/options';
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
  usage: 'validate <file> [--programme FILE] [--columns FILE] [--sheet NAME] [--strict] [--locale en|pl]',
  examples: [
    'reverse-mentoring validate cohort.json',
    'reverse-mentoring validate people.csv --programme programme.json --locale pl',
    'reverse-mentoring validate successfactors.csv --columns mapping.json',
  ],
  options: { programme: programmeOption, ...inputOptions, locale: localeOption },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) => {
    const [file = '-'] = positionals;
    return runOnCohort(io, { file, ...inputOf(values) }, ({ cohort }) => {
      const valid = values.locale === 'pl' ? 'poprawny' : 'valid';
      return right(
        `${displayName(file)}: ${valid}\n${renderCohortSummary(cohortSummary(cohort), { locale: values.locale, detailed: false })}`,
      );
    });
  },
});
