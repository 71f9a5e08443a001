import * as z from 'zod';
import { checkArgument, cohortArgumentIssues } from '../../domain/checkArgument';
import type { MatchError } from '../MatchError';

const id = z.string();
const pairs = z.array(z.tuple([id, id]));

/** What `match` (and `whyNot`, which takes the same options) reads from its options. @internal */
export const matchOptionsSchema = z
  .object({
    objective: z.string().optional(),
    minScore: z.number().optional(),
    pinnedPairs: pairs.optional(),
    solver: z.string().optional(),
    signal: z.object({}).loose().optional(),
    onProgress: z.custom<(done: number, total: number) => void>((f) => typeof f === 'function').optional(),
  })
  .loose();

/**
 * The first wrong argument of `match` from plain JavaScript — a cohort that `parseCohort` did not
 * make, options that are not an object, an option of the wrong type (`pinnedPairs: true`) — as
 * its `invalid-option` issue, or `undefined`; the values' ranges are `match`'s own checks.
 *
 * @param cohort - the cohort argument as passed
 * @param options - the options argument as passed
 * @returns the issue, or `undefined` when the types are right
 * @internal
 */
export function checkMatchOptions(cohort: unknown, options: unknown): MatchError | undefined {
  return (
    cohortArgumentIssues(cohort, [], 'invalid-option')[0] ??
    checkArgument(matchOptionsSchema.optional(), options, ['options'], 'invalid-option')[0]
  );
}

/**
 * The first wrong argument of `recommend`: the cohort, the mentee id (a string), the options
 * (`limit` and `minScore` numbers).
 *
 * @internal
 */
export function checkRecommendArguments(
  cohort: unknown,
  menteeId: unknown,
  options: unknown,
): MatchError | undefined {
  return (
    cohortArgumentIssues(cohort, [], 'invalid-option')[0] ??
    checkArgument(id, menteeId, ['menteeId'], 'invalid-option')[0] ??
    checkArgument(
      z.object({ limit: z.number().optional(), minScore: z.number().optional() }).loose().optional(),
      options,
      ['options'],
      'invalid-option',
    )[0]
  );
}

/**
 * The first wrong argument of `whyNot`: the cohort, the matching (its `pairs` with string ids),
 * the two ids, the options (as `match`'s).
 *
 * @internal
 */
export function checkWhyNotArguments(
  cohort: unknown,
  matching: unknown,
  mentorId: unknown,
  menteeId: unknown,
  options: unknown,
): MatchError | undefined {
  return (
    cohortArgumentIssues(cohort, [], 'invalid-option')[0] ??
    checkArgument(
      z.object({ pairs: z.array(z.object({ mentorId: id, menteeId: id }).loose()) }).loose(),
      matching,
      ['matching'],
      'invalid-option',
    )[0] ??
    checkArgument(id, mentorId, ['mentorId'], 'invalid-option')[0] ??
    checkArgument(id, menteeId, ['menteeId'], 'invalid-option')[0] ??
    checkArgument(matchOptionsSchema.optional(), options, ['options'], 'invalid-option')[0]
  );
}
