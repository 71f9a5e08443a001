/**
 * The scoring layer: hard rules, the criteria of a pair's score, reasons as data and their
 * explanations in English and Polish.
 *
 * @packageDocumentation
 */
export { AUDIENCES, type Audience } from './Audience';
export { checkRules } from './checkRules';
export { CRITERIA, type Criteria } from './Criteria';
export { type ExplainOptions, explain } from './explain';
export { LOCALES, type Locale } from './Locale';
export type { PairScore } from './PairScore';
export type { CriteriaRow, PairScorer } from './pairScorer';
// The library's own kernels import the unchecked `pairScorer` and `pluralPl` by those names, from
// their files; the public ones, which check their arguments first, live in public/.
export { pairScorer } from './public/pairScorer';
export { pluralPl } from './public/pluralPl';
export type { PolishForms } from './pluralPl';
export type {
  AvailabilityReason,
  BlockingReason,
  BridgesGenerationsReason,
  BridgesGradesReason,
  CriterionReason,
  CrossDepartmentReason,
  DirectionReason,
  ExcludedReason,
  LanguageReason,
  LearnsBackReason,
  NoSkillGainReason,
  PreferredReason,
  PreviousReason,
  Reason,
  ReportingLineReason,
  SameDepartmentReason,
  SharedAvailabilityReason,
  SharedLanguageReason,
  TeachesReason,
  TimeZoneReason,
  VetoReason,
} from './Reason';
export { RULES, type Rule } from './Rule';
export { ruleLabel } from './ruleLabel';
export { type Score, scoreSchema } from './Score';
export { type ScoreMatrix, scoreMatrix } from './scoreMatrix';
export { scorePair } from './scorePair';
export { scoreParticipants } from './scoreParticipants';
export type { ScoringError } from './ScoringError';
