import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort } from '../../domain/index';
import type { ProgrammeReport, Rematch } from '../../monitoring/index';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { formatTable } from '../output/formatTable';
import { wrapText } from '../output/wrapText';
import type { Locale } from '../summary/locale';
import {
  areaColumns,
  areaRows,
  kirkpatrickLines,
  pairColumns,
  pairRows,
  progressHeading,
  rematchColumns,
  rematchRows,
} from './internal/progressRows';
import { PROGRESS_TEXT } from './internal/progressText';
import { readingTable } from './internal/readingTable';
import { REPORT_TEXT } from './internal/reportText';

/** The output formats of `progress`. @category CLI */
export const PROGRESS_FORMATS = ['table', 'json', 'markdown'] as const;

/** An output format of `progress`. @category CLI */
export type ProgressFormat = (typeof PROGRESS_FORMATS)[number];

/** Options of {@link renderProgress}. @category CLI */
export interface RenderProgressOptions {
  readonly format: ProgressFormat;
  readonly locale: Locale;
  /** The cohort of the report (for names and skill labels). */
  readonly cohort: Cohort;
  /** A rematch of the at-risk pairs to add (`progress --rematch`). */
  readonly rematch?: Rematch | undefined;
  /** The width the notes are wrapped to in `table` (default 80). */
  readonly width?: number | undefined;
}

const READING_WIDTH = 80;

/**
 * A programme report in one of the output formats of `progress`:
 *
 * - `json`: exactly the library's `ProgrammeReport` — with a `rematch` field (the library's
 *   `Rematch`) added when one is given;
 * - `table`: for a terminal — the date, the pairs by status and the sessions held; one line per
 *   pair (mentee, mentor, status, sessions held/expected, days since the last) with the reasons
 *   of its status wrapped on the lines below; the skill areas (goals, mean level gained, share
 *   reached); Kirkpatrick's four levels; and the rematch, if given;
 * - `markdown`: the same as wiki tables, the reasons in a column.
 *
 * @param report - from `assessProgramme`
 * @param options - {@link RenderProgressOptions}
 * @returns the text, ending in a newline
 * @example
 * renderProgress(orThrow(assessProgramme(cohort, matching, journal, { asOf: '2027-04-08' })), { format: 'table', locale: 'en', cohort });
 * @category CLI
 */
export function renderProgress(report: ProgrammeReport, options: RenderProgressOptions): string {
  const { format, rematch } = options;
  switch (format) {
    case 'json':
      return formatJson(rematch === undefined ? report : { ...report, rematch });
    case 'table':
      return forTerminal(report, options);
    case 'markdown':
      return forWiki(report, options);
    default:
      return absurd(format);
  }
}

function forTerminal(report: ProgrammeReport, options: RenderProgressOptions): string {
  const { locale, cohort, rematch } = options;
  const t = PROGRESS_TEXT[locale];
  const width = options.width ?? READING_WIDTH;
  const levels = kirkpatrickLines(report, locale);
  const labelWidth = Math.max(...levels.map(([label]) => label.length));
  const indent = ' '.repeat(2 + labelWidth + 2);
  // The label goes in the first line's indent: wrapText would fold the padding of a word.
  const table = formatTable({ columns: areaColumns(locale), rows: areaRows(report, locale) });
  const lines = [
    ...progressHeading(report, locale),
    '',
    ...readingTable(pairColumns(locale), pairRows(report, cohort, locale), width),
    '',
    t.areas,
    '',
    ...table
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
    '',
    t.kirkpatrick,
    '',
    ...levels.flatMap(([label, text]) => wrapText(text, width, indent, `  ${label.padEnd(labelWidth)}  `)),
    ...(rematch === undefined ? [] : ['', t.rematch, '', ...rematchText(rematch, options, width)]),
  ];
  return `${lines.join('\n')}\n`;
}

function rematchText(rematch: Rematch, options: RenderProgressOptions, width: number): ReadonlyArray<string> {
  const { locale, cohort } = options;
  if (rematch.changes.length === 0) return [`  ${PROGRESS_TEXT[locale].noRematch}`];
  return readingTable(rematchColumns(locale), rematchRows(rematch, cohort, locale), width);
}

function forWiki(report: ProgrammeReport, options: RenderProgressOptions): string {
  const { locale, cohort, rematch } = options;
  const t = PROGRESS_TEXT[locale];
  const words = REPORT_TEXT[locale];
  const withNotes = (
    columns: ReturnType<typeof pairColumns>,
    rows: ReturnType<typeof pairRows>,
    notes: string,
  ): string =>
    formatMarkdown({ columns: [...columns, { header: notes }], rows: rows.map((r) => [...r.cells, r.note]) });
  const [heading = '', ...summary] = progressHeading(report, locale);
  const sections = [
    `## ${heading}\n\n${summary.map((line) => `${line}  \n`).join('')}`,
    withNotes(pairColumns(locale), pairRows(report, cohort, locale), words.reasons),
    `### ${t.areas}\n`,
    formatMarkdown({ columns: areaColumns(locale), rows: areaRows(report, locale) }),
    `### ${t.kirkpatrick}\n`,
    kirkpatrickLines(report, locale)
      .map(([label, text]) => `- **${label}**: ${text}\n`)
      .join(''),
    ...(rematch === undefined
      ? []
      : [
          `### ${t.rematch}\n`,
          rematch.changes.length === 0
            ? `${t.noRematch}\n`
            : withNotes(rematchColumns(locale), rematchRows(rematch, cohort, locale), words.why),
        ]),
  ];
  return sections.join('\n');
}
