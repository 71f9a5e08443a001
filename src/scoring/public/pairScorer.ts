import { right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues } from '../../domain/index';
import { type PairScorer, pairScorer as pairScorerUnchecked } from '../pairScorer';
import { readScoredCohort } from '../readScoredPair';
import type { ScoringError } from '../ScoringError';

/**
 * Lays a cohort out in typed arrays once (levels, open goals, generations, grades, departments,
 * offsets, language bits, the pairs blocked by excluded/previous/reporting-line rules) and returns
 * a {@link PairScorer} over it: the fast path behind {@link scoreMatrix} and the matcher. `at` is
 * `row` over a single mentor (the same kernels), and both equal {@link scorePair}'s scores exactly.
 *
 * @param cohort - a parsed cohort (else a `not-a-cohort` issue)
 * @returns a scorer by mentee and mentor index
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const scorer = orThrow(pairScorer(cohort));
 * scorer.at(0, 0) <= 1; // true
 * pairScorer(null as unknown as Cohort)._tag; // 'Left'
 * @category Scoring
 */
export function pairScorer(cohort: Cohort): Either<Issues<ScoringError>, PairScorer> {
  const read = readScoredCohort(cohort);
  if (read._tag === 'Left') return read;
  return right(pairScorerUnchecked(read.right));
}
