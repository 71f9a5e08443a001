import { MINUTES_PER_DAY, MINUTES_PER_WEEK, WEEKDAYS, parseAvailabilityWindow } from './availability';
import type { Participant } from './participant';
import { utcOffsetMinutes } from './timeZone';

/**
 * A person's availability windows as minutes of the UTC week: a flat list `[start₀, end₀, start₁,
 * end₁, …]` of half-open stretches `[start, end)` with `0 ≤ start < end ≤ 10080` (Monday 00:00
 * UTC is 0), sorted, disjoint and not touching. A window is moved by the person's offset
 * (`local − offset`, minutes east of UTC) and wrapped at the week's end, so `mon 00:30-01:30` in
 * `UTC+01:00` is the stretches `[0, 30)` and `[10050, 10080)` (Sunday 23:30 to Monday 00:30 UTC).
 * Windows that are not valid are skipped (a validated cohort has none).
 *
 * Unchecked: what the library itself calls with values it made; the public `weeklyIntervals` of
 * `reverse-mentoring/domain` (`public/weeklyIntervals.ts`) checks its arguments first.
 *
 * @internal
 */
export function weeklyIntervals(windows: ReadonlyArray<string>, offsetMinutes: number): Int32Array {
  const pieces: Array<readonly [number, number]> = [];
  for (const text of windows) {
    const window = parseAvailabilityWindow(text);
    if (window._tag === 'Left') continue;
    const { day, start, end } = window.right;
    const from = mod(WEEKDAYS.indexOf(day) * MINUTES_PER_DAY + start - offsetMinutes, MINUTES_PER_WEEK);
    const to = from + (end - start);
    // A window is shorter than a day, so it wraps at most once.
    if (to <= MINUTES_PER_WEEK) pieces.push([from, to]);
    else pieces.push([from, MINUTES_PER_WEEK], [0, to - MINUTES_PER_WEEK]);
  }
  pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const flat: number[] = [];
  for (const [from, to] of pieces) {
    const last = flat.length - 1;
    if (last > 0 && from <= (flat[last] as number)) flat[last] = Math.max(flat[last] as number, to);
    else flat.push(from, to);
  }
  return Int32Array.from(flat);
}

/**
 * The minutes per week two people's availabilities share: a merge of two sorted lists of
 * stretches ({@link weeklyIntervals}) in O(a + b), without allocating.
 *
 * Unchecked: what the library itself calls with values it made; the public `sharedMinutes` of
 * `reverse-mentoring/domain` (`public/sharedMinutes.ts`) checks its arguments first.
 *
 * @internal
 */
export function sharedMinutes(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  // Invariant: every stretch before a[i] and b[j] has been counted against everything it meets.
  while (i < a.length && j < b.length) {
    const aEnd = a[i + 1] as number;
    const bEnd = b[j + 1] as number;
    const from = Math.max(a[i] as number, b[j] as number);
    const to = Math.min(aEnd, bEnd);
    if (to > from) total += to - from;
    if (aEnd <= bEnd) i += 2;
    else j += 2;
  }
  return total;
}

/**
 * How many minutes a week two people's availability windows share, each read in their own time
 * zone (UTC when a person gives none; IANA zones at their standard-time offset, see
 * {@link utcOffsetMinutes}).
 *
 * Unchecked: what the library itself calls with values it made; the public `weeklyOverlapMinutes` of
 * `reverse-mentoring/domain` (`public/weeklyOverlapMinutes.ts`) checks its arguments first.
 *
 * @internal
 */
export function weeklyOverlapMinutes(a: Participant, b: Participant): number | undefined {
  if (a.availability.length === 0 || b.availability.length === 0) return undefined;
  return sharedMinutes(intervalsOf(a), intervalsOf(b));
}

/**
 * A person's {@link weeklyIntervals} at their own offset (UTC when they give no time zone).
 *
 * Unchecked: what the library itself calls with values it made; the public `intervalsOf` of
 * `reverse-mentoring/domain` (`public/intervalsOf.ts`) checks its arguments first.
 *
 * @internal
 */
export function intervalsOf(person: Participant): Int32Array {
  const offset = person.timeZone === undefined ? 0 : (utcOffsetMinutes(person.timeZone) ?? 0);
  return weeklyIntervals(person.availability, offset);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
