import type * as z from 'zod';
import type { IssuePath } from '../../cohortIssue';
import type { JournalIssue, JournalIssueCode } from '../journalIssue';

const CODES: Partial<Record<string, JournalIssueCode>> = {
  invalid_type: 'invalid-type',
  too_small: 'out-of-range',
  too_big: 'out-of-range',
  not_multiple_of: 'out-of-range',
  unrecognized_keys: 'unknown-field',
};

/**
 * zod's issues as journal issues, their paths put under `prefix`: a date that is not a calendar
 * day becomes `invalid-date`, and an unknown-keys issue one issue per key, so its path names the field.
 *
 * @internal
 */
export function fromJournalZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>, prefix: IssuePath): JournalIssue[] {
  return issues.flatMap((issue): JournalIssue[] => {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ code: 'unknown-field', message: `unknown field ${JSON.stringify(key)}`, path: [...path, key] }));
    }
    if (issue.code === 'invalid_format' && issue.format === 'date') return [{ code: 'invalid-date', message: issue.message, path }];
    return [{ code: CODES[issue.code] ?? 'invalid-value', message: issue.message, path }];
  });
}
