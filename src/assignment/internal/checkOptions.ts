import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../../domain/Issue';
import type { AssignmentIssue } from '../AssignmentIssue';
import { invalidOption } from './errors';
import { readSafely } from './readSafely';

/** What an option must be, as a check: `undefined` when the value is fine, else what it must be. */
export type OptionCheck = (value: unknown) => string | undefined;

/** `maximize`: absent or a boolean. @internal */
export const booleanOption: OptionCheck = (value) =>
  value === undefined || typeof value === 'boolean' ? undefined : 'a boolean';

/**
 * Checks an options argument from an untyped caller: it must be absent or a plain object, every
 * key must be known, and every value must pass its check. Returns every issue at once, with paths
 * `['options']` and `['options', name]`, or `undefined` when the options are fine.
 *
 * @internal
 */
export function checkOptions(
  options: unknown,
  checks: Readonly<Record<string, OptionCheck>>,
): Issues<AssignmentIssue> | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [invalidOption('The options must be an object.', ['options'])];
  }
  const issues: AssignmentIssue[] = [];
  for (const [name, value] of Object.entries(options)) {
    const check = Object.hasOwn(checks, name) ? checks[name] : undefined;
    if (check === undefined) {
      const known = Object.keys(checks).join(', ');
      issues.push(
        invalidOption(`${name} is not an option here; the options are ${known}.`, ['options', name]),
      );
      continue;
    }
    const must = check(value);
    if (must !== undefined) {
      issues.push(invalidOption(`${name} must be ${must}, got ${typeof value}.`, ['options', name]));
    }
  }
  const [first, ...rest] = issues;
  return first === undefined ? undefined : [first, ...rest];
}

/**
 * The `{ maximize }` options of the matrix solvers, checked ({@link checkOptions}) and read once,
 * with a getter or `Proxy` that throws read as an `invalid-option` issue at `['options']`.
 *
 * @returns whether to maximise
 * @internal
 */
export function readMaximize(options: unknown): E.Either<Issues<AssignmentIssue>, boolean> {
  return readSafely('invalid-option', 'The options', ['options'], () => {
    const wrong = checkOptions(options, { maximize: booleanOption });
    return wrong === undefined
      ? E.right((options as { readonly maximize?: boolean } | undefined)?.maximize === true)
      : E.left(wrong);
  });
}
