import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { loadCohort } from '../io/loadCohort';
import { displayName } from '../io/readTextFile';
import { printIssues } from '../output/printIssues';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { cohortFileArgument, localeOption, programmeOption } from './internal/options';

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
  examples: ['reverse-mentoring validate cohort.json', 'reverse-mentoring validate people.csv --programme programme.json --locale pl'],
  options: { programme: programmeOption, locale: localeOption },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) => {
    const [file = '-'] = positionals;
    const loaded = await loadCohort(io, file, { programme: values.programme });
    if (loaded._tag === 'Left') {
      printIssues(io, loaded.left);
      return EXIT.invalidInput;
    }
    const valid = values.locale === 'pl' ? 'poprawny' : 'valid';
    io.stdout(`${displayName(file)}: ${valid}\n${renderCohortSummary(cohortSummary(loaded.right.cohort), { locale: values.locale, detailed: false })}`);
    return EXIT.ok;
  },
});
