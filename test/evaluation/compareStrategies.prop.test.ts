import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type Cohort, type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import {
  STRATEGIES,
  assess,
  compareStrategies,
  greedyMatch,
  randomMatch,
  stableMatch,
} from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { checkRules } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';
import { qualityOracle } from './qualityOracle';

const EPS = 1e-9;

/** The input with only the pins no hard rule blocks (so that every strategy can run). */
function withFeasiblePins(input: CohortInput): CohortInput {
  const cohort = orThrow(parseCohort(input));
  const pins = cohort.programme.rules.pinnedPairs.filter(([m, e]) => {
    const mentor = cohort.mentorById.get(m);
    const mentee = cohort.menteeById.get(e);
    return (
      mentor !== undefined && mentee !== undefined && orThrow(checkRules(cohort, mentor, mentee)).length === 0
    );
  });
  return {
    ...input,
    programme: { ...input.programme, rules: { ...input.programme?.rules, pinnedPairs: pins } },
  };
}

const cohorts = cohortArbitrary({ maxMentors: 6, maxMentees: 7 }).map(withFeasiblePins);

describe('compareStrategies on any valid cohort', () => {
  it('keeps every strategy within the rules, and no total above the optimum', () => {
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const cohort = orThrow(parseCohort(input));
        const { strategies } = orThrow(compareStrategies(cohort, { seed }));
        expect(strategies.map((s) => s.strategy)).toEqual([...STRATEGIES]);
        const best = strategies.find((s) => s.strategy === 'max-total')?.report.totalScore ?? Number.NaN;
        for (const { report, shareOfOptimal } of strategies) {
          expect(report.ruleViolations).toBe(0);
          expect(report.totalScore).toBeLessThanOrEqual(best + EPS);
          expect(shareOfOptimal).toBeGreaterThanOrEqual(0);
          expect(shareOfOptimal).toBeLessThanOrEqual(1 + EPS);
          expect(report.gini).toBeGreaterThanOrEqual(0);
          expect(report.gini).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives stable no blocking pair, pins and capacities included', () => {
    fc.assert(
      fc.property(cohorts, (input) => {
        const cohort = orThrow(parseCohort(input));
        const stable = orThrow(stableMatch(cohort));
        expect(orThrow(assess(cohort, stable)).blockingPairs).toBe(0);
        expect(qualityOracle(cohort, stable.pairs, cohort.programme.rules.minScore).blockingPairs).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('gives fairest the best minimum of every strategy that matches as many mentees', () => {
    // Among strategies with fewer pairs, a higher minimum is possible (see compareStrategies.test.ts):
    // fairest maximises the worst pair among the matchings with the most pairs.
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const { strategies } = orThrow(compareStrategies(orThrow(parseCohort(input)), { seed }));
        const fairest = strategies.find((s) => s.strategy === 'fairest')?.report;
        if (fairest === undefined) throw new Error('fairest is missing');
        for (const { report } of strategies) {
          expect(report.matched).toBeLessThanOrEqual(fairest.matched);
          if (report.matched === fairest.matched)
            expect(fairest.minScore).toBeGreaterThanOrEqual(report.minScore - EPS);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts ranks and blocking pairs as their definitions do, for every strategy', () => {
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const cohort = orThrow(parseCohort(input));
        const matchings = [
          orThrow(match(cohort)),
          orThrow(greedyMatch(cohort)),
          orThrow(randomMatch(cohort, { seed })),
        ];
        for (const matching of matchings) {
          const report = orThrow(assess(cohort, matching));
          const oracle = qualityOracle(cohort, matching.pairs, cohort.programme.rules.minScore);
          expect(report.blockingPairs).toBe(oracle.blockingPairs);
          expect(report.menteeRanks.map((r) => r.rank)).toEqual(oracle.menteeRanks);
          expect(report.mentorRanks.flatMap((r) => r.mentees.map((x) => x.rank))).toEqual(oracle.mentorRanks);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reports each list as assess reports it alone, however many lists it reads in one pass', () => {
    // assessMany shares the ranks and the mentors' held mentees between the lists it reads: a
    // list's figures must not depend on the others beside it, broken lists among them.
    fc.assert(
      fc.property(
        cohorts,
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 10 }), { maxLength: 3 }),
        fc.boolean(),
        (input, seed, picks, reversed) => {
          const cohort = orThrow(parseCohort(input));
          const pairsOf = (list: ReadonlyArray<readonly [number, number]>) =>
            list.flatMap(([m, e]) => {
              const mentor = cohort.mentors[m % Math.max(1, cohort.mentors.length)];
              const mentee = cohort.mentees[e % Math.max(1, cohort.mentees.length)];
              return mentor === undefined || mentee === undefined
                ? []
                : [{ mentorId: mentor.id, menteeId: mentee.id }];
            });
          const external = picks.map((list, i) => ({
            name: `list ${i}`,
            matching: { pairs: pairsOf(list) },
          }));
          // Asked in either order: fairest's first step is max-matched's optimum, solved once.
          const strategies = reversed ? [...STRATEGIES].reverse() : STRATEGIES;
          const compared = orThrow(compareStrategies(cohort, { seed, external, strategies }));
          for (const result of compared.strategies) {
            const alone =
              result.strategy === 'external'
                ? orThrow(
                    assess(cohort, external.find((x) => x.name === result.name)?.matching ?? { pairs: [] }),
                  )
                : undefined;
            if (alone !== undefined) expect(result.report).toEqual(alone);
          }
          // The strategies share passes over the rows (the scan's candidates, the random
          // baseline's rows): each must still give what it gives run alone.
          const alone = {
            'max-total': orThrow(match(cohort)),
            'max-matched': orThrow(match(cohort, { objective: 'max-matched' })),
            fairest: orThrow(match(cohort, { objective: 'fairest' })),
            greedy: orThrow(greedyMatch(cohort)),
            stable: orThrow(stableMatch(cohort)),
            random: orThrow(randomMatch(cohort, { seed })),
          };
          for (const [strategy, matching] of Object.entries(alone))
            expect(compared.strategies.find((r) => r.strategy === strategy)?.report).toEqual(
              orThrow(assess(cohort, matching)),
            );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers the same whatever the order of the input lists', () => {
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 0, max: 1 << 20 }), (input, salt) => {
        const reorder = <T>(list: ReadonlyArray<T>): T[] =>
          [...list]
            .map((x, i) => [x, (i * 7919 + salt) % 1009] as const)
            .sort((a, b) => a[1] - b[1])
            .map(([x]) => x);
        const shuffled = {
          ...input,
          mentors: reorder(input.mentors ?? []),
          mentees: reorder(input.mentees ?? []),
        };
        const a = orThrow(compareStrategies(orThrow(parseCohort(input))));
        const b = orThrow(compareStrategies(orThrow(parseCohort(shuffled))));
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  it('is plain JSON', () => {
    fc.assert(
      fc.property(cohorts, (input) => {
        const comparison = orThrow(compareStrategies(orThrow(parseCohort(input))));
        expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
      }),
      { numRuns: 40 },
    );
  });
});

describe('compareStrategies and the baselines refuse what match refuses', () => {
  it('returns the error match returns, pins that break a rule included', () => {
    fc.assert(
      fc.property(
        cohortArbitrary({ maxMentors: 5, maxMentees: 5 }),
        fc.constantFrom(-0.5, 0, 0.3, 2),
        (input, minScore) => {
          const cohort: Cohort = orThrow(parseCohort(input));
          const expected = match(cohort, { minScore });
          for (const result of [
            compareStrategies(cohort, { minScore }),
            greedyMatch(cohort, { minScore }),
            stableMatch(cohort, { minScore }),
          ]) {
            expect(isLeft(result)).toBe(isLeft(expected));
            if (isLeft(result) && isLeft(expected)) {
              expect(result.left[0].code).toBe(expected.left[0].code);
              expect(result.left[0].path).toEqual(expected.left[0].path);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the baselines', () => {
  it('keep the pins given in the options and stay stable around them', () => {
    // Pins taken from a random matching are feasible and within capacity; stable must keep them
    // and still leave no blocking pair among the others.
    fc.assert(
      fc.property(
        cohorts,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 3 }),
        (input, seed, every) => {
          const cohort = orThrow(parseCohort(input));
          const base = orThrow(randomMatch(cohort, { seed }));
          const pinnedPairs = base.pairs
            .filter((_, i) => i % every === 0)
            .map((p) => [p.mentorId, p.menteeId] as const);
          const stable = stableMatch(cohort, { pinnedPairs });
          expect(isRight(stable)).toBe(true);
          if (!isRight(stable)) return;
          for (const [m, e] of pinnedPairs)
            expect(stable.right.pairs).toContainEqual(expect.objectContaining({ mentorId: m, menteeId: e }));
          const report = orThrow(assess(cohort, stable.right, { pinnedPairs }));
          expect(report.ruleViolations).toBe(0);
          expect(report.blockingPairs).toBe(0);
          // The same pins written into the programme give the same figures, checked by the oracle.
          const pinnedCohort = orThrow(
            parseCohort({
              ...input,
              programme: {
                ...input.programme,
                rules: {
                  ...input.programme?.rules,
                  pinnedPairs: [...cohort.programme.rules.pinnedPairs, ...pinnedPairs],
                },
              },
            }),
          );
          expect(
            qualityOracle(pinnedCohort, stable.right.pairs, cohort.programme.rules.minScore).blockingPairs,
          ).toBe(0);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('give random the same pairs for the same seed', () => {
    fc.assert(
      fc.property(cohorts, fc.integer(), (input, seed) => {
        const cohort = orThrow(parseCohort(input));
        expect(randomMatch(cohort, { seed })).toEqual(randomMatch(cohort, { seed }));
      }),
      { numRuns: 50 },
    );
  });
});

describe('assess on any list of pairs', () => {
  const ids = (cohort: Cohort) => ({
    mentors: [...cohort.mentors.map((m) => m.id as string), 'ghost'],
    mentees: [...cohort.mentees.map((m) => m.id as string), 'ghost'],
  });

  it('never throws, counts every unknown person, and keeps every figure a finite number', () => {
    fc.assert(
      fc.property(
        cohorts.chain((input) => {
          const cohort = orThrow(parseCohort(input));
          const { mentors, mentees } = ids(cohort);
          const pair = fc.record({
            mentorId: fc.constantFrom(...mentors),
            menteeId: fc.constantFrom(...mentees),
          });
          return fc.tuple(fc.constant(cohort), fc.array(pair, { maxLength: 12 }));
        }),
        ([cohort, pairs]) => {
          const report = orThrow(assess(cohort, { pairs }));
          const unknown = pairs.filter(
            (p) => !cohort.mentorById.has(p.mentorId as never) || !cohort.menteeById.has(p.menteeId as never),
          ).length;
          expect(report.violations.unknownPerson).toBe(unknown);
          for (const value of Object.values(report))
            if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
          expect(report.gini).toBeGreaterThanOrEqual(0);
          expect(report.gini).toBeLessThanOrEqual(1);
          expect(report.matched).toBeLessThanOrEqual(cohort.mentees.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
