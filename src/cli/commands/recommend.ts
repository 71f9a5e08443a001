import type { MenteeId } from '../../domain/index';
import { recommend as recommendMentors } from '../../matching/index';
import { left, right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
// The recommend command words its empty answer as the reports word theirs; reportText stays in
// cli/report/internal until it has a public home there.
// eslint-disable-next-line no-restricted-imports -- see above
import { REPORT_TEXT, formatScore, personNames } from '../report/internal/reportText';
// eslint-disable-next-line no-restricted-imports -- the reading layout of the report tables, likewise
import { notesUnderRows } from '../report/internal/readingTable';
import { recommendationTable } from '../report/recommendationTable';
import { TEXT_WIDTH } from '../report/renderMatching';
import { matchIssue } from './internal/matchIssue';
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
import { findPerson } from './internal/findPerson';

/**
 * `recommend <file> --mentee ID|NAME`: the best mentors for one mentee — score, reasons, places left
 * and whether the mentor is contested — for programmes where people choose their own mentor.
 * `--format json` prints the library's `Recommendation` array.
 *
 * @category CLI
 */
export const recommend = defineCommand({
  name: 'recommend',
  summary: 'Recommend the best mentors for one mentee, with reasons.',
  usage:
    'recommend <file> --mentee ID|NAME [--limit N] [--programme FILE] [--format table|json|markdown] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring recommend cohort.json --mentee e-jankowski',
    'reverse-mentoring recommend people.csv --programme programme.json --mentee e-lis --limit 3 --format json',
  ],
  options: {
    mentee: {
      type: 'string',
      valueName: 'ID',
      required: true,
      description: 'the mentee: an id, or a name that only one mentee has',
    },
    limit: {
      type: 'string',
      valueName: 'N',
      default: '5',
      integer: { min: 1, max: 1000 },
      description: 'how many mentors',
    },
    programme: programmeOption,
    ...inputOptions,
    format: formatOption(['table', 'json', 'markdown']),
    locale: localeOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(io, { file: positionals[0] ?? '-', ...inputOf(values), out: values.out }, ({ cohort }) => {
      const menteeId = findPerson(values.mentee, 'mentee', cohort);
      if (menteeId._tag === 'Left') return left([menteeId.left]);
      const result = recommendMentors(cohort, menteeId.right as MenteeId, { limit: values.limit });
      if (result._tag === 'Left') return left(result.left.map((e) => matchIssue(e, values.programme)));
      if (values.format === 'json') return right(formatJson(result.right));
      const { locale } = values;
      const t = REPORT_TEXT[locale];
      const mentee = personNames(cohort).mentee(menteeId.right);
      if (result.right.length === 0)
        return right(`${t.noRecommendation(mentee, formatScore(cohort.programme.rules.minScore, locale))}\n`);
      const table = recommendationTable(result.right, cohort, locale);
      if (values.format === 'markdown') return right(formatMarkdown(table));
      const width = (values.out === undefined ? io.columns : undefined) ?? TEXT_WIDTH;
      return right(`${t.recommendFor(mentee)}\n\n${notesUnderRows(table, width).join('\n')}\n`);
    }),
});
