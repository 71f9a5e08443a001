import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { allArguments } from '../readArgument';
import { MINUTES_PER_WEEK } from '../availability';
import type { IssuePath } from '../Issue';
import { quoteValue } from '../readUntrusted';
import { sharedMinutes as sharedMinutesUnchecked } from '../weeklyIntervals';
import { isIntervals } from './availabilityArguments';

/**
 * How many minutes two sets of stretches of the week share (see {@link weeklyIntervals}). An
 * argument that is not such an `Int32Array` (pairs `[from, to)`, each non-empty, ascending and
 * apart, within the week) is an `invalid-argument` issue (at the root for `a`, at `['b']`).
 *
 * @param a - one person's stretches
 * @param b - the other's
 * @returns the shared minutes
 * @example
 * sharedMinutes(Int32Array.from([0, 60]), Int32Array.from([30, 90])); // { _tag: 'Right', right: 30 }
 * sharedMinutes(Int32Array.from([60, 0]), Int32Array.from([]))._tag; // 'Left'
 * @category Domain
 */
export function sharedMinutes(a: Int32Array, b: Int32Array): Either<Issues<ArgumentIssue>, number> {
  const checked = allArguments(readIntervals(a, []), readIntervals(b, ['b']));
  return checked._tag === 'Left' ? checked : right(sharedMinutesUnchecked(...checked.right));
}

function readIntervals(value: unknown, path: IssuePath): Either<Issues<ArgumentIssue>, Int32Array> {
  if (isIntervals(value, MINUTES_PER_WEEK)) return right(value);
  return left([
    {
      code: 'invalid-argument',
      message: `expected an Int32Array of [from, to) minute pairs of the week, ascending and apart (as weeklyIntervals makes), got ${quoteValue(value)}`,
      path,
    },
  ]);
}
