import { type Participant, utcOffsetMinutes } from '../../domain/index';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { distinctValues } from '../internal/distinctValues';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { plural } from '../internal/wordsEn';
import { HOUR, countPl } from '../internal/wordsPl';

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
  readsOtherWeights: true,
  prepare: ({ cohort, mentors, mentees }) => {
    const takenOver = cohort.programme.weights.availability > 0;
    // The mentors' distinct offsets, and each mentor's by number (−1: no time zone), so that a
    // row computes the overlap once per distinct offset.
    const { distinct, numberOf: zone } = distinctValues(mentors.offset);
    const lists = new Uint8Array(mentors.count);
    for (let m = 0; m < mentors.count; m++)
      lists[m] = (mentors.availability[m] as Int32Array).length > 0 ? 1 : 0;
    const value = new Float64Array(distinct.length);
    return (e, from, to, weight, num, den, blocked) => {
      const oe = mentees.offset[e] as number;
      // NaN marks "no time zone": `x === x` is false only for NaN.
      if (oe !== oe) return;
      for (let k = 0; k < distinct.length; k++)
        value[k] = overlapMinutes(distinct[k] as number, oe) / WORKDAY_MINUTES;
      const listed = takenOver && (mentees.availability[e] as Int32Array).length > 0;
      for (let m = from; m < to; m++) {
        const k = zone[m] as number;
        if (k < 0 || blocked[m] === 1) continue;
        if (listed && lists[m] === 1) continue;
        num[m] = (num[m] as number) + weight * (value[k] as number);
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

/** The `time-zone` reason in English and Polish. @internal */
export const timeZoneMessages: ReasonMessages<'time-zone'> = {
  en: (reason, name, _audience) => {
    if (reason.mentorTimeZone === reason.menteeTimeZone)
      return `the same time zone (${reason.mentorTimeZone})`;
    return reason.overlapHours > 0
      ? `${name.number(reason.overlapHours)} ${plural(reason.overlapHours, 'hour', 'hours')} of shared working time (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`
      : `no shared working hours (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`;
  },
  pl: (reason, name, _audience) => {
    if (reason.mentorTimeZone === reason.menteeTimeZone)
      return `ta sama strefa czasowa (${reason.mentorTimeZone})`;
    return reason.overlapHours > 0
      ? `${countPl(name, reason.overlapHours, HOUR)} wspólnego czasu pracy (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`
      : `brak wspólnych godzin pracy (${reason.mentorTimeZone}, ${reason.menteeTimeZone})`;
  },
};
