import * as z from 'zod';
import { checkArgument, cohortArgumentIssues } from '../../domain/checkArgument';
import type { MatchError } from '../MatchError';
import type { Cohort } from '../../domain/index';
import type { MatchOptions } from '../MatchOptions';
import { OBJECTIVES, type Objective } from '../Matching';

const id = z.string();
const pairs = z.array(z.tuple([id, id]));

/** What `match` (and `whyNot`, which takes the same options) reads from its options. @internal */
export const matchOptionsSchema = z
  .object({
    objective: z.string().optional(),
    minScore: z.number().optional(),
    pinnedPairs: pairs.optional(),
    signal: z.object({}).loose().optional(),
    onProgress: z.custom<(progress: unknown) => void>((f) => typeof f === 'function').optional(),
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
export function checkMatchArguments(cohort: unknown, options: unknown): MatchError | undefined {
  return (
    cohortArgumentIssues(cohort, [])[0] ??
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
    cohortArgumentIssues(cohort, [])[0] ??
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
    cohortArgumentIssues(cohort, [])[0] ??
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

/** The options of {@link match} once checked, with their defaults. @internal */
export interface CheckedMatchOptions {
  readonly objective: Objective;
  readonly minScore: number;
}

/**
 * Checks the options `match` reads (the one place, so every entry point answers alike): the
 * objective, `minScore` in [0, 1], `onProgress` a function and `signal` an object when given.
 *
 * @internal
 */
export function checkMatchOptions(cohort: Cohort, options: MatchOptions): MatchError | CheckedMatchOptions {
  const objective = options.objective ?? 'max-total';
  if (!OBJECTIVES.includes(objective)) {
    return {
      code: 'invalid-option',
      message: `the objective must be one of ${OBJECTIVES.join(', ')}`,
      path: ['options', 'objective'],
    };
  }
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (!(minScore >= 0 && minScore <= 1)) {
    return {
      code: 'invalid-option',
      message: 'the minimum score must be a number in [0, 1]',
      path: ['options', 'minScore'],
    };
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    return {
      code: 'invalid-option',
      message: 'onProgress must be a function',
      path: ['options', 'onProgress'],
    };
  }
  const signal: unknown = options.signal;
  if (signal !== undefined && (typeof signal !== 'object' || signal === null)) {
    return {
      code: 'invalid-option',
      message: 'signal must be an object with an aborted flag, such as an AbortSignal',
      path: ['options', 'signal'],
    };
  }
  return { objective, minScore };
}
