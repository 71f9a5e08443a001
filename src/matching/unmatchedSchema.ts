import * as z from 'zod';
import { RULES } from '../scoring/index';

const count = z.number();

/**
 * Why a mentee stayed unmatched (`UnmatchedReason`) as plain JavaScript may pass it: every field
 * `explainUnmatched` reads. Counts of rules outside `RULES` are left alone, as the sentence does.
 *
 * @internal
 */
export const unmatchedReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('no-feasible-mentor'),
    blockedBy: z.object(Object.fromEntries(RULES.map((rule) => [rule, count.optional()]))),
  }),
  z.object({
    kind: z.literal('below-min-score'),
    minScore: count,
    bestScore: count,
    bestMentorId: z.string(),
  }),
  z.object({
    kind: z.literal('capacity-exhausted'),
    candidates: count,
    bestScore: count,
    bestMentorId: z.string(),
  }),
]);

/**
 * An entry of a matching's `unmatched` as `explainUnmatched` reads it: the mentee's id and why.
 *
 * @internal
 */
export const unmatchedSchema = z.object({ menteeId: z.string(), reason: unmatchedReasonSchema });
