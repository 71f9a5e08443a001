import * as z from 'zod';
import { inputJsonSchema } from '../internal/inputJsonSchema';
import { menteeIdSchema, mentorIdSchema, personIdSchema, skillIdSchema } from '../ids';
import { mapRecord } from '../internal/mapRecord';
import { proficiencySchema } from '../proficiency';
import { isoDateSchema } from './isoDate';

const rating = z
  .number()
  .int('a rating is a whole number from 1 to 5')
  .min(1, 'a rating is at least 1')
  .max(5, 'a rating is at most 5');

const note = z.string().max(2000, 'a note is at most 2000 characters');

/**
 * A check-in of a pair: a session held (or cancelled) on a date. `ratings` are how each side
 * rated the session (1–5: `mentor` is the mentor's rating, `mentee` the mentee's). A cancelled
 * check-in may say who cancelled (`cancelledBy`), so a programme report can see repeated
 * cancellations by one side. A pair need not be in any matching: the journal records what
 * happened, the report decides what it means.
 *
 * @category Domain
 */
export const checkInSchema = z.strictObject({
  mentorId: mentorIdSchema,
  menteeId: menteeIdSchema,
  date: isoDateSchema,
  minutes: z
    .number()
    .int('minutes are a whole number')
    .min(0, 'minutes are at least 0')
    .max(1440, 'a session lasts at most a day (1440 minutes)')
    .optional(),
  skills: z.array(skillIdSchema).optional().describe('the skills practised in the session'),
  ratings: z
    .strictObject({ mentor: rating.optional(), mentee: rating.optional() })
    .optional()
    .describe("each side's rating of the session, 1–5"),
  cancelled: z.boolean().default(false),
  cancelledBy: z.enum(['mentor', 'mentee']).optional().describe('who cancelled a cancelled session'),
  note: note.optional(),
});
/** A check-in as validated (`cancelled` filled in). @category Domain */
export type CheckIn = Readonly<z.output<typeof checkInSchema>>;
/** A check-in as written in a journal. @category Domain */
export type CheckInInput = z.input<typeof checkInSchema>;

/**
 * A skill self-assessment: the levels (0–5) a participant gives themself on a date, typically
 * once before the programme and once after.
 *
 * @category Domain
 */
export const assessmentSchema = z.strictObject({
  participantId: personIdSchema,
  date: isoDateSchema,
  skills: mapRecord(skillIdSchema, proficiencySchema),
});
/** A self-assessment as validated (skills as a `Map`). @category Domain */
export type Assessment = Readonly<z.output<typeof assessmentSchema>>;
/** A self-assessment as written in a journal. @category Domain */
export type AssessmentInput = z.input<typeof assessmentSchema>;

/**
 * What became of a participant after or during the programme (Kirkpatrick levels 3–4):
 * `applied` (uses what they learned at work, self-reported), `retained` (still with the
 * organisation at a follow-up), `promoted`, `left` (left the organisation).
 *
 * @category Domain
 */
export const outcomeSchema = z.strictObject({
  participantId: personIdSchema,
  date: isoDateSchema,
  kind: z.enum(['applied', 'retained', 'promoted', 'left']),
  note: note.optional(),
});
/** An outcome as validated. @category Domain */
export type Outcome = Readonly<z.output<typeof outcomeSchema>>;
/** An outcome as written in a journal. @category Domain */
export type OutcomeInput = z.input<typeof outcomeSchema>;

/**
 * The shape of a programme journal: check-ins, skill self-assessments and outcomes, each list
 * optional. {@link parseJournal} checks this shape and then every reference into the cohort.
 *
 * @category Domain
 */
export const journalSchema = z.strictObject({
  $schema: z.string().optional().describe('the JSON Schema this document follows'),
  checkIns: z.array(checkInSchema).default([]),
  assessments: z.array(assessmentSchema).default([]),
  outcomes: z.array(outcomeSchema).default([]),
});
/** A journal as written in a JSON file (the input side of {@link journalSchema}). @category Domain */
export type JournalInput = z.input<typeof journalSchema>;

/**
 * The JSON Schema (draft 2020-12) of a journal, generated from the zod schemas; shipped as
 * `reverse-mentoring/journal.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * const schema = journalJsonSchema();
 * schema.type; // 'object'
 * @category Domain
 */
export function journalJsonSchema(): Record<string, unknown> {
  return inputJsonSchema(journalSchema, 'journal');
}
