import fc from 'fast-check';
import type { Cohort, Journal, JournalInput } from '../../src/domain/index';
import { orThrow, parseCohort, parseJournal } from '../../src/domain/index';
import type { Matching } from '../../src/matching/index';
import { match } from '../../src/matching/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

/** The date `days` after 2027-01-04 (the programme start of the properties), `YYYY-MM-DD`. */
export function dayAfterStart(days: number): string {
  return new Date(Date.UTC(2027, 0, 4) + days * 86_400_000).toISOString().slice(0, 10);
}
export const START = dayAfterStart(0);

/** A check-in drawn against "the i-th pair of the matching" (modulo the number of pairs). */
export interface CheckInSeed {
  readonly pair: number;
  readonly day: number;
  readonly cancelled: boolean;
  readonly cancelledBy?: 'mentor' | 'mentee';
  readonly ratings?: { mentor?: number; mentee?: number };
}

export const checkInSeed = (options: {
  readonly maxDay: number;
  readonly minRating?: number;
  readonly cancelled?: boolean;
}) =>
  fc.record(
    {
      pair: fc.nat(),
      day: fc.integer({ min: 0, max: options.maxDay }),
      cancelled: options.cancelled === false ? fc.constant(false) : fc.boolean(),
      cancelledBy: fc.constantFrom('mentor' as const, 'mentee' as const),
      ratings: fc.record(
        {
          mentor: fc.integer({ min: options.minRating ?? 1, max: 5 }),
          mentee: fc.integer({ min: options.minRating ?? 1, max: 5 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['pair', 'day', 'cancelled'] },
  );

/** A matched cohort: the cohort and what `match` makes of it (cohorts that match cannot pair, or pairs nobody, are skipped). */
export const matchedCohort = cohortArbitrary({ minMentors: 1, minMentees: 1, maxMentors: 5, maxMentees: 6 })
  .map((input) => {
    const cohort = orThrow(parseCohort(input));
    const matching = match(cohort);
    // A drawn cohort may pin a pair that a hard rule blocks: match refuses it, and so do we.
    return { cohort, matching: matching._tag === 'Right' ? matching.right : undefined };
  })
  .filter(
    (drawn): drawn is { cohort: Cohort; matching: Matching } =>
      drawn.matching !== undefined && drawn.matching.pairs.length > 0,
  );

/** The journal input of the seeds, each seed a check-in of a pair of the matching. */
export function journalInput(
  matching: Matching,
  seeds: ReadonlyArray<CheckInSeed>,
  outcomes: JournalInput['outcomes'] = [],
): JournalInput {
  const checkIns = seeds.flatMap((seed) => {
    const pair = matching.pairs[seed.pair % matching.pairs.length];
    if (pair === undefined) return [];
    return [
      {
        mentorId: pair.mentorId,
        menteeId: pair.menteeId,
        date: dayAfterStart(seed.day),
        cancelled: seed.cancelled,
        ...(seed.cancelled && seed.cancelledBy !== undefined ? { cancelledBy: seed.cancelledBy } : {}),
        ...(!seed.cancelled && seed.ratings !== undefined ? { ratings: seed.ratings } : {}),
      },
    ];
  });
  // Two identical check-ins are a double entry, which parseJournal rejects: the seeds keep one.
  const seen = new Set<string>();
  const unique = checkIns.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { checkIns: unique, assessments: [], outcomes };
}

export function journalOf(cohort: Cohort, input: JournalInput): Journal {
  return orThrow(parseJournal(input, cohort));
}
