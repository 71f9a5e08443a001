import type { Matching } from '../matching/index';

/**
 * The pairing strategies {@link compareStrategies} runs side by side: the matcher's three
 * objectives (`max-total`, `max-matched`, `fairest`) and three baselines that stand for what a
 * tool without an optimiser does — `stable` ({@link stableMatch}: Gale–Shapley, mentee-proposing),
 * `greedy` ({@link greedyMatch}: the best remaining pair first) and `random` ({@link randomMatch}).
 *
 * @example
 * STRATEGIES.length; // 6
 * STRATEGIES[0]; // 'max-total'
 * @category Evaluation
 */
export const STRATEGIES = ['max-total', 'max-matched', 'fairest', 'stable', 'greedy', 'random'] as const;

/** A pairing strategy (see {@link STRATEGIES}). @category Evaluation */
export type Strategy = (typeof STRATEGIES)[number];

/** The strategies that are baselines rather than objectives of the matcher. @category Evaluation */
export type Baseline = Exclude<Strategy, Matching['objective']>;

/**
 * A matching made by any strategy: the matcher's {@link Matching}, with `objective` naming the
 * strategy that made it (a baseline's name for a baseline). Every `Matching` is one.
 *
 * @category Evaluation
 */
export interface StrategyMatching extends Omit<Matching, 'objective'> {
  readonly objective: Strategy;
}
