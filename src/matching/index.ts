/**
 * The matching layer: from a cohort to optimal, explained, rule-abiding pairs; recommendations
 * for one mentee; why a pair was not made.
 *
 * @packageDocumentation
 */
export { explainUnmatched } from './explainUnmatched';
export { match } from './match';
export type { BlockedPin, MatchError } from './MatchError';
export type { CancelSignal, MatchOptions, MatchProgress } from './MatchOptions';
export {
  type MatchedPair,
  type Matching,
  OBJECTIVES,
  type Objective,
  type Unmatched,
  type UnmatchedReason,
} from './Matching';
export { type Recommendation, recommend } from './recommend';
export { type PartnerChange, type WhyNot, whyNot } from './whyNot';
// For the evaluation layer's baselines, which resolve pins and explain the unmatched exactly as
// match does. Not part of the package's API: src/index.ts does not re-export them.
/** @internal */
export { type Pins, resolvePins } from './internal/resolvePins';
/** @internal */
export { unmatchedReason } from './internal/unmatchedReason';
/** @internal */
export { explainPairs } from './internal/explainPairs';
/** @internal */
export { scanRowSummary } from './internal/scanRowSummary';
/** @internal */
export { optimaEach } from './match';
/** @internal */
export type { RankedCandidates } from './internal/bestCandidates';
/** @internal */
export { checkMatchOptions } from './internal/checkMatchOptions';
