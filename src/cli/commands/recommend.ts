import type { MenteeId } from '../../domain/index';
import { recommend as recommendMentors } from '../../matching/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { loadCohort } from '../io/loadCohort';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
import { printIssues } from '../output/printIssues';
import { writeOutput } from '../output/writeOutput';
import { REPORT_TEXT, formatScore, personNames } from '../report/internal/reportText';
import { recommendationTable } from '../report/recommendationTable';
import { matchIssue } from './internal/matchIssue';
import { cohortFileArgument, formatOption, localeOption, outOption, programmeOption } from './internal/options';
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
  usage: 'recommend <file> --mentee ID [--limit N] [--programme FILE] [--format table|json|markdown] [--locale en|pl] [--out FILE]',
  examples: ['reverse-mentoring recommend cohort.json --mentee e-jankowski', 'reverse-mentoring recommend people.csv --programme programme.json --mentee e-lis --limit 3 --format json'],
  options: {
    mentee: { type: 'string', valueName: 'ID', required: true, description: 'the id of the mentee' },
    limit: { type: 'string', valueName: 'N', default: '5', integer: { min: 1, max: 1000 }, description: 'how many mentors' },
    programme: programmeOption,
    format: formatOption(['table', 'json', 'markdown']),
    locale: localeOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) => {
    const [file = '-'] = positionals;
    const loaded = await loadCohort(io, file, { programme: values.programme });
    if (loaded._tag === 'Left') {
      printIssues(io, loaded.left);
      return EXIT.invalidInput;
    }
    const { cohort } = loaded.right;
    if (!cohort.menteeById.has(values.mentee as MenteeId)) {
      printIssues(io, [unknownPerson(values.mentee, 'mentee', cohort)]);
      return EXIT.invalidInput;
    }
    const result = recommendMentors(cohort, values.mentee as MenteeId, { limit: values.limit });
    if (result._tag === 'Left') {
      printIssues(io, [matchIssue(result.left, values.programme)]);
      return EXIT.invalidInput;
    }
    const { locale } = values;
    const t = REPORT_TEXT[locale];
    const mentee = personNames(cohort).mentee(values.mentee);
    let text: string;
    if (values.format === 'json') text = formatJson(result.right);
    else if (result.right.length === 0) text = `${t.noRecommendation(mentee, formatScore(cohort.programme.rules.minScore, locale))}\n`;
    else {
      const table = recommendationTable(result.right, cohort, locale);
      text =
        values.format === 'markdown'
          ? formatMarkdown(table)
          : `${t.recommendFor(mentee)}\n\n${formatTable(table, { maxWidth: values.out === undefined ? io.columns : undefined })}`;
    }
    const problem = await writeOutput(io, text, values.out);
    if (problem === undefined) return EXIT.ok;
    printIssues(io, [problem]);
    return EXIT.invalidInput;
  },
});
