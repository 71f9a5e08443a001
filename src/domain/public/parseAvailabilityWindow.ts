import { left, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import { type AvailabilityWindow, parseAvailabilityWindow as parseWindow } from '../availability';

/**
 * Reads one weekly availability window, `"mon 08:00-10:00"` — the day in English or Polish
 * (`monday`, `pon`, `śr`), times with `:` or `.`, a hyphen or a dash between them; a window ends
 * the same day (`24:00` is midnight). What is not a window is an `invalid-argument` issue whose
 * message says what is wrong.
 *
 * @param text - the window as written
 * @returns the window, in minutes from midnight
 * @example
 * parseAvailabilityWindow('Monday 8:00–10:30'); // { _tag: 'Right', right: { day: 'mon', start: 480, end: 630 } }
 * parseAvailabilityWindow('sun 22:00-02:00').left?.[0].code; // 'invalid-argument'
 * @category Domain
 */
export function parseAvailabilityWindow(text: string): Either<Issues<ArgumentIssue>, AvailabilityWindow> {
  const read = readArgument<string>(z.string(), text, []);
  if (read._tag === 'Left') return read;
  const window = parseWindow(read.right);
  return window._tag === 'Right'
    ? window
    : left([{ code: 'invalid-argument', message: window.left, path: [] }]);
}
