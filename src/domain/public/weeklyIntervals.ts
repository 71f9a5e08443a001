import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { allArguments, readArgument } from '../readArgument';
import { weeklyIntervals as weeklyIntervalsUnchecked } from '../weeklyIntervals';
import { windowText } from './availabilityArguments';

/**
 * A person's windows as stretches of the UTC week: `[from, to)` minute pairs from Monday 00:00
 * UTC, sorted and merged, the local windows moved by `offsetMinutes` (a window past the end of
 * the week wraps to its start). A window that does not read as one, or an offset that is not a
 * finite number, is an `invalid-argument` issue (at `[i]` for the `i`-th window, at
 * `['offsetMinutes']`), never a window left out.
 *
 * @param windows - windows as written (`"mon 08:00-10:00"`)
 * @param offsetMinutes - the person's offset from UTC in minutes
 * @returns the stretches, as an `Int32Array` of pairs
 * @example
 * orThrow(weeklyIntervals(['mon 08:00-10:00', 'mon 09:00-11:00'], 60)); // Int32Array.from([420, 600])
 * weeklyIntervals(['mon 8-10'], 0).left?.[0].path; // [0]
 * @category Domain
 */
export function weeklyIntervals(
  windows: ReadonlyArray<string>,
  offsetMinutes: number,
): Either<Issues<ArgumentIssue>, Int32Array> {
  const checked = allArguments(
    readArgument<ReadonlyArray<string>>(z.array(windowText), windows, []),
    readArgument<number>(z.number(), offsetMinutes, ['offsetMinutes']),
  );
  return checked._tag === 'Left' ? checked : right(weeklyIntervalsUnchecked(...checked.right));
}
