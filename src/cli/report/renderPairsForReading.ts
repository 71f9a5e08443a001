import type { Cohort } from '../../domain/index';
import { type Matching } from '../../matching/index';
import { explainUnmatchedUnchecked } from '../../matching/explainUnmatchedUnchecked';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import type { Audience } from '../../scoring/index';
import type { Locale } from '../summary/locale';
import { readingTable } from './internal/readingTable';
import { REPORT_TEXT, formatScore, personNames } from './internal/reportText';

/** Options of {@link renderPairsForReading}. @category CLI */
export interface ReadingOptions {
  readonly locale: Locale;
  /** Who reads the reasons (default `'programme'`; a participant never reads a veto). */
  readonly audience?: Audience | undefined;
  /** The width of the text: the reasons are wrapped to it, never cut. */
  readonly width: number;
}

/**
 * A matching laid out for a person reading it in a terminal of any width (the demo): a heading
 * with how many were matched and the total, then a table of mentee, mentor and score, each row
 * followed by the pair's strongest reason — or, for an unmatched mentee, why — wrapped to the
 * width under the names, so that nothing is cut.
 *
 * @param matching - the matcher's answer
 * @param cohort - the cohort it was made from
 * @param options - {@link ReadingOptions}
 * @returns the text, ending in a newline
 * @example
 * renderPairsForReading(orThrow(match(cohort)), cohort, { locale: 'en', width: 80 });
 * // 'Pairs: 12 of 12 mentees matched, total score 9.08\n\n  mentee  …'
 * @category CLI
 */
export function renderPairsForReading(matching: Matching, cohort: Cohort, options: ReadingOptions): string {
  const { locale, width } = options;
  const audience = options.audience ?? 'programme';
  const t = REPORT_TEXT[locale];
  const name = personNames(cohort);
  // With a pinned pair, every other score gets a space where the pinned one has its `*`, so that
  // the digits stay aligned in the right-aligned column.
  const mark = (pinned: boolean): string => (pinned ? '*' : matching.pairs.some((p) => p.pinned) ? ' ' : '');
  const rows = [
    ...matching.pairs.map((pair) => ({
      cells: [
        name.mentee(pair.menteeId),
        name.mentor(pair.mentorId),
        `${formatScore(pair.score, locale)}${mark(pair.pinned)}`,
      ],
      note: explainUnchecked(pair, { locale, cohort, limit: 1, audience }),
    })),
    ...matching.unmatched.map((u) => ({
      cells: [name.mentee(u.menteeId), t.noMentor, ''],
      note: explainUnmatchedUnchecked(u, { locale, cohort, audience }),
    })),
  ];
  const table = readingTable(
    [{ header: t.mentee }, { header: t.mentor }, { header: t.score, align: 'right' }],
    rows,
    width,
  );
  const mentees = matching.pairs.length + matching.unmatched.length;
  const heading = t.pairs(matching.pairs.length, mentees, formatScore(matching.totalScore, locale));
  const note = matching.pairs.some((p) => p.pinned) ? [`  ${t.pinnedNote}`] : [];
  return `${[heading, '', ...table, ...note].join('\n')}\n`;
}
