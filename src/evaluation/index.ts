export { type AssessOptions, type PairsLike, assess } from './assess';
export type { BaselineOptions } from './BaselineOptions';
export { type AuditOptions, FINDING_KINDS, type MatchingFinding, auditMatching } from './auditMatching';
export {
  type CompareOptions,
  type ExternalMatching,
  type ExternalResult,
  type StrategyComparison,
  type StrategyResult,
  compareStrategies,
} from './compareStrategies';
export {
  COMPARED_FIGURES,
  type ComparedFigure,
  type CompareSettingsOptions,
  type SettingsComparison,
  compareSettings,
} from './compareSettings';
export { describeFinding } from './describeFinding';
export { greedyMatch } from './greedyMatch';
export type { MenteeOutcome, MentorOutcome, QualityReport, Violations } from './QualityReport';
export { randomMatch } from './randomMatch';
export { stableMatch } from './stableMatch';
export { type Baseline, STRATEGIES, type Strategy, type StrategyMatching } from './Strategy';
export {
  DEFAULT_SENSITIVITY_FACTORS,
  type SensitivityOptions,
  type WeightSensitivity,
  weightSensitivity,
} from './weightSensitivity';
