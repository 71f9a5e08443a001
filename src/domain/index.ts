export { type Area, type AreaSide, DEFAULT_AREAS } from './areas';
export {
  type AvailabilityWindow,
  MINUTES_PER_WEEK,
  WEEKDAYS,
  type Weekday,
  availabilitySchema,
  availabilityWindowSchema,
  formatAvailabilityWindow,
  parseAvailabilityWindow,
} from './availability';
export type { Cohort } from './cohort';
export type { CohortIssue, CohortIssueCode } from './cohortIssue';
export type { ArgumentIssue, ArgumentIssueCode } from './ArgumentIssue';
export { type Issue, type IssuePath, type Issues, formatPath } from './Issue';
export { type CohortInput, cohortJsonSchema, cohortSchema } from './cohortSchema';
export { compareIds } from './compareIds';
export { DEFAULT_CATALOG } from './defaultCatalog';
export {
  GENERATIONS,
  GENERATION_LABELS,
  type Generation,
  generationOf,
  generationRank,
  generationSchema,
} from './generation';
export {
  DEFAULT_GOAL_TARGET,
  type Goal,
  type GoalInput,
  PRIORITY_WEIGHT,
  type Priority,
  goalSchema,
  prioritySchema,
} from './goal';
export {
  type AreaId,
  type MenteeId,
  type MentorId,
  type PersonId,
  type SkillId,
  areaIdSchema,
  menteeIdSchema,
  mentorIdSchema,
  personIdSchema,
  skillIdSchema,
} from './ids';
export { ReverseMentoringError, isReverseMentoringError, orThrow } from './orThrow';
export { type GoalOwner, isOpenGoal, openGoals } from './openGoals';
export {
  DEFAULT_NO_MANAGER,
  type ParseCohortOptions,
  type ParsedCohort,
  parseCohort,
  parseCohortWithWarnings,
} from './parseCohort';
export {
  type Mentee,
  type MenteeInput,
  type Mentor,
  type MentorInput,
  type Participant,
  menteeSchema,
  mentorSchema,
} from './participant';
export { MAX_PROFICIENCY, PROFICIENCY_NAMES, type Proficiency, proficiencySchema } from './proficiency';
export {
  type CriterionName,
  type Programme,
  type ProgrammeInput,
  type Rules,
  type Weights,
  programmeSchema,
  rulesSchema,
  weightsSchema,
} from './programme';
export { type Skill, type SkillInput, skillInputSchema } from './skill';
export { timeZoneSchema, utcOffsetMinutes } from './timeZone';
export { intervalsOf, sharedMinutes, weeklyIntervals, weeklyOverlapMinutes } from './weeklyIntervals';
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
  assessmentSchema,
  checkInSchema,
  daysBetween,
  isoDateSchema,
  journalJsonSchema,
  journalSchema,
  outcomeSchema,
  parseJournal,
  parseJournalWithWarnings,
  type ParsedJournal,
} from './journal/index';
export {
  DECIDERS,
  type Decider,
  type Decision,
  type DecisionInput,
  type DecisionIssue,
  type DecisionIssueCode,
  type Decisions,
  type DecisionsInput,
  decisionSchema,
  decisionsJsonSchema,
  decisionsSchema,
  parseDecisions,
} from './decisions/index';
export { isCohort, notACohort } from './isCohort';
