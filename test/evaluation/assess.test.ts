import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/samples/index';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { assess } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';

// A cohort small enough to score by hand. Only the seniority gap is weighted, so a pair's score is
// min(menteeGrade − mentorGrade, 5) / 5 (0 when the gap is ≤ 0); no rule but minScore 0.1 applies
// (requireSkillGain is off too: C, who knows no cloud-basics, may still be x's mentor).
//
//              A (grade 1, cap 1)   B (grade 2, cap 2)   C (grade 4, cap 1)
//   x (6)        5/5 = 1.0            4/5 = 0.8            2/5 = 0.4
//   y (5)        4/5 = 0.8            3/5 = 0.6            1/5 = 0.2
//   z (3)        2/5 = 0.4            1/5 = 0.2            0 → below 0.1, not allowed
//
// Only x has a goal: cloud-basics, high priority (weight 3), target 4, own level 0. A knows it at
// 2, B at 4, C not at all. x's learn key (skill gain + goal coverage; gain = 1 − e^(−Σ w·lift / 10)):
//   A: 1 − e^(−3·2/10) = 0.451 + coverage 0 = 0.451
//   B: 1 − e^(−3·4/10) = 0.699 + coverage 1 = 1.699
//   C: 0 + 0 = 0
// so x ranks B > A > C. y and z have no goal (key 0 for all): they rank by score, A > B > C.
// No mentor has a learn-back goal, so each mentor ranks by score alone: x > y > z.
const input = (rules: object = {}): CohortInput => ({
  programme: {
    rules: {
      direction: 'any',
      requireSharedLanguage: false,
      requireSkillGain: false,
      excludeReportingLine: 0,
      minScore: 0.1,
      ...rules,
    },
    weights: {
      skillGain: 0,
      goalCoverage: 0,
      reciprocity: 0,
      generationGap: 0,
      seniorityGap: 1,
      crossDepartment: 0,
      timeZone: 0,
      preferences: 0,
    },
  },
  mentors: [
    { id: 'A', grade: 1, capacity: 1, department: 'it', generation: 'gen-z', skills: { 'cloud-basics': 2 } },
    {
      id: 'B',
      grade: 2,
      capacity: 2,
      department: 'hr',
      generation: 'millennial',
      skills: { 'cloud-basics': 4 },
    },
    { id: 'C', grade: 4, capacity: 1 },
  ],
  mentees: [
    {
      id: 'x',
      grade: 6,
      department: 'it',
      generation: 'gen-x',
      goals: [{ skill: 'cloud-basics', priority: 'high', target: 4 }],
    },
    { id: 'y', grade: 5, department: 'hr' },
    { id: 'z', grade: 3 },
  ],
});

describe('assess on a hand-built matching', () => {
  const cohort = orThrow(parseCohort(input()));
  // A–z (0.4), B–x (0.8), B–y (0.6); C takes nobody.
  const report = orThrow(
    assess(cohort, {
      pairs: [
        { mentorId: 'A', menteeId: 'z' },
        { mentorId: 'B', menteeId: 'x' },
        { mentorId: 'B', menteeId: 'y' },
      ],
    }),
  );

  it('sums the scores: total 1.8, mean 0.6, minimum 0.4, 10th percentile 0.4', () => {
    expect(report.totalScore).toBeCloseTo(1.8, 12);
    expect(report.meanScore).toBeCloseTo(0.6, 12);
    expect(report.minScore).toBeCloseTo(0.4, 12);
    // Nearest rank: ⌈0.1 · 3⌉ = 1st lowest.
    expect(report.p10Score).toBeCloseTo(0.4, 12);
  });

  it('gives the Gini coefficient of 0.4, 0.6, 0.8 as 4/27', () => {
    // Σ (2i − n − 1)·xᵢ = −2·0.4 + 0·0.6 + 2·0.8 = 0.8; n·Σx = 3 · 1.8 = 5.4; 0.8 / 5.4 = 4/27.
    expect(report.gini).toBeCloseTo(4 / 27, 12);
  });

  it('counts everyone matched and three of four places used', () => {
    expect(report.matched).toBe(3);
    expect(report.matchedShare).toBe(1);
    expect(report.load).toEqual({ used: 3, capacity: 4, share: 0.75 });
  });

  it('covers all of the goal weight of the one mentee with a goal', () => {
    // x's mentor B knows cloud-basics at 4 = the target: 3/3 of x's goal weight; y and z have no goal.
    expect(report.goalCoverage).toBe(1);
  });

  it('ranks each partner in each person’s own order', () => {
    // x got B, their 1st; y got B, 2nd after A; z got A, 1st. Mean (1 + 2 + 1) / 3.
    expect(report.menteeRanks).toEqual([
      { menteeId: 'x', mentorId: 'B', score: 0.8, rank: 1 },
      { menteeId: 'y', mentorId: 'B', score: expect.closeTo(0.6, 12), rank: 2 },
      { menteeId: 'z', mentorId: 'A', score: 0.4, rank: 1 },
    ]);
    expect(report.meanMenteeRank).toBeCloseTo(4 / 3, 12);
    // A got z, 3rd of x, y, z; B got x (1st) and y (2nd). Mean over pairs (3 + 1 + 2) / 3 = 2.
    expect(report.mentorRanks).toEqual([
      { mentorId: 'A', capacity: 1, mentees: [{ menteeId: 'z', rank: 3 }] },
      {
        mentorId: 'B',
        capacity: 2,
        mentees: [
          { menteeId: 'x', rank: 1 },
          { menteeId: 'y', rank: 2 },
        ],
      },
      { mentorId: 'C', capacity: 1, mentees: [] },
    ]);
    expect(report.meanMentorRank).toBe(2);
  });

  it('finds the one blocking pair: y and A prefer each other to what they got', () => {
    // y prefers A (0.8) to B (0.6); A is full but prefers y (0.8) to z (0.4). x has their first
    // choice; z has their first choice; C is free but nobody prefers C to their partner.
    expect(report.blockingPairs).toBe(1);
  });

  it('measures departments, generations and grades over the pairs where they are known', () => {
    // Departments known: x–B (it/hr, across), y–B (hr/hr, same) → 1/2.
    expect(report.crossDepartmentShare).toBe(0.5);
    // Generations known only for x–B: millennial (3) − gen-x (2) = 1.
    expect(report.meanGenerationGap).toBe(1);
    // Grade gaps 3 − 1 = 2, 6 − 2 = 4, 5 − 2 = 3 → mean 3.
    expect(report.meanGradeGap).toBe(3);
  });

  it('finds no violation', () => {
    expect(report.ruleViolations).toBe(0);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('assess audits any matching, without throwing', () => {
  // B–z excluded; C–y pinned.
  const cohort = orThrow(parseCohort(input({ excludedPairs: [['B', 'z']], pinnedPairs: [['C', 'y']] })));
  const report = orThrow(
    assess(cohort, {
      pairs: [
        { mentorId: 'A', menteeId: 'x' },
        { mentorId: 'B', menteeId: 'x' },
        { mentorId: 'A', menteeId: 'y' },
        { mentorId: 'nobody', menteeId: 'z' },
        { mentorId: 'B', menteeId: 'z' },
        { mentorId: 'C', menteeId: 'z' },
      ],
    }),
  );

  it('counts every kind of violation', () => {
    expect(report.violations).toEqual({
      unknownPerson: 1, // nobody–z
      blockedPair: 1, // B–z is excluded
      belowMinScore: 1, // C–z scores 0 < 0.1 and is not pinned
      overCapacity: 1, // A (capacity 1) has x and y
      duplicateMentee: 2, // x twice, z twice (nobody–z names no mentor and is not counted)
      missingPin: 1, // C–y is pinned and absent
    });
    expect(report.ruleViolations).toBe(7);
  });

  it('takes each mentee’s best scoring pair that no rule blocks as their partner', () => {
    // x: A (1.0) over B (0.8); y: A (0.8); z: C (0), B–z being blocked.
    expect(report.menteeRanks.map((r) => r.mentorId)).toEqual(['A', 'A', 'C']);
    expect(report.totalScore).toBeCloseTo(1.8, 12);
    expect(report.minScore).toBe(0);
  });
});

describe('assess of an empty matching', () => {
  const cohort = orThrow(parseCohort(input()));
  const report = orThrow(assess(cohort, { pairs: [] }));

  it('reports 0 for every figure over no pairs, and nobody matched', () => {
    expect(report).toMatchObject({
      matched: 0,
      matchedShare: 0,
      totalScore: 0,
      meanScore: 0,
      minScore: 0,
      p10Score: 0,
      gini: 0,
    });
    expect(report).toMatchObject({
      goalCoverage: 0,
      meanMenteeRank: 0,
      meanMentorRank: 0,
      crossDepartmentShare: 0,
      meanGradeGap: 0,
    });
    expect(report.menteeRanks.every((r) => r.mentorId === null && r.rank === null)).toBe(true);
  });

  it('counts as blocking every allowed pair: everybody prefers any allowed partner to none', () => {
    // Allowed pairs: x–A, x–B, x–C, y–A, y–B, y–C, z–A, z–B (z–C is below 0.1), all mentors free.
    expect(report.blockingPairs).toBe(8);
  });
});

describe('assess with the matcher', () => {
  it('finds no violation in a matching of match, pins included', () => {
    const bank = orThrow(parseCohort(SAMPLES.bank));
    const report = orThrow(assess(bank, orThrow(match(bank))));
    expect(report.ruleViolations).toBe(0);
    expect(report.matched).toBe(12);
  });

  it('a minScore passed to assess makes weaker pairs violations', () => {
    const cohort = orThrow(parseCohort(input()));
    // A–z scores 0.4: allowed at 0.1, below 0.5.
    const pairs = [{ mentorId: 'A', menteeId: 'z' }];
    expect(orThrow(assess(cohort, { pairs })).violations.belowMinScore).toBe(0);
    expect(orThrow(assess(cohort, { pairs }, { minScore: 0.5 })).violations.belowMinScore).toBe(1);
  });
});
