import * as z from 'zod';
import { checkArgument, cohortArgumentIssues } from '../../domain/checkArgument';
import type { MatchError } from '../../matching/index';

const id = z.string();
const pairs = z.array(z.tuple([id, id]));
const baselineFields = {
  minScore: z.number().optional(),
  pinnedPairs: pairs.optional(),
  seed: z.number().optional(),
};

/**
 * The first wrong argument of a baseline (`greedyMatch`, `randomMatch`, `stableMatch`) from plain
 * JavaScript — a cohort `parseCohort` did not make, an option of the wrong type — as its
 * `invalid-option` issue, or `undefined`; ranges stay the baseline's own checks.
 *
 * @internal
 */
export function checkBaselineOptions(cohort: unknown, options: unknown): MatchError | undefined {
  return (
    cohortArgumentIssues(cohort, [])[0] ??
    checkArgument(z.object(baselineFields).loose().optional(), options, ['options'], 'invalid-option')[0]
  );
}

/**
 * The first wrong argument of `compareStrategies`: as a baseline's, with `strategies` a list of
 * names (not one name: `strategies: 'max-total'`) and `solver` a name.
 *
 * @internal
 */
export function checkCompareOptions(cohort: unknown, options: unknown): MatchError | undefined {
  const schema = z
    .object({ ...baselineFields, strategies: z.array(z.string()).optional(), solver: z.string().optional() })
    .loose()
    .optional();
  return (
    cohortArgumentIssues(cohort, [])[0] ?? checkArgument(schema, options, ['options'], 'invalid-option')[0]
  );
}

/**
 * The first wrong argument of `assess`: the cohort, the matching (its `pairs` with string ids:
 * `{}` has none), the options (as a baseline's).
 *
 * @internal
 */
export function checkAssessArguments(
  cohort: unknown,
  matching: unknown,
  options: unknown,
): MatchError | undefined {
  const pairsLike = z.object({ pairs: z.array(z.object({ mentorId: id, menteeId: id }).loose()) }).loose();
  return (
    cohortArgumentIssues(cohort, [])[0] ??
    checkArgument(pairsLike, matching, ['matching'], 'invalid-option')[0] ??
    checkArgument(z.object(baselineFields).loose().optional(), options, ['options'], 'invalid-option')[0]
  );
}
