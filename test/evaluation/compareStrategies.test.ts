import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/samples/index';
import { type CohortInput, type MenteeId, type MentorId, orThrow, parseCohort } from '../../src/domain/index';
import {
  type QualityReport,
  type Strategy,
  compareStrategies,
  greedyMatch,
  stableMatch,
} from '../../src/evaluation/index';

// Two mentors, two mentees; only the grade gap is weighted: score = min(gap, 5) / 5.
//   x (grade 6): A (grade 1) 5/5 = 1.0, B (grade 5) 1/5 = 0.2
//   y (grade 5): A 4/5 = 0.8, B blocked (an excluded pair)
const input: CohortInput = {
  programme: {
    rules: {
      direction: 'any',
      requireSharedLanguage: false,
      excludeReportingLine: 0,
      minScore: 0.1,
      excludedPairs: [['B', 'y']] as [string, string][],
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
    { id: 'A', grade: 1 },
    { id: 'B', grade: 5 },
  ],
  mentees: [
    { id: 'x', grade: 6 },
    { id: 'y', grade: 5 },
  ],
};
const cohort = orThrow(parseCohort(input));

describe('compareStrategies on a two-by-two cohort', () => {
  const { strategies } = orThrow(compareStrategies(cohort));
  const of = (s: Strategy) => strategies.find((r) => r.strategy === s);

  it('runs every strategy, in the documented order', () => {
    expect(strategies.map((s) => s.strategy)).toEqual([
      'max-total',
      'max-matched',
      'fairest',
      'stable',
      'greedy',
      'random',
    ]);
  });

  it('lets greedy take the best pair and leave y out, at 1.0 / 1.0 of the optimum', () => {
    // Greedy: x–A (1.0) first; y's only mentor A is then full. Total 1.0.
    // Max-total: x–B + y–A = 0.2 + 0.8 = 1.0 ties x–A alone = 1.0; either way the optimum is 1.0.
    expect(of('greedy')?.report.matched).toBe(1);
    expect(of('greedy')?.report.totalScore).toBe(1);
    expect(of('greedy')?.shareOfOptimal).toBe(1);
  });

  it('gives fairest both mentees, at the price of a lower minimum than greedy', () => {
    // Fairest matches as many as possible first: x–B (0.2), y–A (0.8), minimum 0.2; greedy's
    // single pair has minimum 1.0. "Fairest has the best minimum" holds among equal sizes only.
    expect(of('fairest')?.report.matched).toBe(2);
    expect(of('fairest')?.report.minScore).toBeCloseTo(0.2, 12);
    expect(of('greedy')?.report.minScore).toBe(1);
  });

  it('finds stable equal to greedy here: x and A are each other’s first choice', () => {
    expect(orThrow(stableMatch(cohort)).pairs.map((p) => [p.mentorId, p.menteeId])).toEqual([['A', 'x']]);
    expect(of('stable')?.report.blockingPairs).toBe(0);
    // Fairest's x–B, y–A is blocked by x–A: x prefers A (1.0 > 0.2), A prefers x (1.0 > 0.8).
    expect(of('fairest')?.report.blockingPairs).toBe(1);
  });
});

describe('compareStrategies where fairest and max-matched part ways', () => {
  // Only the grade gap is weighted, minScore 0: score = max(0, min(gap, 5)) / 5.
  //   x (grade 5): A (grade 2) 3/5 = 0.6, B (grade 4) 1/5 = 0.2
  //   y (grade 3): A 1/5 = 0.2, B 0 (a gap below 0)
  // Both pairings match two: x–A + y–B totals 0.6 with minimum 0 (max-matched), x–B + y–A totals
  // 0.4 with minimum 0.2 (fairest). Fairest's first step is max-matched's optimum: compare solves
  // it once for both, and must still give each what match gives, asked in either order.
  const parted = orThrow(
    parseCohort({
      ...input,
      programme: { ...input.programme, rules: { ...input.programme?.rules, minScore: 0, excludedPairs: [] } },
      mentors: [
        { id: 'A', grade: 2 },
        { id: 'B', grade: 4 },
      ],
      mentees: [
        { id: 'x', grade: 5 },
        { id: 'y', grade: 3 },
      ],
    }),
  );
  const mentorOf = (s: { report: QualityReport } | undefined) =>
    s?.report.menteeRanks.map((r) => [r.menteeId, r.mentorId]);
  for (const strategies of [
    ['max-matched', 'fairest'],
    ['fairest', 'max-matched'],
  ] as const) {
    it(`gives each its own pairs when asked for ${strategies.join(', then ')}`, () => {
      const compared = orThrow(compareStrategies(parted, { strategies }));
      const of = (s: Strategy) => compared.strategies.find((r) => r.strategy === s);
      expect(mentorOf(of('max-matched'))).toEqual([
        ['x', 'A'],
        ['y', 'B'],
      ]);
      expect(of('max-matched')?.report.totalScore).toBeCloseTo(0.6, 12);
      expect(mentorOf(of('fairest'))).toEqual([
        ['x', 'B'],
        ['y', 'A'],
      ]);
      expect(of('fairest')?.report.minScore).toBeCloseTo(0.2, 12);
    });
  }
});

describe('compareStrategies options', () => {
  it('runs only the strategies asked for (and the optimum), and reports progress after each', () => {
    const seen: Array<[number, number, Strategy | undefined]> = [];
    const result = orThrow(
      compareStrategies(cohort, {
        strategies: ['random', 'greedy'],
        onProgress: ({ phase, done, total, strategy }) => {
          if (phase === 'strategies') seen.push([done, total, strategy]);
        },
      }),
    );
    expect(result.strategies.map((s) => s.strategy)).toEqual(['random', 'greedy']);
    expect(seen).toEqual([
      [1, 4, 'max-total'],
      [2, 4, 'random'],
      [3, 4, 'greedy'],
      [4, 4, undefined],
    ]);
  });

  it('stops with an aborted error when the signal is aborted', () => {
    const result = compareStrategies(cohort, { signal: { aborted: true } });
    expect(isLeft(result) && result.left[0].code).toBe('aborted');
  });

  it('refuses an unknown strategy with its path', () => {
    const result = compareStrategies(cohort, { strategies: ['greedy', 'best' as Strategy] });
    expect(isLeft(result) && result.left[0]).toMatchObject({
      code: 'invalid-option',
      path: ['options', 'strategies', 1],
    });
  });

  it('refuses a pin a rule blocks, as match does', () => {
    const pinnedPairs = [['B' as MentorId, 'y' as MenteeId] as const];
    const result = compareStrategies(cohort, { pinnedPairs });
    expect(isLeft(result) && result.left[0]).toMatchObject({
      code: 'pinned-pair-infeasible',
      path: ['options', 'pinnedPairs', 0],
    });
    expect(isLeft(greedyMatch(cohort, { pinnedPairs }))).toBe(true);
  });

  it('gives every strategy a share of 1 when nothing can be paired', () => {
    // A mentor above the mentee's grade: the gap is ≤ 0, the score 0, below minScore 0.1.
    const empty = orThrow(
      parseCohort({
        programme: { ...input.programme, rules: { direction: 'any', minScore: 0.1 } },
        mentors: [{ id: 'A', grade: 9 }],
        mentees: [{ id: 'x', grade: 1 }],
      }),
    );
    const result = orThrow(compareStrategies(empty));
    expect(
      result.strategies.every(
        (s) => s.shareOfOptimal === 1 && s.report.totalScore === 0 && s.report.matched === 0,
      ),
    ).toBe(true);
  });
});

describe('compareStrategies on the samples', () => {
  it.each(['bank', 'public-office'] as const)(
    'keeps every strategy of %s within the rules and the optimum on top',
    (name) => {
      const sample = orThrow(parseCohort(SAMPLES[name]));
      const { strategies } = orThrow(compareStrategies(sample));
      const best = strategies[0]?.report.totalScore ?? 0;
      for (const s of strategies) {
        expect(s.report.ruleViolations).toBe(0);
        expect(s.report.totalScore).toBeLessThanOrEqual(best + 1e-9);
      }
      expect(strategies.find((s) => s.strategy === 'stable')?.report.blockingPairs).toBe(0);
    },
  );
});
