import type { Cohort } from '../../domain/index';
import { type Matching } from '../../matching/index';
import { explainUnmatchedUnchecked } from '../../matching/explainUnmatchedUnchecked';
import { explainUnchecked } from '../../scoring/explainUnchecked';
import type { Table } from '../output/Table';
import type { Audience } from '../../scoring/index';
import type { Locale } from '../summary/locale';
import { personNames } from './internal/reportText';

/** The columns of `match --format csv`, stable for spreadsheets and scripts. @category CLI */
export const MATCHING_CSV_COLUMNS = [
  'mentor_id',
  'mentor_name',
  'mentee_id',
  'mentee_name',
  'score',
  'reasons',
] as const;

/**
 * A matching as the rows of `match --format csv`: one row per pair (ids, names, the score with
 * four decimals and a `.`, every reason in one cell), then one row per unmatched mentee with the
 * mentor cells and the score empty and why in `reasons`. The column names are fixed; the reasons
 * are in the locale. `formatCsv` guards the cells against spreadsheet formulas.
 *
 * @param matching - the matcher's answer
 * @param cohort - the cohort it was made from
 * @param locale - the language of the reasons
 * @param audience - who reads them (default `'programme'`; a participant never reads a veto)
 * @returns the table
 * @example
 * formatCsv(matchingCsvTable(orThrow(match(cohort)), cohort, 'en'));
 * // 'mentor_id,mentor_name,mentee_id,mentee_name,score,reasons\nm-krol,Natalia Król,e-dabrowski,…'
 * @category CLI
 */
export function matchingCsvTable(
  matching: Matching,
  cohort: Cohort,
  locale: Locale,
  audience: Audience = 'programme',
): Table {
  const name = personNames(cohort);
  const person = (id: string, of: (id: string) => string): readonly [string, string] => {
    const display = of(id);
    return [id, display === id ? '' : display];
  };
  return {
    columns: MATCHING_CSV_COLUMNS.map((header) => ({ header })),
    rows: [
      ...matching.pairs.map((pair) => [
        ...person(pair.mentorId, name.mentor),
        ...person(pair.menteeId, name.mentee),
        pair.score.toFixed(4),
        explainUnchecked(pair, { locale, cohort, audience }),
      ]),
      ...matching.unmatched.map((u) => [
        '',
        '',
        ...person(u.menteeId, name.mentee),
        '',
        explainUnmatchedUnchecked(u, { locale, cohort, audience }),
      ]),
    ],
  };
}
