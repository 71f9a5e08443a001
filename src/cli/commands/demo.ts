import { type SampleName, SAMPLES } from '../../data/index';
import { parseCohort } from '../../domain/index';
import { match } from '../../matching/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { wrapText } from '../output/wrapText';
import { renderPairsForReading } from '../report/renderPairsForReading';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { localeOption } from './internal/options';

const SAMPLE_NAMES = Object.keys(SAMPLES) as ReadonlyArray<SampleName>;

/** The width the demo is laid out for when standard output is not a terminal (`| less`, `| cat`). */
const READING_WIDTH = 80;

/** What the demo says after the pairs: how to do the same on one's own cohort. */
const NEXT: Readonly<Record<'en' | 'pl', string>> = {
  en: 'Try it on your cohort: reverse-mentoring match cohort.json (or people.csv)',
  pl: 'Własna kohorta: reverse-mentoring match cohort.json (lub people.csv)',
};

/**
 * `demo`: an embedded sample cohort matched — its programme and people in a few lines, then the
 * pairs with the strongest reason for each and the mentees left unmatched with why — in English
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
    if (parsed._tag === 'Left') throw new Error(`the sample "${values.sample}" is invalid: ${parsed.left[0].message}`);
    const cohort = parsed.right;
    const matching = match(cohort);
    if (matching._tag === 'Left') throw new Error(`the sample "${values.sample}" cannot be matched: ${matching.left.message}`);
    const { locale } = values;
    const title = locale === 'pl' ? `Przykładowa kohorta „${values.sample}”` : `Sample cohort "${values.sample}"`;
    const width = io.columns ?? READING_WIDTH;
    const summary = renderCohortSummary(cohortSummary(cohort), { locale, detailed: false })
      .trimEnd()
      .split('\n')
      .flatMap((line) => wrapText(line, width, '  ', ''))
      .join('\n');
    const pairs = renderPairsForReading(matching.right, cohort, { locale, width });
    const next = wrapText(NEXT[locale], width, '  ', '').join('\n');
    io.stdout(`${title}\n\n${summary}\n\n${pairs}\n${next}\n`);
    return EXIT.ok;
  },
});
