import { intervalsOf, sharedMinutes, utcOffsetMinutes } from '../../domain/index';
import type { Participant } from '../../domain/index';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { localStretch, sharedStretches } from '../internal/sharedStretches';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { minutesEn } from '../internal/wordsEn';
import { minutesPl } from '../internal/wordsPl';

/**
 * Two hours a week of shared availability give the criterion its full value: room for an
 * hour-long session, the usual length of a reverse-mentoring meeting, and for moving it once
 * when a diary fills up. Below that, the value falls linearly to 0 for no shared minute.
 *
 * @internal
 */
export const FULL_OVERLAP_MINUTES = 120;

/**
 * Shared availability: `min(1, overlap / 120)`, where `overlap` is the minutes per week the two
 * people's availability windows share, each read in their own time zone. Reads both availability
 * lists and time zones; absent when either lists no availability. Speaks with
 * `shared-availability` (the minutes, and the first shared stretch in each one's local time).
 *
 * @internal
 */
export const availability: CriterionDefinition = {
  prepare: ({ mentors, mentees }) => {
    const theirs = mentors.availability;
    const mine = mentees.availability;
    return (e, from, to, weight, num, den, blocked) => {
      const own = mine[e] as Int32Array;
      if (own.length === 0) return;
      for (let m = from; m < to; m++) {
        const other = theirs[m] as Int32Array;
        if (other.length === 0 || blocked[m] === 1) continue;
        const shared = sharedMinutes(other, own);
        num[m] =
          (num[m] as number) + weight * (shared >= FULL_OVERLAP_MINUTES ? 1 : shared / FULL_OVERLAP_MINUTES);
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.availability <= 0) return [];
    if (mentor.availability.length === 0 || mentee.availability.length === 0) return [];
    const a = intervalsOf(mentor);
    const b = intervalsOf(mentee);
    const [first] = sharedStretches(a, b);
    return [
      {
        kind: 'shared-availability',
        mentorId: mentor.id,
        menteeId: mentee.id,
        overlapMinutes: sharedMinutes(a, b),
        ...(first === undefined
          ? {}
          : {
              mentorWindow: localStretch(first, offsetOf(mentor)),
              menteeWindow: localStretch(first, offsetOf(mentee)),
            }),
      },
    ];
  },
};

function offsetOf(person: Participant): number {
  return person.timeZone === undefined ? 0 : (utcOffsetMinutes(person.timeZone) ?? 0);
}

/** The `shared-availability` reason in English and Polish. @internal */
export const sharedAvailabilityMessages: ReasonMessages<'shared-availability'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return reason.overlapMinutes > 0
      ? `${minutesEn(reason.overlapMinutes, name)} a week of shared availability${reason.mentorWindow === undefined ? '' : `, first ${reason.mentorWindow} for ${mentor}${reason.menteeWindow === reason.mentorWindow ? '' : ` (${reason.menteeWindow ?? ''} for ${mentee})`}`}`
      : `no shared availability in the week`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return reason.overlapMinutes > 0
      ? `wspólna dostępność: ${minutesPl(name, reason.overlapMinutes)} tygodniowo${reason.mentorWindow === undefined ? '' : `, pierwszy wspólny termin: ${reason.mentorWindow} (${mentor})${reason.menteeWindow === reason.mentorWindow ? '' : `, ${reason.menteeWindow ?? ''} (${mentee})`}`}`
      : 'brak wspólnej dostępności w tygodniu';
  },
};
