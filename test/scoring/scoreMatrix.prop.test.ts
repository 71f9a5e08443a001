import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { scoreMatrix, scoreParticipants } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { referenceRules } from './referenceScore';
import { scoringCohortArbitrary } from './scoringCohortArbitrary';

const cohorts = scoringCohortArbitrary({ maxMentors: 6, maxMentees: 6 }).map((input) =>
  orThrow(parseCohort(input)),
);

describe('scoreMatrix', () => {
  it('holds, for every pair, exactly the score scorePair gives, and -Infinity exactly where a rule blocks', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const matrix = orThrow(scoreMatrix(cohort));
        cohort.mentees.forEach((mentee, e) => {
          cohort.mentors.forEach((mentor, m) => {
            const cell = matrix.data[e * matrix.cols + m];
            const scored = orThrow(scoreParticipants(cohort, mentor, mentee));
            expect(referenceRules(cohort, mentor, mentee).length > 0).toBe(scored.kind === 'infeasible');
            expect(cell).toBe(scored.kind === 'scored' ? scored.score : Number.NEGATIVE_INFINITY);
          });
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps every score and every criterion in [0, 1], and lists only criteria with a weight', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        for (const mentor of cohort.mentors) {
          for (const mentee of cohort.mentees) {
            const scored = orThrow(scoreParticipants(cohort, mentor, mentee));
            if (scored.kind !== 'scored') continue;
            expect(scored.score).toBeGreaterThanOrEqual(0);
            expect(scored.score).toBeLessThanOrEqual(1);
            for (const [name, value] of Object.entries(scored.criteria)) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
              expect(cohort.programme.weights[name as keyof typeof cohort.programme.weights]).toBeGreaterThan(
                0,
              );
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('does not depend on the order of the input lists', () => {
    fc.assert(
      fc.property(cohortArbitrary({ maxMentors: 5, maxMentees: 5 }), (input) => {
        const a = orThrow(scoreMatrix(orThrow(parseCohort(input))));
        const b = orThrow(
          scoreMatrix(
            orThrow(
              parseCohort({
                ...input,
                mentors: [...input.mentors].reverse(),
                mentees: [...input.mentees].reverse(),
              }),
            ),
          ),
        );
        expect(Array.from(b.data)).toEqual(Array.from(a.data));
        expect(b.mentorIds).toEqual(a.mentorIds);
      }),
      { numRuns: 80 },
    );
  });
});
