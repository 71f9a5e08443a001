import * as z from 'zod';
import { parseAvailabilityWindow } from '../availability';
import { utcOffsetMinutes } from '../timeZone';

/** A window as written, that must read as one (else the parser's message). @internal */
export const windowText = z.string().superRefine((text, context) => {
  const window = parseAvailabilityWindow(text);
  if (window._tag === 'Left') context.addIssue({ code: 'custom', message: window.left });
});

/**
 * What the availability helpers read of a person: their windows, each a window, and a time
 * zone the library knows (a zone it does not know would silently read as UTC).
 *
 * @internal
 */
export const availableSchema = z.object({
  availability: z.array(windowText),
  timeZone: z
    .string()
    .refine((zone) => utcOffsetMinutes(zone) !== undefined, {
      message: 'an unknown time zone: use an IANA name (Europe/Warsaw) or UTC±hh:mm',
    })
    .optional(),
});

/**
 * The stretches of a week `weeklyIntervals` makes: an `Int32Array` of `[from, to)` minute pairs,
 * each non-empty, ascending and apart, within the week.
 *
 * @internal
 */
export function isIntervals(value: unknown, minutesPerWeek: number): value is Int32Array {
  try {
    return stretchesOf(value, minutesPerWeek);
  } catch {
    // A proxy whose traps throw is not an Int32Array.
    return false;
  }
}

function stretchesOf(value: unknown, minutesPerWeek: number): value is Int32Array {
  if (Object.prototype.toString.call(value) !== '[object Int32Array]') return false;
  const a = value as Int32Array;
  if (a.length % 2 !== 0) return false;
  for (let i = 0; i < a.length; i += 2) {
    const from = a[i] as number;
    const to = a[i + 1] as number;
    if (from < 0 || to > minutesPerWeek || from >= to) return false;
    if (i > 0 && from <= (a[i - 1] as number)) return false;
  }
  return true;
}
