import { right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues, MenteeId, MentorId } from '../domain/index';
import { readScoredCohort } from './readScoredPair';
import { scoreMatrixUnchecked } from './scoreMatrixUnchecked';
import type { ScoringError } from './ScoringError';

/**
 * Every pair's score at once: one row per mentee, one column per mentor (both in the cohort's
 * id order), `-Infinity` where a hard rule blocks the pair. The shape is a `CostMatrix` of the
 * assignment layer, ready for `solveAssignment(matrix, { maximize: true })`.
 *
 * @category Scoring
 */
export interface ScoreMatrix {
  /** The number of mentees. */
  readonly rows: number;
  /** The number of mentors. */
  readonly cols: number;
  /** `data[mentee * cols + mentor]`: the pair's score in [0, 1], or `-Infinity` when infeasible. */
  readonly data: Float64Array;
  readonly menteeIds: ReadonlyArray<MenteeId>;
  readonly mentorIds: ReadonlyArray<MentorId>;
}

/**
 * Scores every mentor–mentee pair of a cohort into one `Float64Array`, each pair once, without
 * building reasons (through {@link pairScorer}): the numbers equal {@link scorePair}'s scores
 * exactly, because the same kernel computes both.
 * `minScore` is not applied here: it is the matcher's threshold.
 *
 * @param cohort - a parsed cohort (else a `not-a-cohort` issue)
 * @returns the score matrix, mentees × mentors
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const matrix = orThrow(scoreMatrix(cohort));
 * matrix.rows * matrix.cols === matrix.data.length; // true (12 mentees × 10 mentors)
 * scoreMatrix(SAMPLES.bank as unknown as Cohort)._tag; // 'Left'
 * @category Scoring
 */
export function scoreMatrix(cohort: Cohort): Either<Issues<ScoringError>, ScoreMatrix> {
  const read = readScoredCohort(cohort);
  if (read._tag === 'Left') return read;
  return right(scoreMatrixUnchecked(read.right));
}
