import type { Cohort } from '../domain/index';
import { cellBlocked, scoreCell } from './internal/scoreCell';
import { scoreRow } from './internal/scoreRow';
import { scoringTables } from './internal/scoringTables';

/**
 * Scores pairs by position, for loops over many pairs: `at(mentee, mentor)` takes indices into
 * `cohort.mentees` and `cohort.mentors` (both sorted by id) and returns the pair's score, or
 * `-Infinity` when a hard rule blocks it. It allocates nothing per call.
 *
 * @category Scoring
 */
export interface PairScorer {
  /** The number of mentees. */
  readonly rows: number;
  /** The number of mentors. */
  readonly cols: number;
  /** The score of one pair by index, or `-Infinity` when a rule blocks it. */
  readonly at: (mentee: number, mentor: number) => number;
  /**
   * Scores one mentee against every mentor into `into[offset + mentor]`, with the same numbers as
   * `at` but faster: the loop the score matrix and the matcher run.
   */
  readonly row: (mentee: number, into: Float64Array, offset?: number) => void;
}

/**
 * Lays a cohort out in typed arrays once (levels, open goals, generations, grades, departments,
 * offsets, language bits, the pairs blocked by excluded/previous/reporting-line rules) and returns
 * a {@link PairScorer} over it: the fast path behind {@link scoreMatrix} and the matcher. Its
 * numbers equal {@link scorePair}'s scores exactly.
 *
 * @param cohort - a validated cohort
 * @returns a scorer by mentee and mentor index
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const scorer = pairScorer(cohort);
 * scorer.at(0, 0) <= 1; // true
 * @category Scoring
 */
export function pairScorer(cohort: Cohort): PairScorer {
  const tables = scoringTables(cohort);
  const blocked = tables.blockedByMentee;
  return {
    rows: tables.mentees.count,
    cols: tables.mentors.count,
    at: (e, m) => {
      const list = blocked[e];
      if ((list !== undefined && list.length > 0 && list.includes(m)) || cellBlocked(tables, e, m))
        return Number.NEGATIVE_INFINITY;
      return scoreCell(tables, e, m);
    },
    row: (e, into, offset = 0) => scoreRow(tables, e, into, offset),
  };
}
