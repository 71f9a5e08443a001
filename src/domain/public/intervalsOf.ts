import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import type { Participant } from '../participant';
import { intervalsOf as intervalsOfUnchecked } from '../weeklyIntervals';
import { availableSchema } from './availabilityArguments';

/**
 * A person's weekly availability as stretches of the UTC week (see {@link weeklyIntervals}),
 * their windows read in their own time zone. A person without a list of windows, a window that
 * does not read as one, or a time zone the library does not know is an `invalid-argument` issue.
 *
 * @param person - a participant (or anything with `availability` and `timeZone`)
 * @returns `[from, to)` minute pairs of the UTC week, sorted and merged
 * @example
 * const ola = { availability: ['mon 08:00-10:00'], timeZone: 'UTC+01:00' };
 * orThrow(intervalsOf(ola as Participant)); // Int32Array.from([420, 540])
 * intervalsOf({ availability: ['someday'] } as Participant).left?.[0].path; // ['availability', 0]
 * @category Domain
 */
export function intervalsOf(person: Participant): Either<Issues<ArgumentIssue>, Int32Array> {
  const read = readArgument<Participant>(availableSchema, person, []);
  return read._tag === 'Left' ? read : right(intervalsOfUnchecked(read.right));
}
