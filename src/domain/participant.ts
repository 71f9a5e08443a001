import * as z from 'zod';
import { availabilitySchema } from './availability';
import { generationSchema } from './generation';
import { isoDateSchema } from './journal/isoDate';
import { goalSchema } from './goal';
import { displayTextSchema, menteeIdSchema, mentorIdSchema, personIdSchema, skillIdSchema } from './ids';
import { mapRecord } from './internal/mapRecord';
import { proficiencySchema } from './proficiency';
import { timeZoneSchema } from './timeZone';

const languageTag = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language is a BCP 47 tag such as "en" or "pl-PL"');

const years = (what: string) => z.number().min(0, `${what} is at least 0`).max(80, `${what} is at most 80`);

/**
 * A person's own choices of the other side: ids, at most 1000 (a bound on untrusted input; the
 * programme's `maxPreferences` is checked with the cross-references). A list of preferences is
 * ordered by meaning, best first; a list of vetoes is a set.
 */
const choiceList = <S extends z.ZodType>(id: S, description: string) =>
  z.array(id).max(1000, 'a list of people has at most 1000 ids').describe(description);

/** The fields every participant has, mentor or mentee. @internal */
const participantFields = {
  name: displayTextSchema.optional(),
  birthYear: z.number().int('a birth year is a whole year').min(1900).max(2100).optional(),
  generation: generationSchema.optional(),
  // Bounded: a grade is a band of a company's ladder, and within ±1000 every gap (minGradeGap) is exact.
  grade: z
    .number()
    .min(-1000, 'a grade is at least -1000')
    .max(1000, 'a grade is at most 1000')
    .describe('seniority band in the company: higher = more senior (from -1000 to 1000)'),
  yearsOfExperience: years('years of experience').optional(),
  tenureYears: years('tenure').optional(),
  department: displayTextSchema.optional(),
  managerId: personIdSchema.optional(),
  languages: z.array(languageTag).default([]),
  timeZone: timeZoneSchema.optional(),
  // Weekly windows in the person's own time zone, canonical and in week order once validated.
  availability: availabilitySchema.default([]),
  skills: mapRecord(skillIdSchema, proficiencySchema).default(new Map()),
  goals: z.array(goalSchema).default([]),
  waitingSince: isoDateSchema
    .optional()
    .describe(
      'since when the person has waited for a pair (YYYY-MM-DD): in a wave, the longest wait goes first',
    ),
};

/**
 * A mentor as written in a cohort: a participant with a capacity (how many mentees they take,
 * default 1; 0 = not available this round), and their own choices: `preferences` (mentee ids,
 * best first, at most the programme's `maxPreferences`) and `vetoes` (mentee ids they are never
 * to be paired with), both empty by default.
 *
 * @category Domain
 */
export const mentorSchema = z.strictObject({
  id: mentorIdSchema,
  ...participantFields,
  capacity: z.number().int('a capacity is a whole number').min(0).max(100).default(1),
  preferences: choiceList(menteeIdSchema, 'the mentees this mentor would like, best first').default([]),
  vetoes: choiceList(menteeIdSchema, 'the mentees this mentor is not to be paired with').default([]),
});

/**
 * A mentee as written in a cohort: a participant with a capacity (how many mentors they take,
 * default 1; 0 = not taking part this round), and their own choices: `preferences` (mentor ids,
 * best first, at most the programme's `maxPreferences`) and `vetoes` (mentor ids they are never
 * to be paired with), both empty by default. A mentee never gets the same mentor twice.
 *
 * @category Domain
 */
export const menteeSchema = z.strictObject({
  id: menteeIdSchema,
  ...participantFields,
  capacity: z.number().int('a capacity is a whole number').min(0).max(100).default(1),
  preferences: choiceList(mentorIdSchema, 'the mentors this mentee would like, best first').default([]),
  vetoes: choiceList(mentorIdSchema, 'the mentors this mentee is not to be paired with').default([]),
});

/** A validated mentor (skills as a `Map`, defaults filled in). @category Domain */
export type Mentor = Readonly<z.output<typeof mentorSchema>>;
/** A validated mentee (skills as a `Map`, defaults filled in). @category Domain */
export type Mentee = Readonly<z.output<typeof menteeSchema>>;
/** A mentor or a mentee. @category Domain */
export type Participant = Mentor | Mentee;
/** A mentor as written in a cohort. @category Domain */
export type MentorInput = z.input<typeof mentorSchema>;
/** A mentee as written in a cohort. @category Domain */
export type MenteeInput = z.input<typeof menteeSchema>;
