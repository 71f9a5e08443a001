import * as z from 'zod';
import { menteeIdSchema, mentorIdSchema } from '../ids';
import { inputJsonSchema } from '../internal/inputJsonSchema';
import { isoDateSchema } from '../journal/isoDate';

/**
 * Who decided on a pair: the `mentor`, the `mentee`, or the `programme` (its manager, for the
 * organisation).
 *
 * @example
 * DECIDERS.includes('programme'); // true
 * @category Domain
 */
export const DECIDERS = ['mentor', 'mentee', 'programme'] as const;
/** Who decided on a pair (see {@link DECIDERS}). @category Domain */
export type Decider = (typeof DECIDERS)[number];

/**
 * One decision on a proposed (or any) pair: who decided (`by`), `accepted` or `declined`, on which
 * day, and optionally why. A declined pair is never proposed again; an accepted one is kept.
 *
 * @category Domain
 */
export const decisionSchema = z.strictObject({
  mentorId: mentorIdSchema,
  menteeId: menteeIdSchema,
  by: z.enum(DECIDERS).describe('who decided: the mentor, the mentee or the programme'),
  decision: z.enum(['accepted', 'declined']),
  date: isoDateSchema,
  reason: z.string().trim().max(2000, 'a reason is at most 2000 characters').optional(),
});
/** A validated decision. @category Domain */
export type Decision = Readonly<z.output<typeof decisionSchema>>;
/** A decision as written in a decisions file. @category Domain */
export type DecisionInput = z.input<typeof decisionSchema>;

/**
 * The shape of a decisions file: `{ "decisions": [ … ] }`. {@link parseDecisions} checks this shape
 * and then every reference into the cohort and every contradiction.
 *
 * @category Domain
 */
export const decisionsSchema = z.strictObject({
  $schema: z.string().optional().describe('the JSON Schema this document follows'),
  decisions: z.array(decisionSchema),
});
/** A decisions file as written (the input side of {@link decisionsSchema}). @category Domain */
export type DecisionsInput = z.input<typeof decisionsSchema>;

/**
 * The JSON Schema (draft 2020-12) of a decisions file, generated from the zod schemas; shipped as
 * `reverse-mentoring/decisions.schema.json`.
 *
 * @returns the JSON Schema as a plain object
 * @example
 * decisionsJsonSchema().type; // 'object'
 * @category Domain
 */
export function decisionsJsonSchema(): Record<string, unknown> {
  return inputJsonSchema(decisionsSchema, 'decisions');
}
