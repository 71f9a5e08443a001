import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import { utcOffsetMinutes as utcOffsetMinutesUnchecked } from '../timeZone';

/**
 * A time zone's offset from UTC in minutes, read at one fixed instant (mid-January), so that it
 * never depends on the day: `Europe/Warsaw` 60, `UTC-05:30` -330. A name it does not know is
 * `Right(undefined)` — that is an answer — but anything but a string is an `invalid-argument` issue.
 *
 * @param timeZone - an IANA name or `UTC±hh:mm`
 * @returns the offset in minutes, or `undefined` for a zone it does not know
 * @example
 * utcOffsetMinutes('Europe/Warsaw'); // { _tag: 'Right', right: 60 }
 * utcOffsetMinutes('Mars/Olympus'); // { _tag: 'Right', right: undefined }
 * utcOffsetMinutes(60 as unknown as string)._tag; // 'Left'
 * @category Domain
 */
export function utcOffsetMinutes(timeZone: string): Either<Issues<ArgumentIssue>, number | undefined> {
  const read = readArgument<string>(z.string(), timeZone, []);
  return read._tag === 'Left' ? read : right(utcOffsetMinutesUnchecked(read.right));
}
