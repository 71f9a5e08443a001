import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { allArguments, readArgument } from '../readArgument';
import { type IsoDate, daysBetween as daysBetweenUnchecked, isoDateSchema } from '../journal/isoDate';

/**
 * The number of days from one ISO date to another (negative when `to` is earlier), in the
 * proleptic Gregorian calendar. A date that is not a real calendar day `YYYY-MM-DD` is an
 * `invalid-argument` issue (at the root for `from`, at `['to']`), never `NaN`.
 *
 * @param from - the first day
 * @param to - the second day
 * @returns the days between them
 * @example
 * daysBetween('2027-02-27', '2027-03-01'); // { _tag: 'Right', right: 2 }
 * daysBetween('2027-02-30', '2027-03-01')._tag; // 'Left'
 * @category Domain
 */
export function daysBetween(
  from: IsoDate | string,
  to: IsoDate | string,
): Either<Issues<ArgumentIssue>, number> {
  const checked = allArguments(
    readArgument<string>(isoDateSchema, from, []),
    readArgument<string>(isoDateSchema, to, ['to']),
  );
  return checked._tag === 'Left' ? checked : right(daysBetweenUnchecked(...checked.right));
}
