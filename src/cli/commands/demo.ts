import { type SampleName, SAMPLES } from '../../data/index';
import { parseCohort } from '../../domain/index';
import { defineCommand } from '../command';
import { EXIT } from '../exitCode';
import { cohortSummary } from '../summary/cohortSummary';
import { renderCohortSummary } from '../summary/renderCohortSummary';
import { localeOption } from './internal/options';

const SAMPLE_NAMES = Object.keys(SAMPLES) as ReadonlyArray<SampleName>;

/**
 * `demo`: shows an embedded sample cohort — its programme, people by generation and department,
 * focus and the mentees' goals by area — in English or Polish. Needs no file.
 *
 * @category CLI
 */
export const demo = defineCommand({
  name: 'demo',
  summary: 'Show an embedded sample cohort (no file needed).',
  usage: `demo [--sample ${SAMPLE_NAMES.join('|')}] [--locale en|pl]`,
  examples: ['reverse-mentoring demo', 'reverse-mentoring demo --sample public-office --locale pl'],
  options: {
    sample: { type: 'string', choices: SAMPLE_NAMES, default: 'bank', description: 'which sample cohort' },
    locale: localeOption,
  },
  positionals: [],
  run: async ({ values }, io) => {
    const result = parseCohort(SAMPLES[values.sample], { currentYear: io.now().getFullYear() });
    // The samples are part of the package and tested: an issue here is a bug, reported as one.
    if (result._tag === 'Left') throw new Error(`the sample "${values.sample}" is invalid: ${result.left[0].message}`);
    const title = values.locale === 'pl' ? `Przykładowa kohorta „${values.sample}”` : `Sample cohort "${values.sample}"`;
    const summary = renderCohortSummary(cohortSummary(result.right), { locale: values.locale, detailed: true, maxWidth: io.columns });
    io.stdout(`${title}\n\n${summary}`);
    return EXIT.ok;
  },
});
