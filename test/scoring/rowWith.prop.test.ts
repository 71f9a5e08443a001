import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CriterionName, orThrow, parseCohort } from '../../src/domain/index';
import { CRITERIA, pairScorer } from '../../src/scoring/index';
import { scoringCohortArbitrary } from './scoringCohortArbitrary';

// Every weight (0 included), every rule switch and option: see scoringCohortArbitrary.
const cohorts = scoringCohortArbitrary({ maxMentors: 6, maxMentees: 6 }).map((input) =>
  orThrow(parseCohort(input)),
);
const someCriteria = fc.subarray([...CRITERIA], { minLength: 1 });

describe('PairScorer.rowWith', () => {
  it("writes row's cells, and for each part the row of a programme weighting only its criteria, to the bit", () => {
    fc.assert(
      fc.property(cohorts, someCriteria, someCriteria, (cohort, first, second) => {
        const scorer = orThrow(pairScorer(cohort));
        const only = (criteria: ReadonlyArray<CriterionName>) =>
          orThrow(
            pairScorer({
              ...cohort,
              programme: {
                ...cohort.programme,
                weights: Object.fromEntries(CRITERIA.map((c) => [c, criteria.includes(c) ? 1 : 0])) as never,
              },
            }),
          );
        const a = only(first);
        const b = only(second);
        const cols = scorer.cols;
        const row = new Float64Array(cols + 1).fill(Number.NaN);
        const expected = new Float64Array(cols);
        const parts = [
          // Given out of CRITERIA order: the part's criteria still run in that order.
          { criteria: [...first].reverse(), into: new Float64Array(cols) },
          { criteria: second, into: new Float64Array(cols) },
        ];
        for (let e = 0; e < scorer.rows; e++) {
          scorer.rowWith(e, row, parts, 1);
          expect(row[0]).toBeNaN();
          scorer.row(e, expected);
          for (let m = 0; m < cols; m++) {
            expect(Object.is(row[1 + m], expected[m])).toBe(true);
            expect(Object.is(parts[0]?.into[m], a.at(e, m))).toBe(true);
            expect(Object.is(parts[1]?.into[m], b.at(e, m))).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
