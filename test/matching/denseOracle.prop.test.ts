import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { type Objective, match } from '../../src/matching/index';
import { pairScorer } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { optimise as denseOptimise } from './denseOptimise';

const EPS = 1e-9;

describe('match on one-to-one cohorts, against the dense place-expanded path it replaced', () => {
  it('gives the same number of pairs, the same total and the same lowest pair for every objective', () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 7, maxMentees: 8, maxCapacity: 3 }).map((input) => ({
          ...input,
          programme: { ...input.programme, rules: { ...input.programme?.rules, pinnedPairs: [] } },
        })),
        fc.constantFrom<Objective>('max-total', 'max-matched', 'fairest'),
        (input, objective) => {
          const cohort = orThrow(parseCohort(input));
          const minScore = cohort.programme.rules.minScore;
          const scorer = orThrow(pairScorer(cohort));
          const rows = Int32Array.from(cohort.mentees, (_, e) => e);
          const capacityLeft = Int32Array.from(cohort.mentors, (m) => m.capacity);
          const dense = denseOptimise({ scorer, rows, capacityLeft, minScore, objective, solver: 'jv' });
          if (!isRight(dense)) throw new Error(dense.left.message);
          const scores: number[] = [];
          dense.right.forEach((m, e) => {
            if (m >= 0) scores.push(scorer.at(e, m));
          });
          const matching = orThrow(match(cohort, { objective }));
          expect(matching.pairs.length).toBe(scores.length);
          const total = scores.reduce((a, b) => a + b, 0);
          expect(Math.abs(matching.totalScore - total)).toBeLessThan(EPS);
          const low = (list: ReadonlyArray<number>) => (list.length === 0 ? 0 : Math.min(...list));
          if (objective === 'fairest')
            expect(Math.abs(low(matching.pairs.map((p) => p.score)) - low(scores))).toBeLessThan(EPS);
        },
      ),
      { numRuns: 80 },
    );
  });
});
