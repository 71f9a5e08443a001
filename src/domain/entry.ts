/**
 * `reverse-mentoring/domain`: the vocabulary of a programme — the catalogue, generations,
 * availability, the zod schemas and constants — and its helpers, each checking its arguments
 * (a wrong one from plain JavaScript is a `Left`, never a throw). The other layers import the
 * domain from its barrel, `index.ts`, whose helpers of the same names are the unchecked ones
 * the scoring kernels call in their loops.
 *
 * @packageDocumentation
 */
export { type Area, type AreaSide, DEFAULT_AREAS } from './areas';
export {
  type AvailabilityWindow,
  MINUTES_PER_WEEK,
  WEEKDAYS,
  type Weekday,
  availabilitySchema,
  availabilityWindowSchema,
} from './availability';
export type { Cohort } from './cohort';
export type { CohortIssue, CohortIssueCode } from './cohortIssue';
export type { ArgumentIssue, ArgumentIssueCode } from './ArgumentIssue';
export { type Issue, type IssuePath, type Issues } from './Issue';
export { type CohortInput, cohortJsonSchema, cohortSchema } from './cohortSchema';
export { compareIds } from './compareIds';
export { DEFAULT_CATALOG } from './defaultCatalog';
export { GENERATIONS, GENERATION_LABELS, type Generation, generationSchema } from './generation';
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
export { type GoalOwner } from './openGoals';
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
export { timeZoneSchema } from './timeZone';

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
export { isCohort } from './isCohort';

// The helpers, checked: a wrong argument from plain JavaScript is a Left, never a throw.
export { daysBetween } from './public/daysBetween';
export { formatAvailabilityWindow } from './public/formatAvailabilityWindow';
export { formatPath } from './public/formatPath';
export { generationOf } from './public/generationOf';
export { generationRank } from './public/generationRank';
export { intervalsOf } from './public/intervalsOf';
export { isOpenGoal } from './public/isOpenGoal';
export { notACohort } from './public/notACohort';
export { openGoals } from './public/openGoals';
export { parseAvailabilityWindow } from './public/parseAvailabilityWindow';
export { sharedMinutes } from './public/sharedMinutes';
export { utcOffsetMinutes } from './public/utcOffsetMinutes';
export { weeklyIntervals } from './public/weeklyIntervals';
export { weeklyOverlapMinutes } from './public/weeklyOverlapMinutes';
