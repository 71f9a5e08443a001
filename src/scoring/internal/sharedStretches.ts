import { MINUTES_PER_WEEK, WEEKDAYS } from '../../domain/index';

const MINUTES_PER_DAY = 24 * 60;

/*
 * The shared stretches of two people's weeks, for the reasons that explain them: the hot path
 * needs only their length (`sharedMinutes`), a reason names the first one in each one's local time.
 */

/**
 * The stretches two availabilities share, in the order of the UTC week; a stretch that runs over
 * the end of the UTC week into its start is one stretch here, written with an end past 10080
 * (and listed last).
 *
 * @param a - one person's {@link weeklyIntervals}
 * @param b - the other's
 * @returns the shared stretches `[start, end)`
 * @internal
 */
export function sharedStretches(a: Int32Array, b: Int32Array): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const aEnd = a[i + 1] as number;
    const bEnd = b[j + 1] as number;
    const from = Math.max(a[i] as number, b[j] as number);
    const to = Math.min(aEnd, bEnd);
    if (to > from) out.push([from, to]);
    if (aEnd <= bEnd) i += 2;
    else j += 2;
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (
    out.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    first[0] === 0 &&
    last[1] === MINUTES_PER_WEEK
  ) {
    out.shift();
    out[out.length - 1] = [last[0], MINUTES_PER_WEEK + first[1]];
  }
  return out;
}

/**
 * A stretch of the UTC week as a person reads it in their time zone: `tue 15:00-16:00`, or with
 * the second day when it runs past midnight (`sun 23:00-mon 01:00`).
 *
 * @param stretch - `[start, end)` in minutes of the UTC week (the end may pass 10080)
 * @param offsetMinutes - the person's offset east of UTC
 * @returns the stretch in the person's local week
 * @internal
 */
export function localStretch(stretch: readonly [number, number], offsetMinutes: number): string {
  const from = mod(stretch[0] + offsetMinutes, MINUTES_PER_WEEK);
  const to = from + (stretch[1] - stretch[0]);
  const day = (m: number): string => WEEKDAYS[Math.floor(m / MINUTES_PER_DAY) % 7] ?? 'mon';
  const startDay = Math.floor(from / MINUTES_PER_DAY);
  const endText =
    to <= (startDay + 1) * MINUTES_PER_DAY
      ? clock(to - startDay * MINUTES_PER_DAY)
      : `${day(to)} ${clock(to % MINUTES_PER_DAY)}`;
  return `${day(from)} ${clock(from % MINUTES_PER_DAY)}-${endText}`;
}

/** `HH:MM` of the minutes from midnight (1440 is `24:00`). */
function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
