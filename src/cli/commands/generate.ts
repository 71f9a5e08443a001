import { BENCHMARK_SUITE, BENCHMARK_SUITE_VERSION, generateCohort, suiteCohort } from '../../synthetic/index';
import { type AnyCommand, defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { commandHelp } from '../internal/helpText';
import { writeCohortCsv } from '../io/writeCohortCsv';
import { formatJson } from '../output/formatJson';
import { neutraliseControls } from '../output/neutraliseControls';
import { printIssues } from '../output/printIssues';
import { writeOutputs } from '../output/writeOutput';
import { formatOption, outOption } from './internal/options';

/** The most people on a side `generateCohort` makes. */
const MAX_PEOPLE = 100_000;

/**
 * `generate --mentors N --mentees M`: a seeded synthetic cohort (the library's `generateCohort`)
 * for trying the matcher and for benchmarks. JSON is the whole cohort; CSV is the participants
 * CSV, and `--programme-out FILE` writes the rest (`{ programme, catalog, managers }`) so that
 * `match people.csv --programme FILE` matches exactly as the JSON cohort would. The same options
 * give the same file, on any machine, in any year.
 *
 * @category CLI
 */
export const generate: AnyCommand = defineCommand({
  name: 'generate',
  summary: 'Generate a synthetic cohort (JSON, or a participants CSV and its programme file).',
  usage:
    'generate (--mentors N --mentees M [--seed S] [--availability] [--preference-percent P] [--veto-percent V] [--waiting-since DATE [--waiting-days N]] | --suite NAME) [--format json|csv] [--out FILE] [--programme-out FILE]',
  examples: [
    'reverse-mentoring generate --mentors 40 --mentees 50 --seed 7 --out cohort.json',
    'reverse-mentoring generate --mentors 40 --mentees 50 --format csv --out people.csv --programme-out programme.json',
    'reverse-mentoring generate --suite balanced-1000 --out balanced-1000.json',
    'reverse-mentoring generate --mentors 10 --mentees 12 --availability --out with-availability.json',
    'reverse-mentoring generate --mentors 40 --mentees 50 --preference-percent 60 --veto-percent 10 --out cohort.json',
  ],
  options: {
    mentors: {
      type: 'string',
      valueName: 'N',
      integer: { min: 0, max: MAX_PEOPLE },
      description: 'how many mentors (required without --suite)',
    },
    mentees: {
      type: 'string',
      valueName: 'M',
      integer: { min: 0, max: MAX_PEOPLE },
      description: 'how many mentees (required without --suite)',
    },
    seed: {
      type: 'string',
      valueName: 'S',
      default: '1',
      integer: {},
      description: 'the random seed: the same seed gives the same cohort',
    },
    'preference-percent': {
      type: 'string',
      valueName: 'P',
      default: '0',
      integer: { min: 0, max: 100 },
      description: 'the percentage of people who rank 1–5 people of the other side (preferences)',
    },
    'veto-percent': {
      type: 'string',
      valueName: 'V',
      default: '0',
      integer: { min: 0, max: 100 },
      description: 'the percentage of people who veto one person of the other side',
    },
    suite: {
      type: 'string',
      valueName: 'NAME',
      choices: BENCHMARK_SUITE.map((c) => c.name),
      description: `a named cohort of the benchmark suite ${BENCHMARK_SUITE_VERSION} instead of --mentors/--mentees/--seed: ${BENCHMARK_SUITE.map((c) => c.name).join(', ')}`,
    },
    availability: {
      type: 'boolean',
      description: 'give everybody weekly availability windows (one to three working days, 1–2 hours each)',
    },
    'waiting-since': {
      type: 'string',
      valueName: 'DATE',
      date: true,
      description:
        'give every mentee a waiting_since date from DATE to --waiting-days later (for trying waves)',
    },
    'waiting-days': {
      type: 'string',
      valueName: 'N',
      default: '90',
      integer: { min: 0, max: 3650 },
      description: 'with --waiting-since: the span of the dates in days',
    },
    format: formatOption(['json', 'csv']),
    out: outOption,
    'programme-out': {
      type: 'string',
      valueName: 'FILE',
      description:
        'also write the programme, catalogue and managers as a programme file (what a CSV cannot hold)',
    },
  },
  positionals: [],
  run: async ({ values }, io) => {
    const problem =
      values.suite !== undefined
        ? values.mentors !== undefined || values.mentees !== undefined
          ? '--suite NAME takes no --mentors or --mentees'
          : values.availability === true || values['waiting-since'] !== undefined
            ? '--suite NAME takes no --availability or --waiting-since (the suite is fixed)'
            : undefined
        : values.mentors === undefined || values.mentees === undefined
          ? 'give --mentors N and --mentees M, or --suite NAME'
          : undefined;
    if (problem !== undefined) {
      io.stderr(`reverse-mentoring generate: ${problem}\n\n${commandHelp(generate)}`);
      return EXIT.usage;
    }
    const generated =
      values.suite !== undefined
        ? suiteCohort(values.suite)
        : generateCohort({
            mentors: values.mentors ?? 0,
            mentees: values.mentees ?? 0,
            seed: values.seed,
            availability: values.availability === true,
            preferenceShare: values['preference-percent'] / 100,
            vetoShare: values['veto-percent'] / 100,
            ...(values['waiting-since'] === undefined
              ? {}
              : { waitingSince: { from: values['waiting-since'], days: values['waiting-days'] } }),
          });
    if (generated._tag === 'Left') {
      // The options come from the command line: an unusable one is a usage error, with the help.
      const problems = generated.left
        .map((e) => `--${String(e.path[0] ?? 'options')}: ${e.message}`)
        .join('\n');
      io.stderr(neutraliseControls(`reverse-mentoring generate: ${problems}\n\n${commandHelp(generate)}`));
      return EXIT.usage;
    }
    const input = generated.right;
    const { mentors: _mentors, mentees: _mentees, ...programme } = input;
    const text = values.format === 'csv' ? writeCohortCsv(input) : formatJson(input);
    const issues = await writeOutputs(io, [
      { text, out: values.out, option: '--out', kind: values.format === 'csv' ? 'data' : 'text' },
      ...(values['programme-out'] === undefined
        ? []
        : [{ text: formatJson(programme), out: values['programme-out'], option: '--programme-out' }]),
    ]);
    if (issues.length === 0) return EXIT.ok;
    printIssues(io, issues);
    return EXIT.invalidInput;
  },
});
