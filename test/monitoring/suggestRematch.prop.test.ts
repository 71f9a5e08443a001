import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessProgramme, suggestRematch } from '../../src/monitoring/index';
import { START, checkInSeed, dayAfterStart, journalInput, journalOf, matchedCohort } from './arbitraries';

describe('suggestRematch properties', () => {
  it('a rematch never breaks a healthy pair and never makes an at-risk pair again', () => {
    fc.assert(
      fc.property(
        matchedCohort,
        fc.array(checkInSeed({ maxDay: 60 }), { maxLength: 25 }),
        fc.array(fc.nat(), { maxLength: 2 }),
        ({ cohort, matching }, seeds, leaving) => {
          const people = [
            ...cohort.mentors.map((m) => m.id as string),
            ...cohort.mentees.map((m) => m.id as string),
          ];
          const outcomes = leaving.map((i) => ({
            participantId: people[i % people.length] ?? '',
            date: dayAfterStart(30),
            kind: 'left' as const,
          }));
          const journal = journalOf(cohort, journalInput(matching, seeds, outcomes));
          const report = assessProgramme(cohort, matching, journal, {
            asOf: dayAfterStart(60),
            startDate: START,
          });
          if (report._tag === 'Left') throw new Error(report.left[0].message);
          const result = suggestRematch(cohort, matching, report.right);
          if (result._tag === 'Left') throw new Error(result.left[0].message);
          const made = new Set(
            result.right.matching.pairs.map((p) => JSON.stringify([p.mentorId, p.menteeId])),
          );
          for (const pair of report.right.pairs) {
            const key = JSON.stringify([pair.mentorId, pair.menteeId]);
            if (pair.status === 'on-track' || pair.status === 'needs-check-in')
              expect(made.has(key)).toBe(true);
            else expect(made.has(key)).toBe(false);
          }
          const atRisk = report.right.pairs.filter((p) => p.status === 'at-risk').map((p) => p.menteeId);
          expect(result.right.changes.map((c) => c.menteeId)).toEqual(atRisk);
        },
      ),
      { numRuns: 60 },
    );
  });
});
