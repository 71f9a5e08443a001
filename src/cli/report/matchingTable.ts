import type { Cohort } from '../../domain/index';
import { type Matching } from '../../matching/index';
import { explainUnmatchedUnchecked } from '../../matching/explainUnmatchedUnchecked';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import type { Table } from '../output/Table';
import type { Audience } from '../../scoring/index';
import type { Locale } from '../summary/locale';
import { REPORT_TEXT, formatScore, personNames } from './internal/reportText';

/** Options of {@link matchingTable}. @category CLI */
export interface MatchingTableOptions {
  readonly locale: Locale;
  /** Who reads the reasons (default `'programme'`; a participant never reads a veto). */
  readonly audience?: Audience | undefined;
  /** The most reasons shown per pair, strongest first (default 3): a table row stays readable. */
  readonly reasons?: number;
}

/**
 * A matching as rows for a terminal table or a wiki (`formatTable`, `formatMarkdown`): one row
 * per pair — mentee, mentor (by name where the cohort has one), score (`*` when pinned), the
 * strongest reasons in one line — then one row per unmatched mentee with `—` for the mentor and
 * why in place of the reasons. Headers and text are in the locale.
 *
 * @param matching - the matcher's answer
 * @param cohort - the cohort it was made from (for names and skill labels)
 * @param options - {@link MatchingTableOptions}
 * @returns the table
 * @example
 * formatTable(matchingTable(orThrow(match(cohort)), cohort, { locale: 'en' }), { maxWidth: 100 });
 * @category CLI
 */
export function matchingTable(matching: Matching, cohort: Cohort, options: MatchingTableOptions): Table {
  const { locale } = options;
  const audience = options.audience ?? 'programme';
  const t = REPORT_TEXT[locale];
  const name = personNames(cohort);
  const limit = options.reasons ?? 3;
  // With a pinned pair, the other scores get a space where it has its `*`: the digits stay aligned.
  const anyPinned = matching.pairs.some((p) => p.pinned);
  const mark = (pinned: boolean): string => (pinned ? '*' : anyPinned ? ' ' : '');
  return {
    columns: [
      { header: t.mentee },
      { header: t.mentor },
      { header: t.score, align: 'right' },
      { header: t.reasons, shrink: true },
    ],
    rows: [
      ...matching.pairs.map((pair) => [
        name.mentee(pair.menteeId),
        name.mentor(pair.mentorId),
        `${formatScore(pair.score, locale)}${mark(pair.pinned)}`,
        explainUnchecked(pair, { locale, cohort, limit, audience }),
      ]),
      ...matching.unmatched.map((u) => [
        name.mentee(u.menteeId),
        t.noMentor,
        '',
        explainUnmatchedUnchecked(u, { locale, cohort, audience }),
      ]),
    ],
  };
}
