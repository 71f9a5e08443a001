import type { MenteeId } from '../../domain/index';
import { recommend as recommendMentors } from '../../matching/index';
import { left, right } from 'fp-ts/lib/Either.js';
import { defineCommand } from '../command';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
// The recommend command words its empty answer as the reports word theirs; reportText stays in
// cli/report/internal until it has a public home there.
// eslint-disable-next-line no-restricted-imports -- see above
import { REPORT_TEXT, formatScore, personNames } from '../report/internal/reportText';
import { recommendationTable } from '../report/recommendationTable';
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
import { unknownPerson } from './internal/unknownPerson';

/**
 * `recommend <file> --mentee ID`: the best mentors for one mentee — score, reasons, places left
 * and whether the mentor is contested — for programmes where people choose their own mentor.
 * `--format json` prints the library's `Recommendation` array.
 *
 * @category CLI
 */
export const recommend = defineCommand({
  name: 'recommend',
  summary: 'Recommend the best mentors for one mentee, with reasons.',
  usage:
    'recommend <file> --mentee ID [--limit N] [--programme FILE] [--format table|json|markdown] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring recommend cohort.json --mentee e-jankowski',
    'reverse-mentoring recommend people.csv --programme programme.json --mentee e-lis --limit 3 --format json',
  ],
  options: {
    mentee: { type: 'string', valueName: 'ID', required: true, description: 'the id of the mentee' },
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
      if (!cohort.menteeById.has(values.mentee as MenteeId))
        return left([unknownPerson(values.mentee, 'mentee', cohort)]);
      const result = recommendMentors(cohort, values.mentee as MenteeId, { limit: values.limit });
      if (result._tag === 'Left') return left(result.left.map((e) => matchIssue(e, values.programme)));
      if (values.format === 'json') return right(formatJson(result.right));
      const { locale } = values;
      const t = REPORT_TEXT[locale];
      const mentee = personNames(cohort).mentee(values.mentee);
      if (result.right.length === 0)
        return right(`${t.noRecommendation(mentee, formatScore(cohort.programme.rules.minScore, locale))}\n`);
      const table = recommendationTable(result.right, cohort, locale);
      if (values.format === 'markdown') return right(formatMarkdown(table));
      return right(
        `${t.recommendFor(mentee)}\n\n${formatTable(table, { maxWidth: values.out === undefined ? io.columns : undefined })}`,
      );
    }),
});
