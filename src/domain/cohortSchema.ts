import * as z from 'zod';
import { inputJsonSchema } from './internal/inputJsonSchema';
import { personIdSchema } from './ids';
import { mapRecord } from './internal/mapRecord';
import { menteeSchema, mentorSchema } from './participant';
import { programmeSchema } from './programme';
import { skillInputSchema } from './skill';

/**
 * The shape of a cohort export: a programme, an optional catalogue that extends the default one,
 * an optional org chart for people outside the cohort (`managers`: employee id → manager id), and
 * the mentors and mentees. {@link parseCohort} checks this shape and then every cross-reference.
 *
 * @category Domain
 */
export const cohortSchema = z.strictObject({
  $schema: z.string().optional().describe('the JSON Schema this document follows'),
  programme: programmeSchema.prefault({}),
  catalog: z.array(skillInputSchema).default([]),
  managers: mapRecord(personIdSchema, personIdSchema).optional(),
  mentors: z.array(mentorSchema),
  mentees: z.array(menteeSchema),
});

/** A cohort as written in a JSON export (the input side of {@link cohortSchema}). @category Domain */
export type CohortInput = z.input<typeof cohortSchema>;

/**
 * The JSON Schema (draft 2020-12) of a cohort export, generated from the zod schemas; shipped as
 * `reverse-mentoring/cohort.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * const schema = cohortJsonSchema();
 * schema.type; // 'object'
 * @category Domain
 */
export function cohortJsonSchema(): Record<string, unknown> {
  return inputJsonSchema(cohortSchema, 'cohort');
}
