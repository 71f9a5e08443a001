import { sharedMinutes } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { minutesEn } from '../internal/wordsEn';
import { minutesPl } from '../internal/wordsPl';

/**
 * Enough time to meet: with `minAvailabilityOverlapMinutes` above 0, two people who both list
 * availability share at least that many minutes a week of it (each person's windows read in
 * their own time zone). Applies only when both list availability, as `language` applies only
 * when both list languages. Reads both availabilities (laid out once per cohort).
 *
 * @internal
 */
export const availability: RuleDefinition<'availability'> = {
  label: { en: 'too little shared availability', pl: 'za mało wspólnego czasu' },
  prepare: ({ cohort, mentors, mentees }) => {
    const min = cohort.programme.rules.minAvailabilityOverlapMinutes;
    if (min <= 0) return undefined;
    const theirs = mentors.availability;
    const mine = mentees.availability;
    return {
      mark: (e, from, to, blocked) => {
        const own = mine[e] as Int32Array;
        if (own.length === 0) return;
        for (let m = from; m < to; m++) {
          const other = theirs[m] as Int32Array;
          if (other.length > 0 && sharedMinutes(other, own) < min) blocked[m] = 1;
        }
      },
      reason: (e, m, { mentor, mentee }) => ({
        kind: 'availability',
        mentorId: mentor.id,
        menteeId: mentee.id,
        overlapMinutes: sharedMinutes(theirs[m] as Int32Array, mine[e] as Int32Array),
        minOverlapMinutes: min,
      }),
    };
  },
};

/** The `availability` reason in English and Polish. @internal */
export const availabilityMessages: ReasonMessages<'availability'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} and ${mentee} share ${reason.overlapMinutes > 0 ? minutesEn(reason.overlapMinutes, name) : 'no time'} a week of their availability, and the programme needs at least ${minutesEn(reason.minOverlapMinutes, name)}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `za mało wspólnego czasu: ${mentor} i ${mentee} mają ${reason.overlapMinutes > 0 ? minutesPl(name, reason.overlapMinutes) : '0 minut'} wspólnej dostępności tygodniowo, a program wymaga co najmniej ${minutesPl(name, reason.minOverlapMinutes)}`;
  },
};
