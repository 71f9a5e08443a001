import type { Cohort, CriterionName } from '../domain/index';
import { blockingReasons } from './internal/blockingReasons';
import { pairScoreOf } from './internal/pairScoreOf';
import type { PairScore } from './PairScore';
import { scoreCell, scoreRow, scoreRowWith, scoringKernel } from './internal/scoringKernel';
import type { BlockingReason } from './Reason';

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
  /**
   * `row`, and with the same marking of the hard rules, for each part the row a programme that
   * weights only the part's criteria (weight 1 each, whatever this programme gives them) would
   * score into `part.into` (from 0): for reading single criteria across a row, as a mentee's
   * "what I learn" or a mentor's "what I learn back", without scoring the rules again per part.
   */
  readonly rowWith: (
    mentee: number,
    into: Float64Array,
    parts: ReadonlyArray<CriteriaRow>,
    offset?: number,
  ) => void;
  /**
   * The hard rules that block one pair by index, as {@link checkRules} gives them (empty for a
   * feasible pair), read from the layout already made: for loops that ask many pairs why.
   */
  readonly blockedBy: (mentee: number, mentor: number) => ReadonlyArray<BlockingReason>;
  /**
   * The whole {@link PairScore} of one pair by index — rules, score, criteria and reasons — as
   * {@link scoreParticipants} gives it, from the layout already made: for explaining the pairs of
   * a matching without laying the cohort out once per pair. Indices outside the cohort are a
   * programming error: a `RangeError`, as for a typed array's bounds in a checked language.
   */
  readonly pair: (mentee: number, mentor: number) => PairScore;
}

/**
 * A part of {@link PairScorer.rowWith}: which criteria to score alone, and the row to write.
 *
 * @category Scoring
 */
export interface CriteriaRow {
  readonly criteria: ReadonlyArray<CriterionName>;
  readonly into: Float64Array;
}

/**
 * The scorer of a cohort, unchecked: what the library's own callers (the matcher, the baselines,
 * the workflow) use with a cohort `parseCohort` made. The public `pairScorer` of
 * `reverse-mentoring/scoring` (`public/pairScorer.ts`) checks the cohort first.
 *
 * @internal
 */
export function pairScorer(cohort: Cohort): PairScorer {
  const kernel = scoringKernel(cohort);
  return {
    rows: kernel.tables.mentees.count,
    cols: kernel.tables.mentors.count,
    at: (e, m) => scoreCell(kernel, e, m),
    row: (e, into, offset = 0) => scoreRow(kernel, e, into, offset),
    rowWith: (e, into, parts, offset = 0) => scoreRowWith(kernel, e, into, offset, parts),
    blockedBy: (e, m) => {
      const mentor = cohort.mentors[m];
      const mentee = cohort.mentees[e];
      return mentor === undefined || mentee === undefined
        ? []
        : blockingReasons(kernel, e, m, { cohort, mentor, mentee });
    },
    pair: (e, m) => {
      const mentor = cohort.mentors[m];
      const mentee = cohort.mentees[e];
      if (mentor === undefined || mentee === undefined)
        throw new RangeError(
          `pairScorer: no pair (${e}, ${m}) in a cohort of ${cohort.mentees.length} × ${cohort.mentors.length}`,
        );
      return pairScoreOf(kernel, e, m, { cohort, mentor, mentee });
    },
  };
}
