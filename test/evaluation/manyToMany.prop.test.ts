import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cohort, type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { assess, compareStrategies, greedyMatch, randomMatch, stableMatch } from '../../src/evaluation/index';
import { pairScorer } from '../../src/scoring/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

const NONE = {
  skillGain: 0,
  goalCoverage: 0,
  reciprocity: 0,
  generationGap: 0,
  seniorityGap: 0,
  crossDepartment: 0,
  timeZone: 0,
  availability: 0,
  preferences: 0,
};

/** Cohorts whose mentees take 0–3 mentors, without pins. */
const cohorts = fc
  .tuple(
    cohortArbitrary({ maxMentors: 6, maxMentees: 7, maxCapacity: 3 }),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }),
  )
  .map(([input, caps]): CohortInput => ({
    ...input,
    programme: { ...input.programme, rules: { ...input.programme?.rules, pinnedPairs: [] } },
    mentees: (input.mentees ?? []).map((m, i) => ({ ...m, capacity: caps[i] ?? 1 })),
  }));

/** Blocking pairs counted from the definitions, every pair tried (no pins in these cohorts). */
function blockingPairs(cohort: Cohort, pairs: ReadonlyArray<{ mentorId: string; menteeId: string }>): number {
  const score = orThrow(pairScorer(cohort));
  const weighted = (w: Partial<typeof NONE>) =>
    orThrow(pairScorer({ ...cohort, programme: { ...cohort.programme, weights: { ...NONE, ...w } } }));
  const learn = weighted({ skillGain: 1, goalCoverage: 1 });
  const teach = weighted({ reciprocity: 1 });
  const minScore = cohort.programme.rules.minScore;
  const mentorIx = new Map(cohort.mentors.map((m, i) => [m.id as string, i]));
  const menteeIx = new Map(cohort.mentees.map((m, i) => [m.id as string, i]));
  const partnersOfMentee = cohort.mentees.map(() => [] as number[]);
  const partnersOfMentor = cohort.mentors.map(() => [] as number[]);
  for (const p of pairs) {
    const m = mentorIx.get(p.mentorId) as number;
    const e = menteeIx.get(p.menteeId) as number;
    partnersOfMentee[e]?.push(m);
    partnersOfMentor[m]?.push(e);
  }
  const cmp = (ka: number, sa: number, a: number, kb: number, sb: number, b: number) =>
    ka !== kb ? ka > kb : sa !== sb ? sa > sb : a < b;
  const menteePrefers = (e: number, a: number, b: number) =>
    cmp(learn.at(e, a), score.at(e, a), a, learn.at(e, b), score.at(e, b), b);
  const mentorPrefers = (m: number, a: number, b: number) =>
    cmp(
      teach.at(a, m) + score.at(a, m),
      score.at(a, m),
      a,
      teach.at(b, m) + score.at(b, m),
      score.at(b, m),
      b,
    );
  let count = 0;
  cohort.mentees.forEach((mentee, e) => {
    cohort.mentors.forEach((mentor, m) => {
      const mine = partnersOfMentee[e] as number[];
      const theirs = partnersOfMentor[m] as number[];
      if (mine.includes(m) || score.at(e, m) < minScore) return;
      if (mentee.capacity === 0 || mentor.capacity === 0) return;
      const menteeWants = mine.length < mentee.capacity || mine.some((x) => menteePrefers(e, m, x));
      const mentorWants = theirs.length < mentor.capacity || theirs.some((x) => mentorPrefers(m, e, x));
      if (menteeWants && mentorWants) count++;
    });
  });
  return count;
}

describe('baselines with capacities on both sides', () => {
  it('gives stable no blocking pair, counted from the definitions and by assess', () => {
    fc.assert(
      fc.property(cohorts, (input) => {
        const cohort = orThrow(parseCohort(input));
        const stable = orThrow(stableMatch(cohort));
        expect(blockingPairs(cohort, stable.pairs)).toBe(0);
        expect(orThrow(assess(cohort, stable)).blockingPairs).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('counts blocking pairs of greedy and random as the definitions do', () => {
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 1, max: 1000 }), (input, seed) => {
        const cohort = orThrow(parseCohort(input));
        for (const matching of [orThrow(greedyMatch(cohort)), orThrow(randomMatch(cohort, { seed }))])
          expect(orThrow(assess(cohort, matching)).blockingPairs).toBe(blockingPairs(cohort, matching.pairs));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every strategy within the rules and both capacities, no total above the optimum', () => {
    fc.assert(
      fc.property(cohorts, (input) => {
        const cohort = orThrow(parseCohort(input));
        const { strategies } = orThrow(compareStrategies(cohort));
        const best = strategies.find((s) => s.strategy === 'max-total')?.report.totalScore ?? Number.NaN;
        for (const { report } of strategies) {
          expect(report.ruleViolations).toBe(0);
          expect(report.totalScore).toBeLessThanOrEqual(best + 1e-9);
        }
      }),
      { numRuns: 40 },
    );
  });
});
