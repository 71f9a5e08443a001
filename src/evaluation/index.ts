export { type AssessOptions, type PairsLike, assess } from './assess';
export type { BaselineOptions } from './BaselineOptions';
export {
  type CompareOptions,
  type CompareProgress,
  type StrategyComparison,
  type StrategyResult,
  compareStrategies,
} from './compareStrategies';
export { greedyMatch } from './greedyMatch';
export type { MenteeOutcome, MentorOutcome, QualityReport, Violations } from './QualityReport';
export { randomMatch } from './randomMatch';
export { stableMatch } from './stableMatch';
export { type Baseline, STRATEGIES, type Strategy, type StrategyMatching } from './Strategy';
