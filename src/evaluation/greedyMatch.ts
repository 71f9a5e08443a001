import type { Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues } from '../domain/index';
import type { MatchError } from '../matching/index';
import type { BaselineOptions } from './BaselineOptions';
import { runBaseline } from './internal/runBaseline';
import type { StrategyMatching } from './Strategy';

/**
 * The greedy baseline, as bulk-matching tools pair people: the pinned pairs first, then the
 * allowed pairs from the highest score down (ties by mentee id, then mentor id), each made when
 * its mentee is still free and its mentor has a place left.
 *
 * It obeys every constraint of {@link match}: a pair is allowed when no hard rule blocks it and
 * it scores at least `minScore`; capacities hold; pins are kept (and pins `match` refuses are
 * refused with the same error). Every pair is explained as `match` explains its own.
 *
 * @param cohort - a validated cohort
 * @param options - {@link BaselineOptions}
 * @returns `Right(matching)` with `objective: 'greedy'`, or `Left` with a {@link MatchError}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const greedy = orThrow(greedyMatch(cohort));
 * greedy.objective; // 'greedy'
 * greedy.totalScore <= orThrow(match(cohort)).totalScore + 1e-9; // true
 * @category Evaluation
 */
export function greedyMatch(
  cohort: Cohort,
  options: BaselineOptions = {},
): Either<Issues<MatchError>, StrategyMatching> {
  return runBaseline(cohort, options, 'greedy');
}
