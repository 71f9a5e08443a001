import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { allArguments, readArgument } from '../readArgument';
import type { Participant } from '../participant';
import { weeklyOverlapMinutes as weeklyOverlapMinutesUnchecked } from '../weeklyIntervals';
import { availableSchema } from './availabilityArguments';

/**
 * How many minutes a week two people's availability windows share, each person's windows read in
 * their own time zone; `undefined` when either lists no windows (nothing is known). A person
 * whose windows or time zone are wrong is an `invalid-argument` issue (at the root for `a`, at
 * `['b', …]`).
 *
 * @param a - one person (a participant, or anything with `availability` and `timeZone`)
 * @param b - the other
 * @returns the shared minutes, or `undefined`
 * @example
 * const ola = { availability: ['mon 08:00-10:00'], timeZone: 'UTC' } as Participant;
 * const jan = { availability: ['mon 09:00-12:00'], timeZone: 'UTC' } as Participant;
 * weeklyOverlapMinutes(ola, jan); // { _tag: 'Right', right: 60 }
 * weeklyOverlapMinutes(ola, { availability: [] } as unknown as Participant); // { _tag: 'Right', right: undefined }
 * @category Domain
 */
export function weeklyOverlapMinutes(
  a: Participant,
  b: Participant,
): Either<Issues<ArgumentIssue>, number | undefined> {
  const checked = allArguments(
    readArgument<Participant>(availableSchema, a, []),
    readArgument<Participant>(availableSchema, b, ['b']),
  );
  return checked._tag === 'Left' ? checked : right(weeklyOverlapMinutesUnchecked(...checked.right));
}
