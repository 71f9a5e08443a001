import type { Cohort } from '../../domain/index';
import { type ProgrammeReport } from '../../monitoring/index';
import { explainStatusUnchecked } from '../../monitoring/explainStatusUnchecked';
import { wrapText } from '../output/wrapText';
import { statusCounts } from './internal/progressRows';
import { PROGRESS_TEXT } from './internal/progressText';
import type { ReadingOptions } from './renderPairsForReading';

/**
 * A programme report in a few lines, for the demo: the date, how many pairs have each status,
 * and every pair at risk with why (`explainStatus`), wrapped to the width.
 *
 * @param report - from `assessProgramme`
 * @param cohort - the cohort of the report (for names)
 * @param options - the locale and the width, as for `renderPairsForReading`
 * @returns the text, ending in a newline
 * @example
 * renderProgressSummary(report, cohort, { locale: 'en', width: 80 });
 * // 'Progress as of 2027-04-08, from the sample journal\nPairs: 9 on track, 3 at risk\n  Natalia Król → …'
 * @category CLI
 */
export function renderProgressSummary(
  report: ProgrammeReport,
  cohort: Cohort,
  options: ReadingOptions,
): string {
  const { locale, width } = options;
  const t = PROGRESS_TEXT[locale];
  const atRisk = report.pairs.filter((p) => p.status === 'at-risk');
  const lines = [
    t.demoHeading(report.asOf),
    ...wrapText(t.pairs(statusCounts(report, locale)), width, '  ', ''),
    ...atRisk.flatMap((pair) =>
      wrapText(explainStatusUnchecked(pair, { locale, cohort }), width, '    ', '  '),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
