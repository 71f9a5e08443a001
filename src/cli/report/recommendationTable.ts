import type { Cohort } from '../../domain/index';
import type { Recommendation } from '../../matching/index';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import type { Table } from '../output/Table';
import type { Locale } from '../summary/locale';
import { REPORT_TEXT, formatScore, personNames } from './internal/reportText';

/**
 * Recommendations for one mentee as rows for a terminal table or a wiki: rank, mentor (by name),
 * score, places left, whether the mentor is contested (the first choice of more mentees than
 * they have places), and the strongest reasons in one line.
 *
 * @param recommendations - from `recommend`, best first
 * @param cohort - the cohort
 * @param locale - the language
 * @returns the table
 * @example
 * formatTable(recommendationTable(orThrow(recommend(cohort, menteeId)), cohort, 'en'));
 * @category CLI
 */
export function recommendationTable(
  recommendations: ReadonlyArray<Recommendation>,
  cohort: Cohort,
  locale: Locale,
): Table {
  const t = REPORT_TEXT[locale];
  const name = personNames(cohort);
  return {
    columns: [
      { header: '#', align: 'right' },
      { header: t.mentor },
      { header: t.score, align: 'right' },
      { header: t.places, align: 'right' },
      { header: t.contested },
      { header: t.reasons, shrink: true },
    ],
    rows: recommendations.map((r, i) => [
      String(i + 1),
      name.mentor(r.mentorId),
      formatScore(r.score, locale),
      String(r.placesLeft),
      r.contested ? t.firstChoiceOf(r.firstChoiceOf) : '',
      explainUnchecked(r, { locale, cohort, limit: 3 }),
    ]),
  };
}
