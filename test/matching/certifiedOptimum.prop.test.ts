import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { type Objective, match } from '../../src/matching/index';
import { optimise } from '../../src/matching/internal/optimise';
import { resolvePins } from '../../src/matching/internal/resolvePins';
import { pairScorer } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { bMatchingBruteForce } from './bMatchingBruteForce';

const EPS = 1e-9;

/** Cohorts whose mentees take 1–2 mentors, without pins (the enumeration places them itself). */
const cohorts = fc
  .tuple(
    cohortArbitrary({ maxMentors: 4, maxMentees: 4, maxCapacity: 2 }),
    fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
  )
  .map(([input, caps]): CohortInput => ({
    ...input,
    programme: { ...input.programme, rules: { ...input.programme?.rules, pinnedPairs: [] } },
    mentees: (input.mentees ?? []).map((m, i) => ({ ...m, capacity: caps[i % caps.length] ?? 1 })),
  }));

/** The optimiser's pairs' count, total and lowest score for a pruning level. */
function solve(input: CohortInput, objective: Objective, keep: number, reserve = 0) {
  const cohort = orThrow(parseCohort(input));
  const pins = resolvePins(cohort, []);
  const scorer = orThrow(pairScorer(cohort));
  const result = optimise({
    scorer,
    pins,
    minScore: cohort.programme.rules.minScore,
    objective,
    keep: () => keep,
    reserve: () => reserve,
  });
  if (!isRight(result)) throw new Error(result.left.message);
  const { graph, edges } = result.right;
  let total = 0;
  let min = Number.POSITIVE_INFINITY;
  for (const k of edges) {
    const w = graph.weight[k] as number;
    total += w;
    min = Math.min(min, w);
  }
  return { cohort, count: edges.length, total, min };
}

describe('the certified optimum over a pruned candidate graph', () => {
  it('reaches the brute-force optimum of every objective with capacities on both sides, whatever the pruning', () => {
    fc.assert(
      fc.property(
        cohorts,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (input, keep, reserve) => {
          const total = solve(input, 'max-total', keep, reserve);
          const best = bMatchingBruteForce(total.cohort, total.cohort.programme.rules.minScore);
          expect(Math.abs(total.total - best.maxTotal)).toBeLessThan(EPS);
          const most = solve(input, 'max-matched', keep, reserve);
          expect(most.count).toBe(best.maxCount);
          expect(Math.abs(most.total - best.maxTotalAtMaxCount)).toBeLessThan(EPS);
          const fair = solve(input, 'fairest', keep, reserve);
          expect(fair.count).toBe(best.maxCount);
          if (best.maxCount > 0) expect(Math.abs(fair.min - best.bestMin)).toBeLessThan(EPS);
          expect(Math.abs(fair.total - best.maxTotalAtBestMin)).toBeLessThan(EPS);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the unpruned optimum when each mentee keeps a single candidate (the certificate adds the rest)', () => {
    const bigger = fc
      .tuple(
        cohortArbitrary({ maxMentors: 8, maxMentees: 10, maxCapacity: 2 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 10, maxLength: 10 }),
      )
      .map(([input, caps]): CohortInput => ({
        ...input,
        programme: {
          ...input.programme,
          rules: { ...input.programme?.rules, pinnedPairs: [], minScore: 0 },
        },
        mentees: (input.mentees ?? []).map((m, i) => ({ ...m, capacity: caps[i] ?? 1 })),
      }));
    fc.assert(
      fc.property(
        bigger,
        fc.constantFrom<Objective>('max-total', 'max-matched', 'fairest'),
        (input, objective) => {
          const pruned = solve(input, objective, 1, 2);
          const whole = solve(input, objective, 1000);
          expect(pruned.count).toBe(whole.count);
          expect(Math.abs(pruned.total - whole.total)).toBeLessThan(EPS);
          if (whole.count > 0) expect(Math.abs(pruned.min - whole.min)).toBeLessThan(EPS);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never makes a pair twice, nor more pairs than either side has places', () => {
    fc.assert(
      fc.property(
        cohorts,
        fc.constantFrom<Objective>('max-total', 'max-matched', 'fairest'),
        (input, objective) => {
          const cohort = orThrow(parseCohort(input));
          const matching = orThrow(match(cohort, { objective }));
          const keys = matching.pairs.map((p) => JSON.stringify([p.mentorId, p.menteeId]));
          expect(new Set(keys).size).toBe(keys.length);
          for (const mentee of cohort.mentees) {
            const got = matching.pairs.filter((p) => p.menteeId === mentee.id).length;
            expect(got).toBeLessThanOrEqual(mentee.capacity);
            const short = matching.unmatched.find((u) => u.menteeId === mentee.id);
            expect(short === undefined).toBe(got >= mentee.capacity);
            if (short !== undefined) expect([short.wanted, short.got]).toEqual([mentee.capacity, got]);
          }
          for (const mentor of cohort.mentors)
            expect(matching.pairs.filter((p) => p.mentorId === mentor.id).length).toBeLessThanOrEqual(
              mentor.capacity,
            );
        },
      ),
      { numRuns: 60 },
    );
  });
});
