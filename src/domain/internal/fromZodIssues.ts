import type * as z from 'zod';
import type { CohortIssue, CohortIssueCode, IssuePath } from '../cohortIssue';

const CODES: Partial<Record<string, CohortIssueCode>> = {
  invalid_type: 'invalid-type',
  too_small: 'out-of-range',
  too_big: 'out-of-range',
  unrecognized_keys: 'unknown-field',
  not_multiple_of: 'out-of-range',
};

/**
 * zod's issues as cohort issues, their paths put under `prefix`. An unknown-keys issue becomes one
 * issue per key, so that its path names the field.
 *
 * @internal
 */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: IssuePath): CohortIssue[] {
  return issues.flatMap((issue): CohortIssue[] => {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'unknown-field',
        message: `unknown field ${JSON.stringify(key)}`,
        path: [...path, key],
      }));
    }
    return [{ code: CODES[issue.code] ?? 'invalid-value', message: issue.message, path }];
  });
}
