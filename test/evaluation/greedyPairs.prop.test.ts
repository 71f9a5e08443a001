import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CohortInput, parseCohort } from '../../src/domain/index';
import { greedyPairs } from '../../src/evaluation/internal/greedyPairs';
import { prepareCohort } from '../../src/evaluation/internal/prepareCohort';
import { bestCandidates } from '../../src/matching/internal/bestCandidates';
import { prepareCandidates } from '../../src/matching/internal/optimise';
import { cohortArbitrary } from '../support/cohortArbitrary';

/** Cohorts whose mentees take 0–3 mentors, some pinned. */
const cohorts = fc
  .tuple(
    cohortArbitrary({ maxMentors: 10, maxMentees: 7, maxCapacity: 3 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
  )
  .map(([input, caps]): CohortInput => ({
    ...input,
    mentees: (input.mentees ?? []).map((m, i) => ({ ...m, capacity: Math.max(1, caps[i] ?? 1) })),
  }));

describe('the greedy baseline from a scan that kept the best candidates', () => {
  it('gives the pairs it gives when it scores every row itself, whether the kept lists run out or not', () => {
    fc.assert(
      fc.property(
        cohorts,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (input, keep, reserve) => {
          const parsed = parseCohort(input);
          fc.pre(parsed._tag === 'Right');
          if (parsed._tag !== 'Right') return;
          const p = prepareCohort(parsed.right);
          fc.pre(p.pins.error === undefined);
          const prepared = prepareCandidates({
            scorer: p.score,
            pins: p.pins,
            minScore: p.minScore,
            objective: 'max-total',
            keep: () => keep,
            reserve: () => reserve,
          });
          if (prepared._tag !== 'Right') throw new Error('a small cohort fits');
          const best = bestCandidates(prepared.right.problem, prepared.right.candidates);
          expect(greedyPairs(p, best)).toEqual(greedyPairs(p));
        },
      ),
      { numRuns: 400 },
    );
  });
});
