import { left, right } from 'fp-ts/lib/Either.js';
import { applyDecisions } from '../../workflow/index';
import { defineCommand } from '../command';
import { loadDecisions } from '../io/loadDecisions';
import { readMatchingFile } from '../io/readMatchingFile';
import { formatJson } from '../output/formatJson';
import { printWarnings } from '../output/printIssues';
import { renderDecisionRound } from '../report/renderDecisionRound';
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
 * `decide <file> --matching FILE --decisions FILE`: applies the decisions (accepted, declined, by
 * the mentor, the mentee or the programme) to a proposal and proposes again: accepted pairs kept,
 * declined pairs never proposed again, the fewest undecided pairs changed, the freed people
 * matched anew. Prints what changed, the new proposal with each pair's status and the waiting
 * list; `--format json` prints the library's `DecisionRound` (its `matching` is a proposal the
 * next round reads with `--matching`).
 *
 * @category CLI
 */
export const decide = defineCommand({
  name: 'decide',
  summary:
    'Apply accepted and declined pairs to a proposal, and propose again with as little changed as possible.',
  usage:
    'decide <file> --matching FILE --decisions FILE [--programme FILE] [--objective max-total|max-matched|fairest] [--format table|json] [--locale en|pl] [--out FILE]',
  examples: [
    'reverse-mentoring decide cohort.json --matching proposal.json --decisions decisions.csv',
    'reverse-mentoring decide cohort.json --matching proposal.json --decisions decisions.json --format json --out proposal-2.json',
  ],
  options: {
    matching: {
      type: 'string',
      valueName: 'FILE',
      required: true,
      description:
        'the proposal the decisions are about (the JSON of match, or CSV with mentor_id and mentee_id)',
    },
    decisions: {
      type: 'string',
      valueName: 'FILE',
      required: true,
      description:
        'the decisions: JSON ({ "decisions": [...] }) or CSV (mentor_id, mentee_id, by, decision, date, reason)',
    },
    programme: programmeOption,
    ...inputOptions,
    objective: {
      type: 'string',
      choices: ['max-total', 'max-matched', 'fairest'],
      default: 'max-total',
      description: 'what the freed people are matched for',
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
        const proposal = await readMatchingFile(io, values.matching);
        if (proposal._tag === 'Left') return left([proposal.left]);
        const decisions = await loadDecisions(io, values.decisions, cohort);
        if (decisions._tag === 'Left') return decisions;
        printWarnings(io, decisions.right.warnings);
        const round = applyDecisions(cohort, proposal.right, decisions.right.decisions, {
          objective: values.objective,
        });
        if (round._tag === 'Left')
          return left(
            round.left.map((e) =>
              workflowIssue(e, {
                programme: values.programme,
                matching: values.matching,
                decisions: values.decisions,
              }),
            ),
          );
        if (values.format === 'json') return right(formatJson(round.right));
        const width = values.out === undefined ? io.columns : undefined;
        return right(renderDecisionRound(round.right, cohort, values.locale, width));
      },
    ),
});
