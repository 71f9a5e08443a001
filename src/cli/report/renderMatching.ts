import { absurd } from 'fp-ts/lib/function.js';
import type { Cohort } from '../../domain/index';
import type { Matching } from '../../matching/index';
import type { CsvDialectSpec } from '../output/csvDialect';
import { formatCsv } from '../output/formatCsv';
import { formatJson } from '../output/formatJson';
import { formatMarkdown } from '../output/formatMarkdown';
import { wrapText } from '../output/wrapText';
import type { Audience } from '../../scoring/index';
import type { Locale } from '../summary/locale';
import { notesUnderRows } from './internal/readingTable';
import { REPORT_TEXT, formatScore } from './internal/reportText';
import { matchingCsvTable } from './matchingCsvTable';
import { matchingTable } from './matchingTable';

/** The width of text for reading when it goes anywhere but a terminal (a file, a pipe). @category CLI */
export const TEXT_WIDTH = 80;

/** The output formats of `match`. @category CLI */
export const MATCHING_FORMATS = ['table', 'json', 'csv', 'markdown'] as const;

/** An output format of `match`. @category CLI */
export type MatchingFormat = (typeof MATCHING_FORMATS)[number];

/** Options of {@link renderMatching}. @category CLI */
export interface RenderMatchingOptions {
  readonly format: MatchingFormat;
  readonly locale: Locale;
  /** Who reads the reasons (default `'programme'`; a participant never reads a veto). */
  readonly audience?: Audience | undefined;
  /** The terminal width for `table`: the reasons are wrapped to it on lines of their own (default 80). */
  readonly maxWidth?: number | undefined;
  /** The CSV dialect of `csv` (default: `,`, no byte-order mark). */
  readonly csvDialect?: CsvDialectSpec | undefined;
}

/**
 * A matching in one of the output formats of `match`:
 *
 * - `json`: exactly the `Matching` (`{ objective, totalScore, pairs, unmatched }`), the data
 *   contract scripts rely on;
 * - `table`: aligned for a terminal — mentee, mentor, score, and under each row its strongest
 *   reasons wrapped to the width (never cut); the unmatched mentees with why; then the total;
 * - `markdown`: the same rows as a wiki table, then the total;
 * - `csv`: one row per pair and per unmatched mentee (see `matchingCsvTable`).
 *
 * @param matching - the matcher's answer
 * @param cohort - the cohort it was made from (for names and labels)
 * @param options - {@link RenderMatchingOptions}
 * @returns the text, ending in a newline
 * @example
 * renderMatching(orThrow(match(cohort)), cohort, { format: 'table', locale: 'pl' });
 * @category CLI
 */
export function renderMatching(matching: Matching, cohort: Cohort, options: RenderMatchingOptions): string {
  const { format, locale } = options;
  const audience = options.audience ?? 'programme';
  switch (format) {
    case 'json':
      return formatJson(matching);
    case 'csv':
      return formatCsv(matchingCsvTable(matching, cohort, locale, audience), options.csvDialect);
    case 'table': {
      const width = options.maxWidth ?? TEXT_WIDTH;
      const lines = notesUnderRows(matchingTable(matching, cohort, { locale, audience }), width);
      const total = matchingTotal(matching, locale)
        .trimEnd()
        .split('\n')
        .flatMap((line) => wrapText(line, width));
      return `${[...lines, '', ...total].join('\n')}\n`;
    }
    case 'markdown':
      // A line starting with `*` would be a list item in markdown: the footnote mark is escaped.
      return `${formatMarkdown(matchingTable(matching, cohort, { locale, audience }))}\n${matchingTotal(matching, locale).replace(/^\*/m, '\\*')}`;
    default:
      return absurd(format);
  }
}

/** The total score, how many were matched, the objective, and what `*` means when a pair is pinned. */
function matchingTotal(matching: Matching, locale: Locale): string {
  const t = REPORT_TEXT[locale];
  const mentees = matching.pairs.length + matching.unmatched.length;
  const total = t.total(
    formatScore(matching.totalScore, locale),
    matching.pairs.length,
    mentees,
    matching.objective,
  );
  return `${total}\n${matching.pairs.some((p) => p.pinned) ? `${t.pinnedNote}\n` : ''}`;
}
