import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/domain/index';
import { assessProgramme, statusSeverity } from '../../src/monitoring/index';
import { START, checkInSeed, dayAfterStart, journalInput, journalOf, matchedCohort } from './arbitraries';
import { orThrow } from '../../src/domain/orThrow';

const RUNS = 60;

describe('assessProgramme properties', () => {
  it('a journal with no check-ins makes every pair need a check-in after one cadence, and be at risk after two', () => {
    fc.assert(
      fc.property(
        matchedCohort,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 100 }),
        ({ cohort, matching }, cadenceDays, days) => {
          const journal = journalOf(cohort, { checkIns: [] });
          const report = assessProgramme(cohort, matching, journal, {
            asOf: dayAfterStart(days),
            startDate: START,
            cadenceDays,
          });
          if (report._tag === 'Left') throw new Error(report.left[0].message);
          const expected =
            days >= 2 * cadenceDays ? 'at-risk' : days >= cadenceDays ? 'needs-check-in' : 'on-track';
          for (const pair of report.right.pairs) {
            expect(pair.status).toBe(expected);
            expect(pair.sessions.lastSession).toBeNull();
            expect(pair.sessions.expected).toBe(Math.floor(days / cadenceDays) + 1);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('adding a held check-in with no rating of 2 or less never makes any pair’s status worse (start given)', () => {
    fc.assert(
      fc.property(
        matchedCohort,
        fc.array(checkInSeed({ maxDay: 100 }), { maxLength: 25 }),
        checkInSeed({ maxDay: 130, minRating: 3, cancelled: false }),
        fc.integer({ min: 1, max: 21 }),
        ({ cohort, matching }, seeds, added, cadenceDays) => {
          const options = { asOf: dayAfterStart(100), startDate: START, cadenceDays };
          const before = assessProgramme(
            cohort,
            matching,
            journalOf(cohort, journalInput(matching, seeds)),
            options,
          );
          const after = assessProgramme(
            cohort,
            matching,
            journalOf(cohort, journalInput(matching, [...seeds, added])),
            options,
          );
          if (before._tag === 'Left' || after._tag === 'Left') throw new Error('unexpected issues');
          before.right.pairs.forEach((pair, i) => {
            const now = after.right.pairs[i];
            expect(now?.menteeId).toBe(pair.menteeId);
            const was = orThrow(statusSeverity(pair.status));
            const is = orThrow(statusSeverity(now?.status ?? 'ended'));
            if (was === null || is === null) expect(now?.status).toBe(pair.status);
            else expect(is).toBeLessThanOrEqual(was);
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the report does not depend on the order of the journal, lists pairs by (mentee, mentor), and is plain JSON', () => {
    fc.assert(
      fc.property(
        matchedCohort,
        fc.array(checkInSeed({ maxDay: 60 }), { maxLength: 20 }),
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        ({ cohort, matching }, seeds, keys) => {
          const input = journalInput(matching, seeds);
          const shuffled = {
            ...input,
            checkIns: (input.checkIns ?? [])
              .map((c, i) => ({ c, k: keys[i] ?? 0 }))
              .sort((a, b) => a.k - b.k)
              .map(({ c }) => c),
          };
          const a = assessProgramme(cohort, matching, journalOf(cohort, input), { asOf: dayAfterStart(60) });
          const b = assessProgramme(cohort, matching, journalOf(cohort, shuffled), {
            asOf: dayAfterStart(60),
          });
          expect(b).toEqual(a);
          if (a._tag === 'Left') throw new Error('unexpected issues');
          const order = a.right.pairs.map((p) => [p.menteeId, p.mentorId] as const);
          const sorted = [...order].sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
          expect(order).toEqual(sorted);
          expect(JSON.parse(JSON.stringify(a.right))).toEqual(a.right);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
