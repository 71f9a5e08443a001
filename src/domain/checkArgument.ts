import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { isCohort, notACohort } from './isCohort';
import type * as z from 'zod';
import type { Issue, IssuePath } from './Issue';
import { readUntrusted } from './readUntrusted';

/**
 * The issues of one argument of a public function, checked against a zod schema after a safe read
 * ({@link readUntrusted}): a wrong type from plain JavaScript (`{ pinnedPairs: true }`), a throwing
 * getter or a `Proxy` becomes issues with the layer's `code`, their paths under `path`
 * (`['options', 'pinnedPairs']`), never an exception. The schema says only what the function
 * relies on; unknown keys are left to it.
 *
 * @param schema - what the argument must look like
 * @param value - the argument as passed
 * @param path - its name: `['options']`, or `[]` for the first argument
 * @param code - the layer's code for a wrong argument (`invalid-option`)
 * @returns the issues, none when the argument is fine
 * @internal
 */
export function checkArgument<C extends string>(
  schema: z.ZodType,
  value: unknown,
  path: IssuePath,
  code: C,
): ReadonlyArray<Issue<C>> {
  const read = readUntrusted(value, path);
  if (read._tag === 'Left') return [{ ...read.left, code }];
  const parsed = schema.safeParse(read.right);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    code,
    message: issue.message,
    path: [...path, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))],
  }));
}

/**
 * The issue of a `cohort` argument that is not what `parseCohort` returns (`null`, a raw
 * cohort input, a `Proxy` that throws): a shallow check of the parts every function reads first
 * (the lists, the look-up maps, the programme's rules and weights), so that a wrong argument from
 * plain JavaScript is a `Left`, not a `TypeError` deep inside.
 *
 * @param value - the argument as passed
 * @param path - where it is (`[]` for the first argument)
 * @returns the issue, or none
 * @internal
 */
export function cohortArgumentIssues(value: unknown, path: IssuePath): ReadonlyArray<Issue<'not-a-cohort'>> {
  try {
    return isCohort(value) ? [] : [notACohort(path)];
  } catch {
    // A getter that throws, a revoked proxy: not a parsed cohort either.
    return [notACohort(path)];
  }
}

/**
 * The options argument of a public function as a shallow copy of its own properties, read once:
 * what the function reads afterwards comes from the copy, so a getter or a `Proxy` that throws
 * on a later read cannot throw inside the function. Values are kept as they are (a `signal`
 * stays the caller's live object). Anything but an object is passed on as it is (for the
 * function's own type check); an object that cannot be read is the issue.
 *
 * @param value - the options as passed
 * @param path - their name (`['options']`)
 * @param code - the layer's code for a wrong argument
 * @returns the copy, or the issue
 * @internal
 */
export function copyOptions<C extends string, T>(value: T, path: IssuePath, code: C): Either<Issue<C>, T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return right(value);
  try {
    return right({ ...value });
  } catch {
    return left({ code, message: 'these options cannot be read (a getter or a proxy threw)', path });
  }
}
