import { SAMPLE_JOURNALS, type SampleName, SAMPLES } from '../../samples/index';
import { type Cohort, parseCohort, parseJournal } from '../../domain/index';
import { type Matching, match } from '../../matching/index';
import { type ProgrammeReport, assessProgramme } from '../../monitoring/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { neutraliseControls } from '../output/neutraliseControls';
import { wrapText } from '../output/wrapText';
import { renderPairsForReading } from '../report/renderPairsForReading';
import { renderProgressSummary } from '../report/renderProgressSummary';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { localeOption } from './internal/options';

const SAMPLE_NAMES = Object.keys(SAMPLES) as ReadonlyArray<SampleName>;

/** The width the demo is laid out for when standard output is not a terminal (`| less`, `| cat`). */
const READING_WIDTH = 80;

/** What the demo says after the pairs: how to do the same on one's own cohort. */
const NEXT: Readonly<Record<'en' | 'pl', string>> = {
  en: 'Try it on your cohort: reverse-mentoring init my-programme writes a sample cohort, programme, journal and a template to start from; then reverse-mentoring match my-programme/cohort.json (or people.csv)',
  pl: 'Własna kohorta: reverse-mentoring init moj-program zapisuje przykładową kohortę, program, dziennik i szablon; potem reverse-mentoring match moj-program/cohort.json (lub people.csv)',
};

/**
 * `demo`: an embedded sample cohort matched — its programme and people in a few lines, then the
 * pairs with the strongest reason for each and the mentees left unmatched with why, then how the
 * pairs are doing according to the sample's journal (as of its last check-in, so the output
 * never depends on the clock): the pairs by status and each pair at risk with why — in English
 * or Polish, laid out for the terminal's width (80 columns when not a terminal). Needs no file:
 * it is what `npm run demo` shows a first-time user.
 *
 * @category CLI
 */
export const demo = defineCommand({
  name: 'demo',
  summary: 'Match an embedded sample cohort and explain the pairs (no file needed).',
  usage: `demo [--sample ${SAMPLE_NAMES.join('|')}] [--locale en|pl]`,
  examples: ['reverse-mentoring demo', 'reverse-mentoring demo --sample public-office --locale pl'],
  options: {
    sample: { type: 'string', choices: SAMPLE_NAMES, default: 'bank', description: 'which sample cohort' },
    locale: localeOption,
  },
  positionals: [],
  run: async ({ values }, io) => {
    const parsed = parseCohort(SAMPLES[values.sample], { currentYear: io.now().getFullYear() });
    // The samples are part of the package and tested: an issue here is a bug, reported as one.
    if (parsed._tag === 'Left')
      throw new Error(`the sample "${values.sample}" is invalid: ${parsed.left[0].message}`);
    const cohort = parsed.right;
    const matching = match(cohort);
    if (matching._tag === 'Left')
      throw new Error(`the sample "${values.sample}" cannot be matched: ${matching.left[0].message}`);
    const { locale } = values;
    const title =
      locale === 'pl' ? `Przykładowa kohorta „${values.sample}”` : `Sample cohort "${values.sample}"`;
    const width = io.columns ?? READING_WIDTH;
    const summary = renderCohortSummary(cohortSummary(cohort), { locale, detailed: false })
      .trimEnd()
      .split('\n')
      .flatMap((line) => wrapText(line, width, '  ', ''))
      .join('\n');
    const pairs = renderPairsForReading(matching.right, cohort, { locale, width });
    const progress = renderProgressSummary(sampleProgress(values.sample, cohort, matching.right), cohort, {
      locale,
      width,
    });
    const next = wrapText(NEXT[locale], width, '  ', '').join('\n');
    io.stdout(neutraliseControls(`${title}\n\n${summary}\n\n${pairs}\n${progress}\n${next}\n`));
    return EXIT.ok;
  },
});

/**
 * The sample's journal followed as of its last check-in: a fixed date, so that the demo prints the
 * same on any day (the journal's later entries — promotions months on — would make every pair
 * look abandoned).
 */
function sampleProgress(sample: SampleName, cohort: Cohort, matching: Matching): ProgrammeReport {
  const journal = parseJournal(SAMPLE_JOURNALS[sample], cohort);
  // The sample journals are part of the package and tested with their cohorts: an issue is a bug.
  if (journal._tag === 'Left')
    throw new Error(`the journal of the sample "${sample}" is invalid: ${journal.left[0].message}`);
  const last = journal.right.checkIns.at(-1);
  if (last === undefined) throw new Error(`the journal of the sample "${sample}" has no check-in`);
  const report = assessProgramme(cohort, matching, journal.right, { asOf: last.date });
  if (report._tag === 'Left')
    throw new Error(`the sample "${sample}" cannot be followed: ${report.left[0].message}`);
  return report.right;
}
