/**
 * `reverse-mentoring/schemas`: the zod schemas of every input (for forms and services that
 * validate a piece of a cohort, a journal or a decisions file) and the builders of the shipped JSON Schemas. To
 * validate a whole cohort or journal, use `parseCohort` and `parseJournal` from the root: they
 * check every cross-reference too.
 *
 * @packageDocumentation
 */
export { availabilitySchema, availabilityWindowSchema } from './domain/availability';
export { cohortJsonSchema, cohortSchema } from './domain/cohortSchema';
export { generationSchema } from './domain/generation';
export { goalSchema, prioritySchema } from './domain/goal';
export { areaIdSchema, menteeIdSchema, mentorIdSchema, personIdSchema, skillIdSchema } from './domain/ids';
export { menteeSchema, mentorSchema } from './domain/participant';
export { proficiencySchema } from './domain/proficiency';
export { programmeSchema, rulesSchema, weightsSchema } from './domain/programme';
export { skillInputSchema } from './domain/skill';
export { timeZoneSchema } from './domain/timeZone';
export {
  assessmentSchema,
  checkInSchema,
  isoDateSchema,
  journalJsonSchema,
  journalSchema,
  outcomeSchema,
} from './domain/journal/index';
export { decisionSchema, decisionsJsonSchema, decisionsSchema } from './domain/decisions/index';
export { scoreSchema } from './scoring/Score';
