import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cohort, type Goal, type SkillId, orThrow, parseCohort } from '../../src/domain/index';
import { CRITERIA, checkRules, pairScorer, scorePair } from '../../src/scoring/index';
import { referenceRules, referenceScore } from './referenceScore';
import { scoringCohortArbitrary } from './scoringCohortArbitrary';

// Every weight (0 included), every rule switch and option (direction, minGradeGap, reporting-line
// levels, shared language, same department, skill gain, excluded and previous pairs, minScore) is
// drawn: see scoringCohortArbitrary.
const cohorts = scoringCohortArbitrary({ maxMentors: 6, maxMentees: 6 }).map((input) =>
  orThrow(parseCohort(input)),
);

// Each property scores every pair of up to 6 × 6 people one by one, over a hundred cohorts: a
// generous time limit, since the machine running the suite may be busy (no timing is asserted).
describe('pairScorer and the per-pair path', () => {
  it('gives at(mentee, mentor) exactly the cell row(mentee) writes, and scorePair the same score', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const scorer = orThrow(pairScorer(cohort));
        const row = new Float64Array(scorer.cols + 2).fill(Number.NaN);
        cohort.mentees.forEach((mentee, e) => {
          scorer.row(e, row, 1);
          // row writes its cells at the offset and nothing outside them
          expect(row[0]).toBeNaN();
          expect(row[scorer.cols + 1]).toBeNaN();
          cohort.mentors.forEach((mentor, m) => {
            const cell = row[1 + m];
            expect(Object.is(scorer.at(e, m), cell)).toBe(true);
            const pair = orThrow(scorePair(cohort, mentor.id, mentee.id));
            expect(pair.kind === 'scored' ? pair.score : Number.NEGATIVE_INFINITY).toBe(cell);
          });
        });
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('blocks exactly the pairs the rules, written out plainly, block, with every blocking rule in order', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const scorer = orThrow(pairScorer(cohort));
        cohort.mentees.forEach((mentee, e) => {
          cohort.mentors.forEach((mentor, m) => {
            const expected = referenceRules(cohort, mentor, mentee);
            const reasons = orThrow(checkRules(cohort, mentor, mentee));
            expect(reasons.map((r) => r.kind)).toEqual(expected);
            expect(scorer.blockedBy(e, m)).toEqual(reasons);
            expect(scorer.at(e, m) === Number.NEGATIVE_INFINITY).toBe(expected.length > 0);
          });
        });
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('scores a feasible pair as the weighted mean of the criteria, written out plainly, with a weight', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const { weights } = cohort.programme;
        for (const mentor of cohort.mentors) {
          for (const mentee of cohort.mentees) {
            const pair = orThrow(scorePair(cohort, mentor.id, mentee.id));
            if (pair.kind !== 'scored') continue;
            const reference = referenceScore(cohort, mentor, mentee);
            for (const name of CRITERIA) {
              const value = reference.values[name];
              if (weights[name] > 0 && value !== undefined)
                expect(pair.criteria[name]).toBeCloseTo(value, 12);
              else expect(pair.criteria[name]).toBeUndefined();
            }
            expect(pair.score).toBeCloseTo(reference.score, 12);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);

  it('counts the same candidates reaching minScore from row as from scorePair', () => {
    fc.assert(
      fc.property(cohorts, (cohort) => {
        const { minScore } = cohort.programme.rules;
        const scorer = orThrow(pairScorer(cohort));
        const row = new Float64Array(scorer.cols);
        cohort.mentees.forEach((mentee, e) => {
          scorer.row(e, row);
          const fromRow = cohort.mentors.filter((_, m) => (row[m] as number) >= minScore).map((m) => m.id);
          const fromPairs = cohort.mentors
            .filter((mentor) => {
              const pair = orThrow(scorePair(cohort, mentor.id, mentee.id));
              return pair.kind === 'scored' && pair.score >= minScore;
            })
            .map((m) => m.id);
          expect(fromRow).toEqual(fromPairs);
        });
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("sums a mentor's goals in their canonical order, by row and by pair, for a cohort built by hand with two goals in one skill", () => {
    // parseCohort refuses two goals in one skill; a cohort built by hand is still scored exactly
    // (reciprocity's row then reads every goal, not its index by skill). Reciprocity sums the mentor's goals in their canonical order, by skill and
    // then as listed: budgeting (high, focus 0.2), then coaching (high, target 2) and coaching
    // (low, target 1), both focus 0.1, so 0.6 + 0.3 + 0.1 = 1.0000000000000002, the total of
    // the mentor's goals. The mentee has reached all three: the share is exactly 1. Summing
    // coaching by target (0.6 + 0.1 + 0.3 = 1) would give 0.9999999999999998.
    const parsed = orThrow(
      parseCohort({
        programme: { weights: { reciprocity: 1 }, focus: { budgeting: 0.2, coaching: 0.1 } },
        mentors: [{ id: 'ola', grade: 1, skills: {} }],
        mentees: [{ id: 'jan', grade: 6, skills: { budgeting: 5, coaching: 5 } }],
      }),
    );
    const [ola] = parsed.mentors;
    if (ola === undefined) throw new Error('expected a mentor');
    const goals: Goal[] = [
      { skill: 'budgeting' as SkillId, priority: 'high', target: 3 },
      { skill: 'coaching' as SkillId, priority: 'high', target: 2 },
      { skill: 'coaching' as SkillId, priority: 'low', target: 1 },
    ];
    const cohort: Cohort = { ...parsed, mentors: [{ ...ola, goals }] };
    const scorer = orThrow(pairScorer(cohort));
    const row = new Float64Array(1);
    scorer.row(0, row);
    expect(scorer.at(0, 0)).toBe(1);
    expect(row[0]).toBe(1);
  });
});
