import { sharedMinutes } from '../../domain/index';
import type { RuleDefinition } from '../internal/RuleDefinition';

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
