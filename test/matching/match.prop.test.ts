import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type Cohort, type CohortInput, compareIds, orThrow, parseCohort } from '../../src/domain/index';
import { type Matching, type Objective, match } from '../../src/matching/index';
import { checkRules } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { bruteForce, greedyTotal } from './bruteForce';

const EPS = 1e-9;
const inputs = cohortArbitrary({ maxMentors: 7, maxMentees: 7, maxCapacity: 2 });

/** Whether a pinned pair of the cohort breaks a hard rule (then `match` must refuse). */
function pinBreaksRule(cohort: Cohort): boolean {
  return cohort.programme.rules.pinnedPairs.some(([m, e]) => {
    const mentor = cohort.mentorById.get(m);
    const mentee = cohort.menteeById.get(e);
    return (
      mentor !== undefined && mentee !== undefined && orThrow(checkRules(cohort, mentor, mentee)).length > 0
    );
  });
}

/** Runs `match`, checking the Left case; undefined when the cohort pins a pair a rule blocks. */
function run(cohort: Cohort, objective: Objective): Matching | undefined {
  const result = match(cohort, { objective });
  if (isLeft(result)) {
    expect(result.left[0].code).toBe('pinned-pair-infeasible');
    expect(pinBreaksRule(cohort)).toBe(true);
    return undefined;
  }
  expect(pinBreaksRule(cohort)).toBe(false);
  return result.right;
}

const freePairs = (m: Matching) => m.pairs.filter((p) => !p.pinned);
const pinnedTotal = (m: Matching) => m.pairs.filter((p) => p.pinned).reduce((sum, p) => sum + p.score, 0);

function shuffled<T>(list: ReadonlyArray<T>, seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('match, on generated cohorts', () => {
  it('makes only feasible pairs, within capacity, each mentee once, pins kept, nothing below minScore unless pinned', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.constantFrom<Objective>('max-total', 'max-matched', 'fairest'),
        (input, objective) => {
          const cohort = orThrow(parseCohort(input));
          const matching = run(cohort, objective);
          if (matching === undefined) return;
          const load = new Map<string, number>();
          const seen = new Set<string>();
          for (const pair of matching.pairs) {
            const mentor = cohort.mentorById.get(pair.mentorId);
            const mentee = cohort.menteeById.get(pair.menteeId);
            if (mentor === undefined || mentee === undefined) throw new Error('a pair of unknown people');
            expect(orThrow(checkRules(cohort, mentor, mentee))).toEqual([]);
            load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
            expect(load.get(mentor.id)).toBeLessThanOrEqual(mentor.capacity);
            expect(seen.has(mentee.id)).toBe(false);
            seen.add(mentee.id);
            if (!pair.pinned) expect(pair.score).toBeGreaterThanOrEqual(cohort.programme.rules.minScore);
          }
          for (const [mentorId, menteeId] of cohort.programme.rules.pinnedPairs) {
            expect(matching.pairs).toContainEqual(
              expect.objectContaining({ mentorId, menteeId, pinned: true }),
            );
          }
          for (const { menteeId } of matching.unmatched) expect(seen.has(menteeId)).toBe(false);
          expect(matching.pairs.length + matching.unmatched.length).toBe(cohort.mentees.length);
          expect(matching.pairs.map((p) => p.menteeId)).toEqual(
            matching.pairs.map((p) => p.menteeId).sort(compareIds),
          );
          expect(matching.totalScore).toBeCloseTo(
            matching.pairs.reduce((sum, p) => sum + p.score, 0),
            12,
          );
          expect(JSON.parse(JSON.stringify(matching))).toEqual(matching);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('max-total reaches the brute-force optimum and is never below greedy', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const cohort = orThrow(parseCohort(input));
        const matching = run(cohort, 'max-total');
        if (matching === undefined) return;
        const minScore = cohort.programme.rules.minScore;
        const best = bruteForce(cohort, minScore);
        const free = matching.totalScore - pinnedTotal(matching);
        expect(Math.abs(free - best.maxTotal)).toBeLessThan(EPS);
        const places = cohort.mentors.map(
          (m) => m.capacity - cohort.programme.rules.pinnedPairs.filter(([id]) => id === m.id).length,
        );
        const taken = new Set(
          cohort.programme.rules.pinnedPairs.map(([, e]) => cohort.mentees.findIndex((x) => x.id === e)),
        );
        expect(free).toBeGreaterThanOrEqual(greedyTotal(cohort, minScore, places, taken) - EPS);
      }),
      { numRuns: 60 },
    );
  });

  it('max-matched matches as many as possible, then has the largest total', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const cohort = orThrow(parseCohort(input));
        const matching = run(cohort, 'max-matched');
        if (matching === undefined) return;
        const best = bruteForce(cohort, cohort.programme.rules.minScore);
        expect(freePairs(matching).length).toBe(best.maxCount);
        expect(Math.abs(matching.totalScore - pinnedTotal(matching) - best.maxTotalAtMaxCount)).toBeLessThan(
          EPS,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('fairest matches as many as possible, then has the best worst pair, then the largest total', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const cohort = orThrow(parseCohort(input));
        const fairest = run(cohort, 'fairest');
        const most = run(cohort, 'max-matched');
        const total = run(cohort, 'max-total');
        if (fairest === undefined || most === undefined || total === undefined) return;
        const best = bruteForce(cohort, cohort.programme.rules.minScore);
        const free = freePairs(fairest);
        expect(free.length).toBe(best.maxCount);
        if (free.length === 0) return;
        const worst = (m: Matching) => Math.min(...m.pairs.map((p) => p.score));
        expect(Math.min(...free.map((p) => p.score))).toBe(best.bestMin);
        expect(Math.abs(fairest.totalScore - pinnedTotal(fairest) - best.maxTotalAtBestMin)).toBeLessThan(
          EPS,
        );
        expect(worst(fairest)).toBeGreaterThanOrEqual(worst(most));
        // max-total may match fewer people, and then its worst pair may be better: the
        // comparison with max-total holds when both match the same number.
        if (total.pairs.length === fairest.pairs.length)
          expect(worst(fairest)).toBeGreaterThanOrEqual(worst(total));
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same pairs whatever the order of the mentors and mentees in the input', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.nat(),
        fc.constantFrom<Objective>('max-total', 'max-matched', 'fairest'),
        (input, seed, objective) => {
          const cohort = orThrow(parseCohort(input));
          const permuted: CohortInput = {
            ...input,
            mentors: shuffled(input.mentors, seed),
            mentees: shuffled(input.mentees, seed + 1),
          };
          const a = match(cohort, { objective });
          const b = match(orThrow(parseCohort(permuted)), { objective });
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  });
});
