import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, formatPath } from '../../domain/index';
import {
  type ExternalMatching,
  type SettingsComparison,
  type StrategyComparison,
  compareSettings,
  compareStrategies,
} from '../../evaluation/index';
import type { Matching } from '../../matching/index';
import { type ReportIssue, renderHtmlReport } from '../../report/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import type { CliIo } from '../io/CliIo';
import type { InputIssue } from '../io/InputIssue';
import { loadCohort } from '../io/loadCohort';
import { loadJournal } from '../io/loadJournal';
import { readMatchingFile } from '../io/readMatchingFile';
import { displayName } from '../io/readTextFile';
import { readJsonFile } from '../io/readJsonFile';
import { createProgress } from '../output/createProgress';
import { matchIssue } from './internal/matchIssue';
import { matchWithProgress } from './internal/matchWithProgress';
import { audienceOption, cohortFileArgument, localeOption, programmeOption } from './internal/options';
import { runOnCohort } from './internal/runOnCohort';
import { today } from './internal/today';

/** The command-line option behind each option of `renderHtmlReport`. */
const OPTION_OF: Readonly<Record<string, string>> = {
  asOf: '--as-of',
  startDate: '--start',
  cadenceDays: '--cadence',
  locale: '--locale',
  audience: '--audience',
};

/**
 * `report <cohort> --out report.html`: the programme as one self-contained HTML page (no network,
 * inline styles and SVG charts, a print stylesheet), in English or Polish. Without `--matching`
 * it matches the cohort and compares the strategies side by side first; with `--journal` it adds
 * the progress as of `--as-of` (default today); `--compare-with FILE` (repeatable) shows matchings
 * made elsewhere beside the strategies, and `--against PROGRAMME` adds a what-if before/after view
 * of a second programme setting on the same people. The page is what the library's
 * `renderHtmlReport` returns for the same inputs.
 *
 * @category CLI
 */
export const report = defineCommand({
  name: 'report',
  summary: 'Write the programme as one self-contained HTML page with charts (opens offline, prints to PDF).',
  usage:
    'report <cohort> --out FILE [--matching FILE] [--journal FILE]… [--compare-with FILE]… [--against FILE] [--as-of YYYY-MM-DD] [--start YYYY-MM-DD] [--cadence DAYS] [--programme FILE] [--seed S] [--locale en|pl] [--audience programme|participant]',
  examples: [
    'reverse-mentoring report cohort.json --out report.html',
    'reverse-mentoring report cohort.json --matching matching.json --journal journal.json --as-of 2027-04-08 --locale pl --out raport.html',
    'reverse-mentoring report people.csv --programme current.json --against more-reciprocity.json --compare-with last-year.csv --out what-if.html',
  ],
  options: {
    out: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: 'the HTML file to write (- writes to standard output)',
    },
    matching: {
      type: 'string',
      valueName: 'FILE',
      description:
        'the pairs, as `match --format json` prints them (default: match now and compare the strategies)',
    },
    journal: {
      type: 'string',
      valueName: 'FILE',
      multiple: true,
      description:
        'the journal (JSON, or CSV/Excel sheets of check-ins, self-assessments, outcomes; repeatable): adds the progress section',
    },
    'as-of': {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      date: true,
      description: 'the date of the progress (default: today); later entries are ignored',
    },
    start: {
      type: 'string',
      valueName: 'YYYY-MM-DD',
      date: true,
      description: 'the programme start (default: the first check-in)',
    },
    cadence: {
      type: 'string',
      valueName: 'DAYS',
      integer: { min: 1, max: 365 },
      description: 'how often a pair is meant to meet (default: every 14 days)',
    },
    programme: programmeOption,
    'compare-with': {
      type: 'string',
      valueName: 'FILE',
      multiple: true,
      description:
        'a matching made elsewhere (JSON, or CSV with mentor_id and mentee_id) to show beside the strategies; repeatable',
    },
    against: {
      type: 'string',
      valueName: 'FILE',
      description: 'what-if: a second programme file for the same people; adds a before/after view',
    },
    seed: {
      type: 'string',
      valueName: 'S',
      default: '1',
      integer: {},
      description: 'the seed of the random baseline in the comparison',
    },
    locale: localeOption,
    audience: audienceOption,
  },
  positionals: [{ ...cohortFileArgument, name: 'cohort' }],
  run: async ({ values, positionals }, io) => {
    if (values.out === undefined && io.stdoutIsTTY) {
      io.stderr(
        'reverse-mentoring report: give the file to write with --out FILE (an HTML page is no terminal output)\n',
      );
      return EXIT.usage;
    }
    if (values.against !== undefined && (positionals[0] ?? '-') === '-') {
      io.stderr(
        'reverse-mentoring report: --against reads the cohort twice: give it as a file, not standard input\n',
      );
      return EXIT.usage;
    }
    return runOnCohort(
      io,
      { file: positionals[0] ?? '-', programme: values.programme, out: values.out },
      async ({ cohort }) => {
        const [matchingFile, journal] = await Promise.all([
          values.matching === undefined ? undefined : readJsonFile(io, values.matching),
          values.journal.length === 0 ? undefined : loadJournal(io, values.journal, cohort),
        ]);
        const external: ExternalMatching[] = [];
        const unreadable: InputIssue[] = [];
        for (const path of values['compare-with']) {
          const read = await readMatchingFile(io, path);
          if (read._tag === 'Left') unreadable.push(read.left);
          else external.push({ name: displayName(path), matching: read.right });
        }
        if (unreadable.length > 0) return left(unreadable);
        let whatIf: SettingsComparison | undefined;
        if (values.against !== undefined) {
          const after = await loadCohort(io, positionals[0] ?? '-', { programme: values.against });
          if (after._tag === 'Left') return after;
          const compared = compareSettings(cohort, after.right.cohort);
          if (compared._tag === 'Left') return left(compared.left.map((e) => matchIssue(e, values.against)));
          whatIf = compared.right;
        }
        if (matchingFile?._tag === 'Left' || journal?._tag === 'Left') {
          return left([
            ...(matchingFile?._tag === 'Left' ? [matchingFile.left] : []),
            ...(journal?._tag === 'Left' ? journal.left : []),
          ]);
        }
        let matching: Matching;
        let comparison: StrategyComparison | undefined;
        if (matchingFile === undefined) {
          const made = matchAndCompare(io, cohort, values.seed, values.programme, external);
          if (made._tag === 'Left') return made;
          ({ matching, comparison } = made.right);
        } else {
          // Untrusted JSON: renderHtmlReport takes only its ids, pins and objective, and checks them.
          matching = matchingFile.right as Matching;
          if (external.length > 0) {
            const made = matchAndCompare(io, cohort, values.seed, values.programme, external);
            if (made._tag === 'Left') return made;
            comparison = made.right.comparison;
          }
        }
        const html = renderHtmlReport(
          { cohort, matching, comparison, journal: journal?.right, whatIf },
          {
            locale: values.locale,
            audience: values.audience,
            ...(journal === undefined ? {} : { asOf: values['as-of'] ?? today(io) }),
            ...(values.start === undefined ? {} : { startDate: values.start }),
            ...(values.cadence === undefined ? {} : { cadenceDays: values.cadence }),
          },
        );
        if (html._tag === 'Left') return left(html.left.map((issue) => locate(issue, values.matching)));
        return right(html.right);
      },
    );
  },
});

/** The optimal matching and every strategy side by side, each with its progress line. */
function matchAndCompare(
  io: CliIo,
  cohort: Cohort,
  seed: number,
  programmeFile: string | undefined,
  external: ReadonlyArray<ExternalMatching>,
): Either<
  ReadonlyArray<InputIssue>,
  { readonly matching: Matching; readonly comparison: StrategyComparison }
> {
  const matching = matchWithProgress(io, cohort, { objective: 'max-total' }, programmeFile);
  if (matching._tag === 'Left') return matching;
  const progress = createProgress(
    io,
    `comparing strategies on ${cohort.mentees.length} mentees and ${cohort.mentors.length} mentors`,
  );
  const comparison = compareStrategies(cohort, {
    seed,
    external,
    onProgress: ({ phase, done, total }) => {
      if (phase === 'strategies') progress.update(done, total);
    },
  });
  progress.finish();
  if (comparison._tag === 'Left') return left(comparison.left.map((e) => matchIssue(e, programmeFile)));
  return right({ matching: matching.right, comparison: comparison.right });
}

/** A report issue located as the user knows the input: the matching file, the option, the cohort path. */
function locate(issue: ReportIssue, matchingFile: string | undefined): InputIssue {
  const [head, ...rest] = issue.path;
  const option = head === 'options' && typeof rest[0] === 'string' ? OPTION_OF[rest[0]] : undefined;
  const where =
    head === 'matching' && matchingFile !== undefined
      ? [displayName(matchingFile), ...(rest.length === 0 ? [] : [formatPath(rest)])].join(': ')
      : head === 'journal' && rest.length === 0
        ? '--journal'
        : head === 'cohort'
          ? formatPath(rest)
          : (option ?? formatPath(issue.path));
  return { code: issue.code, message: issue.message, where };
}
