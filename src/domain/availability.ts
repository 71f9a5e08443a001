import { left, right, type Either } from 'fp-ts/lib/Either.js';
import * as z from 'zod';

/** The days of the week, Monday first (ISO 8601), as availability windows write them. @category Domain */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. @category Domain */
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes in a day and in a week: a week's minutes are numbered 0…10079 from Monday 00:00. @category Domain */
export const MINUTES_PER_DAY = 24 * 60;
/** @category Domain */
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * One weekly availability window as data: a day and the minutes from that day's midnight, in the
 * person's own time zone; `start < end ≤ 1440` (an end of `24:00` is midnight at the day's end).
 *
 * @category Domain
 */
export interface AvailabilityWindow {
  readonly day: Weekday;
  readonly start: number;
  readonly end: number;
}

// The names a form or a spreadsheet writes for a day, after lower case and without diacritics:
// English (mon, monday, mo, tues, thurs) and Polish (pon, poniedziałek, śr, środa, pt, nd).
const DAY_NAMES: ReadonlyArray<readonly [Weekday, ReadonlyArray<string>]> = [
  ['mon', ['mon', 'monday', 'mo', 'pon', 'pn', 'poniedzialek']],
  ['tue', ['tue', 'tuesday', 'tu', 'tues', 'wt', 'wto', 'wtorek']],
  ['wed', ['wed', 'wednesday', 'we', 'sr', 'sro', 'sroda']],
  ['thu', ['thu', 'thursday', 'th', 'thur', 'thurs', 'czw', 'cz', 'czwartek']],
  ['fri', ['fri', 'friday', 'fr', 'pt', 'pia', 'piatek']],
  ['sat', ['sat', 'saturday', 'sa', 'sob', 'so', 'sobota']],
  ['sun', ['sun', 'sunday', 'su', 'nd', 'ndz', 'niedz', 'niedziela']],
];
const DAY_OF_NAME: ReadonlyMap<string, Weekday> = new Map(
  DAY_NAMES.flatMap(([day, names]) => names.map((n): [string, Weekday] => [n, day])),
);

const WINDOW = /^(\p{L}+)\.?\s+(\d{1,2})[:.](\d{2})\s*[-–—]\s*(\d{1,2})[:.](\d{2})$/u;

/**
 * The shape of a window, for the JSON Schema: a day name and two times (the meaning is checked by
 * `parseCohort`). Letters are listed rather than `\p{L}`, which not every validator's regex knows.
 */
const WINDOW_PATTERN =
  '^\\s*[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+\\.?\\s+\\d{1,2}[:.]\\d{2}\\s*[-–—]\\s*\\d{1,2}[:.]\\d{2}\\s*$';

const EXAMPLE = 'write a window as a day and two times, such as "mon 08:00-10:00"';

/**
 * Reads one weekly availability window, forgiving about shape and strict about meaning: a day
 * (`mon`…`sun`, the full English name, or Polish `pon`…`nd`, in any case, a trailing dot allowed)
 * and two 24-hour times `H:MM` or `HH:MM` (also `8.00`) joined by a hyphen or a dash. The end is
 * after the start; `24:00` is allowed as an end only. A window never crosses midnight: write
 * `sun 22:00-02:00` as two windows, `sun 22:00-24:00` and `mon 00:00-02:00` — they are joined
 * into one stretch when overlaps are counted.
 *
 * Unchecked: what the library itself calls with values it made; the public `parseAvailabilityWindow` of
 * `reverse-mentoring/domain` (`public/parseAvailabilityWindow.ts`) checks its arguments first.
 *
 * @internal
 */
export function parseAvailabilityWindow(text: string): Either<string, AvailabilityWindow> {
  const match = WINDOW.exec(text.trim().normalize('NFC'));
  if (match === null) return left(`"${short(text.trim())}" is not a window: ${EXAMPLE}`);
  const [, name = '', h1 = '', m1 = '', h2 = '', m2 = ''] = match;
  const day = DAY_OF_NAME.get(name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l'));
  if (day === undefined) return left(`"${name}" is not a day: write mon, tue, wed, thu, fri, sat or sun`);
  const start = minutesOf(Number(h1), Number(m1));
  const end = minutesOf(Number(h2), Number(m2));
  if (start === undefined || start === MINUTES_PER_DAY)
    return left(`"${h1}:${m1}" is not a start time: write 00:00 to 23:59`);
  if (end === undefined) return left(`"${h2}:${m2}" is not an end time: write 00:01 to 24:00`);
  if (end <= start) {
    const crossing =
      end < start
        ? `; a window does not cross midnight — write two: "${day} ${clock(start)}-24:00" and "${WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]} 00:00-${clock(end)}"`
        : '';
    return left(`the window "${short(text.trim())}" ends at or before its start${crossing}`);
  }
  return right({ day, start, end });
}

function minutesOf(hours: number, minutes: number): number | undefined {
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** `HH:MM` of the minutes from midnight (1440 is `24:00`). */
function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * A window in the one canonical form the validated cohort holds: `mon 08:00-10:00`.
 *
 * Unchecked: what the library itself calls with values it made; the public `formatAvailabilityWindow` of
 * `reverse-mentoring/domain` (`public/formatAvailabilityWindow.ts`) checks its arguments first.
 *
 * @internal
 */
export function formatAvailabilityWindow(window: AvailabilityWindow): string {
  return `${window.day} ${clock(window.start)}-${clock(window.end)}`;
}

/**
 * One weekly availability window, `"mon 08:00-10:00"` in the person's own time zone (see
 * {@link parseAvailabilityWindow} for what is accepted), validated into its canonical form. A
 * window that is wrong is an issue with the code `invalid-availability` at its place in the list.
 *
 * @category Domain
 */
export const availabilityWindowSchema = z
  .string()
  .transform((text, ctx) => {
    const window = parseAvailabilityWindow(text);
    if (window._tag === 'Right') return window.right;
    ctx.addIssue({ code: 'custom', message: window.left, params: { code: 'invalid-availability' } });
    return z.NEVER;
  })
  .meta({
    pattern: WINDOW_PATTERN,
    description:
      'a weekly window in the person\'s own time zone: a day (mon…sun) and two 24-hour times, such as "mon 08:00-10:00"; the end is after the start (24:00 allowed), a window does not cross midnight',
  });

/**
 * A person's weekly availability: windows in their own time zone. The validated list is in week
 * order (Monday first, then by start), each window in its canonical form, with duplicates
 * dropped and the windows of one day that overlap or touch merged into one (`mon 08:00-10:00`
 * and `mon 09:00-11:00` are `mon 08:00-11:00`): so nothing depends on the order they were written in.
 *
 * @category Domain
 */
export const availabilitySchema = z
  .array(availabilityWindowSchema)
  .transform((windows): string[] => mergedWindows(windows).map(formatAvailabilityWindow));

function mergedWindows(windows: ReadonlyArray<AvailabilityWindow>): AvailabilityWindow[] {
  const sorted = [...windows].sort(
    (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start - b.start || a.end - b.end,
  );
  const merged: AvailabilityWindow[] = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.day === window.day && window.start <= last.end)
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, window.end) };
    else merged.push(window);
  }
  return merged;
}

/** A text as a message quotes it: at most 80 characters, cut with `…`. */
function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
