import type { Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues } from '../domain/index';
import type { MatchError } from '../matching/index';
import type { BaselineOptions } from './BaselineOptions';
import { runBaseline } from './internal/runBaseline';
import type { StrategyMatching } from './Strategy';

/**
 * The random baseline, a floor for the other strategies: the pinned pairs first, then the other
 * mentees in a random order, each taking a mentor drawn at random among the allowed mentors with
 * a place left. Seeded ({@link createRandom}, `options.seed`, default 1): the same seed gives the
 * same pairs on every platform. Still a valid matching: hard rules, `minScore`, capacities and
 * pins hold as in {@link match}.
 *
 * @param cohort - a validated cohort
 * @param options - {@link BaselineOptions}, with `seed`
 * @returns `Right(matching)` with `objective: 'random'`, or `Left` with a {@link MatchError}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const a = orThrow(randomMatch(cohort, { seed: 7 }));
 * const b = orThrow(randomMatch(cohort, { seed: 7 }));
 * a.totalScore === b.totalScore; // true
 * orThrow(assess(cohort, a)).ruleViolations; // 0
 * @category Evaluation
 */
export function randomMatch(
  cohort: Cohort,
  options: BaselineOptions = {},
): Either<Issues<MatchError>, StrategyMatching> {
  return runBaseline(cohort, options, 'random');
}
