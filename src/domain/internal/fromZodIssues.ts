import type * as z from 'zod';
import type { IssuePath } from '../Issue';

/** The codes every input format shares for a shape issue. @internal */
export type ShapeIssueCode =
  'invalid-type' | 'invalid-value' | 'out-of-range' | 'unknown-field' | 'duplicate-key';

const CODES: Partial<Record<string, ShapeIssueCode>> = {
  invalid_type: 'invalid-type',
  too_small: 'out-of-range',
  too_big: 'out-of-range',
  unrecognized_keys: 'unknown-field',
  not_multiple_of: 'out-of-range',
};

/**
 * zod's issues as this library's issues, their paths put under `prefix`. An unknown-keys issue
 * becomes one issue per key, so that its path names the field; `special` may give an issue a
 * format's own code (the journal's `invalid-date`).
 *
 * @internal
 */
export function fromZodIssues<C extends string = never>(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: IssuePath,
  special: (issue: z.core.$ZodIssue) => C | undefined = () => undefined,
): Array<{ readonly code: ShapeIssueCode | C; readonly message: string; readonly path: IssuePath }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        code: 'unknown-field' as const,
        message: `unknown field ${JSON.stringify(key)}`,
        path: [...path, key],
      }));
    }
    const own =
      issue.code === 'custom' && issue.params?.code === 'duplicate-key' ? 'duplicate-key' : undefined;
    return [
      { code: special(issue) ?? own ?? CODES[issue.code] ?? 'invalid-value', message: issue.message, path },
    ];
  });
}
