import { right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import {
  type AvailabilityWindow,
  MINUTES_PER_DAY,
  WEEKDAYS,
  formatAvailabilityWindow as formatWindow,
} from '../availability';

const minute = z.number().int().min(0).max(MINUTES_PER_DAY);
const windowSchema = z
  .object({ day: z.enum(WEEKDAYS), start: minute, end: minute })
  .refine((w) => w.start < w.end, { message: 'a window ends after it starts', path: ['end'] });

/**
 * A window in the one canonical form the validated cohort holds: `mon 08:00-10:00`. A window
 * that is not a weekday with whole minutes `0 ≤ start < end ≤ 1440` is an `invalid-argument` issue.
 *
 * @param window - a parsed window ({@link parseAvailabilityWindow})
 * @returns `day hh:mm-hh:mm`
 * @example
 * formatAvailabilityWindow({ day: 'mon', start: 480, end: 630 }); // { _tag: 'Right', right: 'mon 08:00-10:30' }
 * formatAvailabilityWindow({ day: 'mon', start: 630, end: 480 })._tag; // 'Left'
 * @category Domain
 */
export function formatAvailabilityWindow(window: AvailabilityWindow): Either<Issues<ArgumentIssue>, string> {
  const read = readArgument<AvailabilityWindow>(windowSchema, window, []);
  return read._tag === 'Left' ? read : right(formatWindow(read.right));
}
