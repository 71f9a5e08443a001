import type { Cohort } from '../../domain/index';
import type { ProgrammeReport, Rematch } from '../../monitoring/index';
import type { XlsxSheet } from '../output/formatXlsx';
import type { Locale } from '../summary/locale';
import {
  areaColumns,
  areaRows,
  kirkpatrickLines,
  pairColumns,
  pairRows,
  rematchColumns,
  rematchRows,
} from './internal/progressRows';
import { PROGRESS_TEXT } from './internal/progressText';
import { REPORT_TEXT } from './internal/reportText';

/**
 * A programme report as the sheets of `progress --format xlsx`: the pairs (with the reasons of
 * their status in a column), the skill areas, Kirkpatrick's levels, and the rematch when given —
 * the same rows as `--format markdown`, in the locale.
 *
 * @param report - from `assessProgramme`
 * @param cohort - the cohort of the report
 * @param locale - the language of the text
 * @param rematch - a rematch of the at-risk pairs, if asked for
 * @returns the sheets, for `formatXlsx`
 * @example
 * const bytes = await formatXlsx(progressSheets(report, cohort, 'pl'));
 * @category CLI
 */
export function progressSheets(
  report: ProgrammeReport,
  cohort: Cohort,
  locale: Locale,
  rematch?: Rematch,
): ReadonlyArray<XlsxSheet> {
  const t = PROGRESS_TEXT[locale];
  const words = REPORT_TEXT[locale];
  const pairs = pairRows(report, cohort, locale);
  return [
    {
      name: locale === 'pl' ? 'pary' : 'pairs',
      table: {
        columns: [...pairColumns(locale), { header: words.reasons }],
        rows: pairs.map((r) => [...r.cells, r.note]),
      },
      numeric: [t.daysHeader],
    },
    {
      name: t.areas,
      table: { columns: areaColumns(locale), rows: areaRows(report, locale) },
      numeric: [t.goals],
    },
    {
      name: 'Kirkpatrick',
      table: {
        columns: [{ header: 'Kirkpatrick' }, { header: locale === 'pl' ? 'wynik' : 'finding' }],
        rows: kirkpatrickLines(report, locale).map(([l, text]) => [l, text]),
      },
    },
    ...(rematch === undefined
      ? []
      : [
          {
            name: t.rematch,
            table: {
              columns: [...rematchColumns(locale), { header: words.why }],
              rows: rematchRows(rematch, cohort, locale).map((r) => [...r.cells, r.note]),
            },
          },
        ]),
  ];
}
