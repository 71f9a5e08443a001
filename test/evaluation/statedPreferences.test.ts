import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { SAMPLES } from '../../src/samples/index';
import { assess, compareStrategies, greedyMatch, stableMatch } from '../../src/evaluation/index';

// Issue 16: the stable baseline and the quality report read the preferences people stated.
// Only the grade gap is weighted: score = min(gap, 5) / 5; no learn or teach criterion has data,
// so the derived keys are the score alone (a mentee's learn key 0 ties, then the score).
//   x (grade 7): A (grade 1) 1.0, B (grade 3) 0.8
//   y (grade 5): A 0.8, B 0.4
const input = (menteeX: Partial<CohortInput['mentees'][number]> = {}): CohortInput => ({
  programme: {
    rules: { direction: 'any', requireSharedLanguage: false, excludeReportingLine: 0, minScore: 0 },
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
    { id: 'A', grade: 1 },
    { id: 'B', grade: 3 },
  ],
  mentees: [
    { id: 'x', grade: 7, ...menteeX },
    { id: 'y', grade: 5 },
  ],
});
const pairsOf = (m: { readonly pairs: ReadonlyArray<{ mentorId: string; menteeId: string }> }) =>
  m.pairs.map((p) => `${p.menteeId}–${p.mentorId}`);

describe('the stable baseline with stated preferences', () => {
  it('without them, follows the scores: x and A like each other best (x–A, y–B)', () => {
    const cohort = orThrow(parseCohort(input()));
    const stable = orThrow(stableMatch(cohort));
    expect(pairsOf(stable)).toEqual(['x–A', 'y–B']);
    expect(orThrow(assess(cohort, stable)).blockingPairs).toBe(0);
  });

  it('puts a stated first choice above every score: x ranks B first, so x–B and y–A', () => {
    // x proposes to B (stated), y to A (0.8 > 0.4): both are held, nobody is released.
    const cohort = orThrow(parseCohort(input({ preferences: ['B'] })));
    const stable = orThrow(stableMatch(cohort));
    expect(pairsOf(stable)).toEqual(['x–B', 'y–A']);
    const report = orThrow(assess(cohort, stable));
    // Stable under the stated preferences: x has their first choice, A its best mentee left.
    expect(report.blockingPairs).toBe(0);
    expect(report.menteeRanks.map((o) => o.rank)).toEqual([1, 1]);
    // The score-only matching x–A, y–B now has a blocking pair: x and B.
    expect(
      orThrow(
        assess(cohort, {
          pairs: [
            { mentorId: 'A', menteeId: 'x' },
            { mentorId: 'B', menteeId: 'y' },
          ],
        }),
      ).blockingPairs,
    ).toBe(1);
  });

  it('lets a mentor’s stated first choice win their place: A ranks y first, so y–A and x–B', () => {
    const base = input();
    const cohort = orThrow(
      parseCohort({
        ...base,
        mentors: [
          { id: 'A', grade: 1, preferences: ['y'] },
          { id: 'B', grade: 3 },
        ],
      }),
    );
    // x and y both propose to A; A keeps y (stated) and releases x, who goes to B.
    expect(pairsOf(orThrow(stableMatch(cohort)))).toEqual(['x–B', 'y–A']);
  });

  it('leaves greedy untouched: it takes the best pair first whatever anybody stated', () => {
    const cohort = orThrow(parseCohort(input({ preferences: ['B'] })));
    expect(pairsOf(orThrow(greedyMatch(cohort)))).toEqual(['x–A', 'y–B']);
  });
});

describe('the stated-choice measures of the quality report', () => {
  it('count who got one of their stated choices and their first choice, per side', () => {
    const cohort = orThrow(parseCohort(input({ preferences: ['B', 'A'] })));
    const { strategies } = orThrow(compareStrategies(cohort, { strategies: ['stable', 'greedy'] }));
    const [stable, greedy] = strategies.map((s) => s.report);
    // Only x stated preferences: stable gives x B (first choice), greedy gives x A (second).
    expect([stable?.menteeStatedChoiceShare, stable?.menteeFirstChoiceShare]).toEqual([1, 1]);
    expect([greedy?.menteeStatedChoiceShare, greedy?.menteeFirstChoiceShare]).toEqual([1, 0]);
    // No mentor stated preferences: their figures are absent, not 0.
    expect(stable).not.toHaveProperty('mentorStatedChoiceShare');
    expect(stable).not.toHaveProperty('mentorFirstChoiceShare');
  });

  it('count a mentee whose stated choices all went elsewhere as 0, and the mentors too', () => {
    const base = input({ preferences: ['B'] });
    const cohort = orThrow(
      parseCohort({
        ...base,
        mentors: [
          { id: 'A', grade: 1, preferences: ['x', 'y'] },
          { id: 'B', grade: 3 },
        ],
      }),
    );
    const report = orThrow(
      assess(cohort, {
        pairs: [
          { mentorId: 'A', menteeId: 'x' },
          { mentorId: 'B', menteeId: 'y' },
        ],
      }),
    );
    expect([report.menteeStatedChoiceShare, report.menteeFirstChoiceShare]).toEqual([0, 0]);
    expect([report.mentorStatedChoiceShare, report.mentorFirstChoiceShare]).toEqual([1, 1]);
  });

  it('are absent for the samples, where nobody stated preferences', () => {
    for (const sample of Object.values(SAMPLES)) {
      const { strategies } = orThrow(compareStrategies(orThrow(parseCohort(sample))));
      for (const { report } of strategies)
        for (const key of [
          'menteeStatedChoiceShare',
          'menteeFirstChoiceShare',
          'mentorStatedChoiceShare',
          'mentorFirstChoiceShare',
        ])
          expect(report).not.toHaveProperty(key);
    }
  });
});
