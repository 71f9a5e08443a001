import { type Participant, utcOffsetMinutes } from '../../domain/index';
import type { CriterionDefinition } from '../internal/CriterionDefinition';

/** Working hours are 9:00–17:00 local time: 8 hours, 480 minutes. @internal */
export const WORKDAY_MINUTES = 8 * 60;
const DAY_MINUTES = 24 * 60;

/**
 * Minutes of shared working time (9–17 local) between two UTC offsets: the windows are the same
 * length, so the overlap is the workday minus the offset difference, taken round the clock (an
 * offset of +13 h and one of −11 h are 24 h apart, the same working hours).
 *
 * @internal
 */
export function overlapMinutes(offsetA: number, offsetB: number): number {
  let d = Math.abs(offsetA - offsetB) % DAY_MINUTES;
  if (d > DAY_MINUTES - d) d = DAY_MINUTES - d;
  return d >= WORKDAY_MINUTES ? 0 : WORKDAY_MINUTES - d;
}

/**
 * Time-zone overlap: the share of the working day (9–17 local) the two have in common. Reads both
 * time zones; absent when either is not given. Speaks with `time-zone` (the shared hours) whenever
 * it has a value. Where both people list availability and the `availability` criterion is on
 * (weight above 0), that criterion knows when they can meet and this one is absent (no value, no
 * reason): the same question is not counted twice.
 *
 * @internal
 */
export const timeZone: CriterionDefinition = {
  prepare: ({ cohort, mentors, mentees }) => {
    const offset = mentors.offset;
    const takenOver = cohort.programme.weights.availability > 0;
    return (e, from, to, weight, num, den, blocked) => {
      const oe = mentees.offset[e] as number;
      // NaN marks "no time zone": `x === x` is false only for NaN.
      if (oe !== oe) return;
      const listed = takenOver && (mentees.availability[e] as Int32Array).length > 0;
      for (let m = from; m < to; m++) {
        const om = offset[m] as number;
        if (om !== om || blocked[m] === 1) continue;
        if (listed && (mentors.availability[m] as Int32Array).length > 0) continue;
        num[m] = (num[m] as number) + weight * (overlapMinutes(om, oe) / WORKDAY_MINUTES);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.timeZone <= 0) return [];
    if (mentor.timeZone === undefined || mentee.timeZone === undefined) return [];
    if (takesOver(cohort.programme.weights.availability, mentor, mentee)) return [];
    const a = utcOffsetMinutes(mentor.timeZone);
    const b = utcOffsetMinutes(mentee.timeZone);
    if (a === undefined || b === undefined) return [];
    return [
      {
        kind: 'time-zone',
        mentorId: mentor.id,
        menteeId: mentee.id,
        overlapHours: Math.round((overlapMinutes(a, b) / 60) * 100) / 100,
        mentorTimeZone: mentor.timeZone,
        menteeTimeZone: mentee.timeZone,
      },
    ];
  },
};

/** Whether the availability criterion speaks for the pair instead of the time zone. */
function takesOver(availabilityWeight: number, a: Participant, b: Participant): boolean {
  return availabilityWeight > 0 && a.availability.length > 0 && b.availability.length > 0;
}
