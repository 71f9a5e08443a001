import * as z from 'zod';
import { displayTextSchema, menteeIdSchema, mentorIdSchema } from './ids';
import { mapRecord } from './internal/mapRecord';

const pairSchema = z.tuple([mentorIdSchema, menteeIdSchema]).describe('[mentorId, menteeId]');

/**
 * The hard rules of a programme. Every rule can be switched off.
 *
 * - `direction`: `reverse` = the mentor has a lower grade (by at least `minGradeGap`) or is of a
 *   younger generation than the mentee; `any` = no direction rule.
 * - `excludeReportingLine`: a mentor may not be in the mentee's chain of managers up to this many
 *   levels, nor the mentee in the mentor's; 0 = off.
 * - `requireSharedLanguage`: the two share a language (applies when both list languages).
 * - `requireSkillGain`: the mentor knows more than the mentee in at least one of the mentee's open
 *   goals (a goal below its target); a pair that would teach nothing is not reverse mentoring,
 *   whatever its other criteria say. Applies to mentees with an open goal.
 * - `minScore`: below this score a mentee stays unmatched rather than badly paired.
 * - `excludedPairs`, `previousPairs`: never made; `pinnedPairs`: always made.
 * - `minAvailabilityOverlapMinutes`: two people who both list availability share at least this
 *   many minutes a week of it (each person's windows read in their own time zone); 0 = off.
 * - `maxPreferences`: how many people of the other side a participant may rank in their
 *   `preferences` (default 5; 0 = nobody may rank). A participant's `vetoes` are always a hard
 *   rule (`veto`), whatever the programme says: they are the participant's word, not the programme's.
 *
 * @category Domain
 */
export const rulesSchema = z.strictObject({
  direction: z.enum(['reverse', 'any']).default('reverse'),
  minGradeGap: z
    .number()
    .min(0)
    .max(2000, 'a grade gap is at most 2000 (grades run from -1000 to 1000)')
    .default(1),
  excludeReportingLine: z.number().int().min(0).max(20).default(2),
  excludeSameDepartment: z.boolean().default(false),
  requireSharedLanguage: z.boolean().default(true),
  requireSkillGain: z.boolean().default(true),
  minScore: z.number().min(0).max(1).default(0.1),
  excludedPairs: z.array(pairSchema).default([]),
  pinnedPairs: z.array(pairSchema).default([]),
  previousPairs: z.array(pairSchema).default([]),
  minAvailabilityOverlapMinutes: z
    .number()
    .int('a number of minutes is a whole number')
    .min(0)
    .max(10080, 'a week has 10080 minutes')
    .default(0)
    .describe('minutes per week two people who both list availability must share; 0 = off'),
  maxPreferences: z
    .number()
    .int('maxPreferences is a whole number')
    .min(0)
    .max(100, 'maxPreferences is at most 100')
    .default(5),
});
/** The hard rules of a programme, defaults filled in. @category Domain */
export type Rules = Readonly<z.output<typeof rulesSchema>>;

/**
 * A weight: 0 (the criterion is off) or from 0.001 to 1000 — a ratio of a million between two
 * weights is the most that means anything, and a weight such as 5e-324 would turn every score
 * into 0 or 1 by underflow.
 */
const weight = z.union([z.literal(0), z.number().min(0.001).max(1000)], {
  error: 'a weight is 0 (off) or a number from 0.001 to 1000',
});

/**
 * The weights of the soft criteria in a pair's score (a weighted mean; 0 switches a criterion off).
 * `availability` defaults to 0.5, the weight of `timeZone`: it takes the time zone's place for a
 * pair whose both sides list availability, so adding availability to a cohort keeps the balance
 * between what the pair can learn and whether it can meet.
 * `preferences` (default 1, level with reciprocity) weighs the participants' own ranked choices:
 * above the context criteria (0.5 each), below what the programme is for (skill gain 3, goal
 * coverage 2), so that a stated choice tips a close call without pairing someone with a mentor who
 * cannot teach them.
 *
 * @category Domain
 */
export const weightsSchema = z
  .strictObject({
    skillGain: weight.default(3),
    goalCoverage: weight.default(2),
    reciprocity: weight.default(1),
    generationGap: weight.default(0.5),
    seniorityGap: weight.default(0.5),
    crossDepartment: weight.default(0.5),
    timeZone: weight.default(0.5),
    availability: weight.default(0.5),
    preferences: weight.default(1),
  })
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be above 0' });
/** The weights of the soft criteria, defaults filled in. @category Domain */
export type Weights = Readonly<z.output<typeof weightsSchema>>;
/** The name of a soft criterion. @category Domain */
export type CriterionName = keyof Weights;

/**
 * A programme: its name, its goals as focus weights on areas or skills (a skill in focus counts
 * that much more in skill gain; default 1), its hard rules and the weights of its soft criteria.
 *
 * @category Domain
 */
export const programmeSchema = z.strictObject({
  name: displayTextSchema.default('Reverse mentoring'),
  focus: mapRecord(
    z.string().trim().normalize('NFC').min(1),
    z.number().min(0.001, 'a focus weight is from 0.001 to 100').max(100, 'a focus weight is at most 100'),
  ).optional(),
  rules: rulesSchema.prefault({}),
  weights: weightsSchema.prefault({}),
});
/** A validated programme, defaults filled in. @category Domain */
export type Programme = Readonly<z.output<typeof programmeSchema>>;
/** A programme as written in a cohort. @category Domain */
export type ProgrammeInput = z.input<typeof programmeSchema>;
