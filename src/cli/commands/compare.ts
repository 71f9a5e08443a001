import { left, right } from 'fp-ts/lib/Either.js';
import {
  type ExternalMatching,
  STRATEGIES,
  compareSettings,
  compareStrategies,
  weightSensitivity,
} from '../../evaluation/index';
import { EXIT } from '../exitCode';
import type { InputIssue } from '../io/InputIssue';
import { loadCohort } from '../io/loadCohort';
import { readMatchingFile } from '../io/readMatchingFile';
import { displayName } from '../io/readTextFile';
import { renderSensitivity, renderSettingsComparison } from '../report/renderWhatIf';
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
 * pairs and partner ranks. `--matching FILE` (repeatable) adds a matching made elsewhere (the
 * library's JSON or a CSV sheet with mentor and mentee columns), measured the same way and
 * audited: every rule it breaks, unknown people, pairs twice, capacities exceeded. `--against
 * PROGRAMME` compares two programme settings on the same people instead (what-if), and
 * `--sensitivity` how the optimal pairs move when each weight moves. `--format json` prints
 * exactly the library's `StrategyComparison` (`SettingsComparison`, `WeightSensitivity`).
 *
 * @category CLI
 */
export const compare = defineCommand({
  name: 'compare',
  summary: 'Compare the pairing strategies, matchings made elsewhere, or two programme settings on a cohort.',
  usage:
    'compare <file> [--programme FILE] [--strategies a,b,…] [--seed S] [--matching FILE]… [--against FILE | --sensitivity] [--format table|json|markdown] [--out FILE]',
  examples: [
    'reverse-mentoring compare cohort.json',
    'reverse-mentoring compare cohort.json --strategies max-total,stable,random --seed 7 --format markdown --out quality.md',
    'reverse-mentoring compare cohort.json --matching last-year.csv --matching platform.json',
    'reverse-mentoring compare people.csv --programme current.json --against more-reciprocity.json',
    'reverse-mentoring compare cohort.json --sensitivity',
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
    matching: {
      type: 'string',
      valueName: 'FILE',
      multiple: true,
      description:
        'a matching made elsewhere (JSON, or CSV with mentor_id and mentee_id columns) to measure and audit beside the strategies; repeatable',
    },
    against: {
      type: 'string',
      valueName: 'FILE',
      description:
        'what-if: a second programme file for the same people; shows which pairs and figures change',
    },
    sensitivity: {
      type: 'boolean',
      description: 'show how the optimal pairs change when each weight moves by ±10 % and ±25 %',
    },
    format: formatOption(COMPARISON_FORMATS),
    out: outOption,
  },
  positionals: [cohortFileArgument],
  run: async ({ values, positionals }, io) => {
    const file = positionals[0] ?? '-';
    const usage = whatIfUsage(file, values);
    if (usage !== undefined) {
      io.stderr(`reverse-mentoring compare: ${usage} (see reverse-mentoring compare --help)\n`);
      return EXIT.usage;
    }
    return runOnCohort(io, { file, programme: values.programme, out: values.out }, async ({ cohort }) => {
      if (values.against !== undefined) {
        const after = await loadCohort(io, file, { programme: values.against });
        if (after._tag === 'Left') return after;
        const whatIf = compareSettings(cohort, after.right.cohort);
        if (whatIf._tag === 'Left')
          return left(whatIf.left.map((issue) => matchIssue(issue, values.against)));
        return right(renderSettingsComparison(whatIf.right, values.format));
      }
      if (values.sensitivity) {
        const progress = createProgress(io, 'varying each weight');
        const sensitivity = weightSensitivity(cohort);
        progress.finish();
        if (sensitivity._tag === 'Left')
          return left(sensitivity.left.map((issue) => matchIssue(issue, values.programme)));
        return right(renderSensitivity(sensitivity.right, values.format));
      }
      const external: ExternalMatching[] = [];
      const unreadable: InputIssue[] = [];
      for (const path of values.matching) {
        const read = await readMatchingFile(io, path);
        if (read._tag === 'Left') unreadable.push(read.left);
        else external.push({ name: displayName(path), matching: read.right });
      }
      if (unreadable.length > 0) return left(unreadable);
      const progress = createProgress(
        io,
        `comparing strategies on ${cohort.mentees.length} mentees and ${cohort.mentors.length} mentors`,
      );
      const comparison = compareStrategies(cohort, {
        ...(values.strategies === undefined ? {} : { strategies: values.strategies }),
        seed: values.seed,
        external,
        onProgress: (done, total) => progress.update(done, total),
      });
      progress.finish();
      if (comparison._tag === 'Left') return left([matchIssue(comparison.left, values.programme)]);
      const width = values.out === undefined ? io.columns : undefined;
      return right(renderComparison(comparison.right, { format: values.format, width }));
    });
  },
});

/** What cannot go together on the command line: one of what-if, sensitivity and external matchings; stdin read twice. */
function whatIfUsage(
  file: string,
  values: {
    readonly against: string | undefined;
    readonly sensitivity: boolean;
    readonly matching: ReadonlyArray<string>;
  },
): string | undefined {
  const modes = [values.against !== undefined, values.sensitivity, values.matching.length > 0].filter(
    Boolean,
  );
  if (modes.length > 1)
    return '--against, --sensitivity and --matching are separate comparisons: give one of them';
  if (values.against !== undefined && file === '-')
    return '--against reads the cohort twice: give it as a file, not standard input';
  return undefined;
}
