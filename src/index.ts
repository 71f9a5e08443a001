/**
 * reverse-mentoring: the data side of a reverse-mentoring programme — what an integrator needs to
 * run one: parse a cohort and a journal, match, recommend, say why not, explain, assess and
 * compare strategies, follow the programme, and the one error contract.
 *
 * The rest is reached through named subpaths: `reverse-mentoring/domain` (the vocabulary:
 * catalogue, generations, constants), `reverse-mentoring/schemas` (zod schemas and JSON Schemas),
 * `reverse-mentoring/samples`, `reverse-mentoring/synthetic` (the seeded cohort generator),
 * `reverse-mentoring/scoring` (scorers and every reason type) and `reverse-mentoring/assignment`
 * (the solvers).
 *
 * @packageDocumentation
 */

// Errors: the one issue shape and the one bridge to exceptions.
export type { Issue, IssuePath, Issues } from './domain/Issue';
export type { ArgumentIssue, ArgumentIssueCode } from './domain/ArgumentIssue';
export { formatPath } from './domain/public/formatPath';
export { ReverseMentoringError, isReverseMentoringError, orThrow } from './domain/orThrow';

// Parsing a cohort and a journal, and what they hold.
export {
  type ParseCohortOptions,
  type ParsedCohort,
  parseCohort,
  parseCohortWithWarnings,
} from './domain/parseCohort';
export { isCohort } from './domain/isCohort';
export type { Cohort } from './domain/cohort';
export type { CohortInput } from './domain/cohortSchema';
export type { CohortIssue, CohortIssueCode } from './domain/cohortIssue';
export type { AreaId, MenteeId, MentorId, PersonId, SkillId } from './domain/ids';
export type { Mentee, MenteeInput, Mentor, MentorInput, Participant } from './domain/participant';
export type { CriterionName, Programme, ProgrammeInput, Rules, Weights } from './domain/programme';
export type { Area, AreaSide } from './domain/areas';
export type { Skill, SkillInput } from './domain/skill';
export type { Goal, GoalInput, Priority } from './domain/goal';
export type { Generation } from './domain/generation';
export type { Proficiency } from './domain/proficiency';
export {
  type Assessment,
  type AssessmentInput,
  type CheckIn,
  type CheckInInput,
  type IsoDate,
  type Journal,
  type JournalInput,
  type JournalIssue,
  type JournalIssueCode,
  type Outcome,
  type OutcomeInput,
  parseJournal,
  parseJournalWithWarnings,
  type ParsedJournal,
} from './domain/journal/index';

// Scoring a pair and explaining it.
export {
  type Audience,
  type BlockingReason,
  type Criteria,
  type CriterionReason,
  type ExplainOptions,
  type Locale,
  type PairScore,
  type Reason,
  type Rule,
  type Score,
  type ScoringError,
  LOCALES,
  explain,
  ruleLabel,
  scorePair,
} from './scoring/index';

// Matching, recommending, why not.
export {
  type BlockedPin,
  type MatchError,
  type MatchOptions,
  type MatchedPair,
  type Matching,
  type Objective,
  type PartnerChange,
  type Recommendation,
  type Unmatched,
  type UnmatchedReason,
  type WhyNot,
  OBJECTIVES,
  explainUnmatched,
  match,
  recommend,
  whyNot,
} from './matching/index';

// Quality of a matching and strategies side by side.
export {
  type AssessOptions,
  type AuditOptions,
  type Baseline,
  type BaselineOptions,
  type CompareOptions,
  type CompareSettingsOptions,
  type ComparedFigure,
  type ExternalMatching,
  type ExternalResult,
  type MatchingFinding,
  type SensitivityOptions,
  type SettingsComparison,
  type WeightSensitivity,
  COMPARED_FIGURES,
  DEFAULT_SENSITIVITY_FACTORS,
  FINDING_KINDS,
  auditMatching,
  compareSettings,
  describeFinding,
  weightSensitivity,
  type MenteeOutcome,
  type MentorOutcome,
  type PairsLike,
  type QualityReport,
  type Strategy,
  type StrategyComparison,
  type StrategyMatching,
  type StrategyResult,
  type Violations,
  STRATEGIES,
  assess,
  compareStrategies,
  greedyMatch,
  randomMatch,
  stableMatch,
} from './evaluation/index';

// Following the programme.
export {
  type AreaReport,
  type AssessProgrammeOptions,
  type CriterionCorrelation,
  type ExplainStatusOptions,
  type GoalProgress,
  type GoalsProgress,
  type Kirkpatrick,
  type LowRatedSession,
  type MonitoringIssue,
  type PairProgress,
  type PairReport,
  type PairStatus,
  type ProgrammeOutcomes,
  type ProgrammeReport,
  type Rematch,
  type RematchChange,
  type SessionStats,
  type StatusReason,
  type SuggestRematchOptions,
  STATUSES,
  assessProgramme,
  explainStatus,
  explainStatusReason,
  statusSeverity,
  suggestRematch,
} from './monitoring/index';

// The programme after the first matching: decisions, waves and the waiting list.
export {
  DECIDERS,
  type Decider,
  type Decision,
  type DecisionInput,
  type DecisionIssue,
  type DecisionIssueCode,
  type Decisions,
  type DecisionsInput,
  parseDecisions,
} from './domain/decisions/index';
export {
  type ApplyDecisionsOptions,
  type DecidedPair,
  type DecisionRound,
  type DecisionStatus,
  type MatchWaveOptions,
  type MentorWithPlaces,
  type ProposalChange,
  type RemovedBecause,
  type WaitingList,
  type WaitingMentee,
  type Wave,
  type WaveClass,
  type WorkflowIssue,
  DECISION_STATUSES,
  applyDecisions,
  decisionStatus,
  decisionStatusLabel,
  explainChange,
  explainWaiting,
  matchWave,
  waitingListOf,
} from './workflow/index';
