import { left, right } from 'fp-ts/lib/Either.js';
import { matchWave } from '../../workflow/index';
import { defineCommand } from '../command';
import { readMatchingFile } from '../io/readMatchingFile';
import { formatJson } from '../output/formatJson';
import { renderWave } from '../report/renderWave';
import {
  cohortFileArgument,
  formatOption,
  inputOf,
  inputOptions,
  localeOption,
  outOption,
  programmeOption,
} from './internal/options';
import { runOnCohort } from './internal/runOnCohort';
import { workflowIssue } from './internal/workflowIssue';

/**
 * `wave <file> [--matching FILE]`: matches the newcomers (and everyone short of partners) against
 * the places the running pairs leave, without touching a running pair: the mentees are served by
 * `waiting_since`, the longest wait first, each day's class as many as possible, then by score.
 * Prints the classes, the new pairs and the waiting list with each mentee's position and why;
 * `--format json` prints the library's `Wave`.
 *
 * @category CLI
 */
export const wave = defineCommand({
  name: 'wave',
  summary: 'Match newcomers against the places left, the longest-waiting first, and print the waiting list.',
  usage:
    'wave <file> [--matching FILE] [--programme FILE] [--objective max-matched|max-total|fairest] [--format table|json] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring wave cohort.json --matching running.json',
    'reverse-mentoring wave people.csv --matching running.csv --format json --out after-wave.json',
  ],
  options: {
    matching: {
      type: 'string',
      valueName: 'FILE',
      description:
        'the running pairs (the JSON of a matching, or CSV with mentor_id and mentee_id); none when left out',
    },
    programme: programmeOption,
    ...inputOptions,
    objective: {
      type: 'string',
      choices: ['max-matched', 'max-total', 'fairest'],
      default: 'max-matched',
      description: 'what each waiting class is matched for (default: as many as possible, then the total)',
    },
    format: formatOption(['table', 'json']),
    locale: localeOption,
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(
      io,
      { file: positionals[0] ?? '-', ...inputOf(values), out: values.out },
      async ({ cohort }) => {
        let current: {
          readonly pairs: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>;
        } = {
          pairs: [],
        };
        if (values.matching !== undefined) {
          const read = await readMatchingFile(io, values.matching);
          if (read._tag === 'Left') return left([read.left]);
          current = read.right;
        }
        const result = matchWave(cohort, current, { objective: values.objective });
        if (result._tag === 'Left')
          return left(
            result.left.map((e) =>
              workflowIssue(e, { programme: values.programme, matching: values.matching ?? '-' }),
            ),
          );
        if (values.format === 'json') return right(formatJson(result.right));
        const width = values.out === undefined ? io.columns : undefined;
        return right(renderWave(result.right, cohort, values.locale, width));
      },
    ),
});
