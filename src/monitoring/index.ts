/**
 * The monitoring layer: a programme's progress from its journal (pair health, skills gained,
 * goals reached, Kirkpatrick's levels, which criteria of the score predicted success) and
 * rematching for pairs at risk.
 *
 * @packageDocumentation
 */
export { assessProgramme } from './assessProgramme';
export type { AssessProgrammeOptions } from './AssessProgrammeOptions';
export { type ExplainStatusOptions, explainStatus, explainStatusReason } from './explainStatus';
export type { MonitoringIssue } from './MonitoringIssue';
export { type PairStatus, STATUSES, statusSeverity } from './PairStatus';
export type {
  AreaReport,
  CriterionCorrelation,
  GoalProgress,
  GoalsProgress,
  Kirkpatrick,
  PairProgress,
  PairReport,
  ProgrammeOutcomes,
  ProgrammeReport,
  SessionStats,
} from './ProgrammeReport';
export type { Rematch, RematchChange } from './Rematch';
export type { LowRatedSession, StatusReason } from './StatusReason';
export { type SuggestRematchOptions, suggestRematch } from './suggestRematch';
