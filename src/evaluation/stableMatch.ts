import type { Either } from 'fp-ts/lib/Either.js';
import type { Cohort, Issues } from '../domain/index';
import type { MatchError } from '../matching/index';
import type { BaselineOptions } from './BaselineOptions';
import { runBaseline } from './internal/runBaseline';
import type { StrategyMatching } from './Strategy';

/**
 * The stable baseline: Gale–Shapley deferred acceptance, mentee-proposing, in its
 * hospital/resident form (a mentor of capacity `k` holds up to `k` mentees), on the preferences
 * {@link assess} derives from the scores. The result is the mentee-optimal stable matching: no
 * allowed pair outside it, neither of them pinned, prefers each other to what they got
 * (`assess(...).blockingPairs` is 0).
 *
 * Pinned pairs are placed first and use their mentor's places; the rest of the cohort is matched
 * stably around them. A pair is allowed when no hard rule blocks it and it scores at least
 * `minScore` — the constraints of {@link match}, whose pin errors it shares.
 *
 * @param cohort - a validated cohort
 * @param options - {@link BaselineOptions}
 * @returns `Right(matching)` with `objective: 'stable'`, or `Left` with a {@link MatchError}
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const stable = orThrow(stableMatch(cohort));
 * orThrow(assess(cohort, stable)).blockingPairs; // 0
 * @category Evaluation
 */
export function stableMatch(
  cohort: Cohort,
  options: BaselineOptions = {},
): Either<Issues<MatchError>, StrategyMatching> {
  return runBaseline(cohort, options, 'stable');
}
