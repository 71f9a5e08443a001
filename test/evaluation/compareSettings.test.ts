import { describe, expect, it } from 'vitest';
import { type CohortInput, orThrow, parseCohort } from '../../src/domain/index';
import { COMPARED_FIGURES, assess, compareSettings, weightSensitivity } from '../../src/evaluation/index';
import { match } from '../../src/matching/index';
import { SAMPLES } from '../../src/samples/index';

const input = SAMPLES.bank;
const bank = orThrow(parseCohort(input));
const withWeights = (weights: Record<string, number>): CohortInput => ({
  ...input,
  programme: { ...input.programme, weights: { ...input.programme?.weights, ...weights } },
});

/**
 * Two mentors, two mentees, every pair allowed. On skill gain alone each mentee goes to the mentor
 * who knows their goal best (m-1 tiktok-ads 5, m-2 instagram 5); m-1 wants to learn negotiation,
 * which only e-2 knows, and m-2 public speaking, which only e-1 knows — so a heavy reciprocity
 * weight swaps the pairs.
 */
const tiny = (reciprocity: number): CohortInput => ({
  programme: {
    rules: { minScore: 0, requireSkillGain: false, direction: 'any' },
    weights: {
      skillGain: 1,
      goalCoverage: 0,
      reciprocity,
      generationGap: 0,
      seniorityGap: 0,
      crossDepartment: 0,
      timeZone: 0,
      preferences: 0,
    },
  },
  mentors: [
    {
      id: 'm-1',
      grade: 1,
      skills: { 'tiktok-ads': 5, instagram: 3 },
      goals: [{ skill: 'negotiation', priority: 'high' }],
    },
    {
      id: 'm-2',
      grade: 1,
      skills: { 'tiktok-ads': 3, instagram: 5 },
      goals: [{ skill: 'public-speaking', priority: 'high' }],
    },
  ],
  mentees: [
    {
      id: 'e-1',
      grade: 5,
      skills: { 'public-speaking': 5 },
      goals: [{ skill: 'tiktok-ads', priority: 'high' }],
    },
    { id: 'e-2', grade: 5, skills: { negotiation: 5 }, goals: [{ skill: 'instagram', priority: 'high' }] },
  ],
});

describe('compareSettings', () => {
  it('finds nothing changed when the settings are the same', () => {
    const same = orThrow(compareSettings(bank, orThrow(parseCohort(input))));
    expect(same.moved).toEqual([]);
    expect(same.new).toEqual([]);
    expect(same.lost).toEqual([]);
    expect(same.changedShare).toBe(0);
    expect(same.kept.length).toBe(same.before.matched);
    expect(same.figures.map((f) => f.figure)).toEqual(COMPARED_FIGURES);
    expect(same.figures.every((f) => f.change === 0)).toBe(true);
  });

  it('moves both mentees when reciprocity outweighs skill gain (worked by hand)', () => {
    // Reciprocity 0: e-1 → m-1 and e-2 → m-2 each gain the most. Reciprocity 10: a swapped pair
    // scores (gain(3) + 10) / 11 > 10 / 11, a straight one (gain(5) + 0) / 11 <= 1 / 11: they swap.
    const before = orThrow(parseCohort(tiny(0)));
    const after = orThrow(parseCohort(tiny(10)));
    const pairsBefore = orThrow(match(before)).pairs.map((p) => [p.mentorId, p.menteeId]);
    expect(pairsBefore).toEqual([
      ['m-1', 'e-1'],
      ['m-2', 'e-2'],
    ]);
    const whatIf = orThrow(compareSettings(before, after));
    expect(whatIf.kept).toEqual([]);
    expect(whatIf.moved).toEqual([
      { menteeId: 'e-1', from: 'm-1', to: 'm-2' },
      { menteeId: 'e-2', from: 'm-2', to: 'm-1' },
    ]);
    expect(whatIf.changedShare).toBe(1);
    const total = whatIf.figures.find((f) => f.figure === 'totalScore');
    expect(total?.before).toBeCloseTo(orThrow(assess(before, orThrow(match(before)))).totalScore, 12);
  });

  it('counts lost and new pairs when a rule takes a mentee out', () => {
    const matching = orThrow(match(bank));
    const victim = matching.pairs.find((p) => !p.pinned);
    if (victim === undefined) throw new Error('the bank sample has unpinned pairs');
    const stricter = orThrow(
      parseCohort({
        ...input,
        programme: {
          ...input.programme,
          rules: {
            ...input.programme?.rules,
            excludedPairs: [
              ...(input.programme?.rules?.excludedPairs ?? []),
              [victim.mentorId, victim.menteeId],
            ],
          },
        },
      }),
    );
    const whatIf = orThrow(compareSettings(bank, stricter));
    const gone = [...whatIf.moved.map((m) => m.menteeId), ...whatIf.lost.map((p) => p.menteeId)];
    expect(gone).toContain(victim.menteeId);
    expect(whatIf.kept.some((p) => p.menteeId === victim.menteeId && p.mentorId === victim.mentorId)).toBe(
      false,
    );
    expect(whatIf.changedShare).toBeGreaterThan(0);
  });

  it('refuses two cohorts of different people, naming one', () => {
    const two = orThrow(parseCohort(tiny(1)));
    const one = tiny(1);
    const fewer = orThrow(parseCohort({ ...one, mentees: one.mentees.slice(1) }));
    const result = compareSettings(two, fewer);
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') expect(result.left[0]?.message).toContain('"e-1"');
  });
});

describe('weightSensitivity', () => {
  it('finds the swap of the worked example when reciprocity falls far enough, and varies no weight of 0', () => {
    const cohort = orThrow(parseCohort(tiny(10)));
    const { criteria, basePairs } = orThrow(weightSensitivity(cohort, { factors: [0.001, 2] }));
    expect(basePairs).toBe(2);
    const reciprocity = criteria.find((c) => c.criterion === 'reciprocity');
    expect(reciprocity?.steps.map((s) => [s.factor, s.changedPairs, s.changedShare])).toEqual([
      [0.001, 2, 1],
      [2, 0, 0],
    ]);
    expect(criteria.find((c) => c.criterion === 'goalCoverage')?.steps).toEqual([]);
  });

  it('refuses a factor that is not a positive number', () => {
    const result = weightSensitivity(bank, { factors: [1.1, -1] });
    expect(result._tag === 'Left' && result.left[0]?.path).toEqual(['options', 'factors', 1]);
  });

  it('changes nothing at a factor of 1', () => {
    const { criteria } = orThrow(weightSensitivity(orThrow(parseCohort(withWeights({}))), { factors: [1] }));
    expect(criteria.every((c) => c.steps.every((s) => s.changedPairs === 0))).toBe(true);
  });
});
