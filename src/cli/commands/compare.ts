import { left, right } from 'fp-ts/lib/Either.js';
import { STRATEGIES, compareStrategies } from '../../evaluation/index';
import { defineCommand } from '../command';
import { createProgress } from '../output/createProgress';
import { COMPARISON_FORMATS, renderComparison } from '../report/renderComparison';
import { matchIssue } from './internal/matchIssue';
import { cohortFileArgument, formatOption, outOption, programmeOption } from './internal/options';
import { runOnCohort } from './internal/runOnCohort';

/**
 * `compare <file>`: the pairing strategies side by side on one cohort — the matcher's objectives
 * and the greedy, stable and random baselines, under the same rules, capacities and pins — with
 * each one's share of the optimum, score statistics, matched share, goal coverage, blocking
 * pairs and partner ranks. `--format json` prints exactly the library's `StrategyComparison`. A
 * progress line counts the strategies on standard error when it is a terminal.
 *
 * @category CLI
 */
export const compare = defineCommand({
  name: 'compare',
  summary: 'Compare the pairing strategies (optimal, fairest, stable, greedy, random) on a cohort.',
  usage:
    'compare <file> [--programme FILE] [--strategies a,b,…] [--seed S] [--format table|json|markdown] [--out FILE]',
  examples: [
    'reverse-mentoring compare cohort.json',
    'reverse-mentoring compare cohort.json --strategies max-total,stable,random --seed 7 --format markdown --out quality.md',
  ],
  options: {
    programme: programmeOption,
    strategies: {
      type: 'string',
      valueName: 'LIST',
      choices: STRATEGIES,
      list: true,
      description: `the strategies, comma-separated, in the order to show: any of ${STRATEGIES.join(', ')} (default: all)`,
    },
    seed: {
      type: 'string',
      valueName: 'S',
      default: '1',
      integer: {},
      description: 'the seed of the random baseline',
    },
    format: formatOption(COMPARISON_FORMATS),
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) =>
    runOnCohort(
      io,
      { file: positionals[0] ?? '-', programme: values.programme, out: values.out },
      ({ cohort }) => {
        const progress = createProgress(
          io,
          `comparing strategies on ${cohort.mentees.length} mentees and ${cohort.mentors.length} mentors`,
        );
        const comparison = compareStrategies(cohort, {
          ...(values.strategies === undefined ? {} : { strategies: values.strategies }),
          seed: values.seed,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.finish();
        if (comparison._tag === 'Left')
          return left(comparison.left.map((e) => matchIssue(e, values.programme)));
        const width = values.out === undefined ? io.columns : undefined;
        return right(renderComparison(comparison.right, { format: values.format, width }));
      },
    ),
});
