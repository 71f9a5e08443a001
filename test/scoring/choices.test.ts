import { describe, expect, it } from 'vitest';
import {
  type MenteeId,
  type MenteeInput,
  type MentorId,
  type MentorInput,
  orThrow,
  parseCohort,
} from '../../src/domain/index';
import { SAMPLES } from '../../src/samples/index';
import { type Reason, explain, ruleLabel, scorePair } from '../../src/scoring/index';

// Issue 16: ranked preferences (a weighted criterion) and vetoes (a hard rule).

type Person<P> = Partial<P> & { readonly id: string };

const cohortOf = (
  mentors: ReadonlyArray<Person<MentorInput>>,
  mentees: ReadonlyArray<Person<MenteeInput>>,
  maxPreferences = 5,
) =>
  orThrow(
    parseCohort({
      programme: { rules: { maxPreferences } },
      mentors: mentors.map((m) => ({ grade: 1, generation: 'gen-z', skills: { 'tiktok-ads': 5 }, ...m })),
      mentees: mentees.map((m) => ({
        grade: 6,
        generation: 'baby-boomer',
        skills: { 'tiktok-ads': 1 },
        goals: [{ skill: 'tiktok-ads', priority: 'high', target: 4 }],
        ...m,
      })),
    }),
  );

const scored = (cohort: ReturnType<typeof cohortOf>, mentor: string, mentee: string) => {
  const result = orThrow(scorePair(cohort, mentor as MentorId, mentee as MenteeId));
  if (result.kind !== 'scored') throw new Error(`expected ${mentor}–${mentee} to be scored`);
  return result;
};

describe('the preferences criterion', () => {
  it('is the mean of (N − r + 1) / N over the sides that ranked anybody, computed by hand', () => {
    const cohort = cohortOf(
      [
        { id: 'ola', name: 'Ola', preferences: ['jan'] },
        { id: 'kuba', name: 'Kuba' },
      ],
      [
        { id: 'jan', name: 'Jan', preferences: ['kuba', 'ola'] },
        { id: 'ewa', name: 'Ewa' },
      ],
    );
    // Ola–Jan: Jan ranks Ola 2nd of N = 5 → 4/5; Ola ranks Jan 1st → 5/5; mean 0.9.
    expect(scored(cohort, 'ola', 'jan').criteria.preferences).toBeCloseTo(0.9, 12);
    // Kuba–Jan: Jan's first choice → 1; Kuba ranked nobody and gives no value.
    expect(scored(cohort, 'kuba', 'jan').criteria.preferences).toBe(1);
    // Ola–Ewa: Ewa ranked nobody; Ola ranked only Jan → 0.
    expect(scored(cohort, 'ola', 'ewa').criteria.preferences).toBe(0);
    // Kuba–Ewa: neither ranked anybody → absent, not 0.
    expect(scored(cohort, 'kuba', 'ewa').criteria).not.toHaveProperty('preferences');
  });

  it('weighs in with its weight (default 1) beside the other criteria', () => {
    const without = cohortOf([{ id: 'ola' }], [{ id: 'jan' }]);
    const withFirst = cohortOf([{ id: 'ola' }], [{ id: 'jan', preferences: ['ola'] }]);
    const base = scored(without, 'ola', 'jan');
    // skillGain (3), goalCoverage (2), generationGap (0.5), seniorityGap (0.5): weights sum to 6.
    const num = base.score * 6;
    expect(scored(withFirst, 'ola', 'jan').score).toBeCloseTo((num + 1 * 1) / 7, 12);
  });

  it('leaves every sample pair scoring exactly as before when nobody stated preferences', () => {
    for (const sample of Object.values(SAMPLES)) {
      const cohort = orThrow(parseCohort(sample));
      const off = orThrow(
        parseCohort({
          ...sample,
          programme: { ...sample.programme, weights: { ...sample.programme?.weights, preferences: 0 } },
        }),
      );
      for (const mentor of cohort.mentors)
        for (const mentee of cohort.mentees)
          expect(JSON.stringify(orThrow(scorePair(cohort, mentor.id, mentee.id)))).toBe(
            JSON.stringify(orThrow(scorePair(off, mentor.id, mentee.id))),
          );
    }
  });

  it('speaks with the rank of each side that chose the other, in English and Polish', () => {
    const cohort = cohortOf(
      [{ id: 'ola', name: 'Ola', preferences: ['ewa', 'jan'] }],
      [
        { id: 'jan', name: 'Jan', preferences: ['ola'] },
        { id: 'ewa', name: 'Ewa' },
      ],
    );
    const reasons = scored(cohort, 'ola', 'jan').reasons.filter((r) => r.kind === 'preferred');
    expect(reasons).toEqual([
      { kind: 'preferred', mentorId: 'ola', menteeId: 'jan', by: 'mentee', rank: 1 },
      { kind: 'preferred', mentorId: 'ola', menteeId: 'jan', by: 'mentor', rank: 2 },
    ]);
    expect(reasons.map((r) => orThrow(explain(r, { cohort })))).toEqual([
      "Ola is Jan's first choice",
      "Jan is Ola's second choice",
    ]);
    expect(reasons.map((r) => orThrow(explain(r, { cohort, locale: 'pl' })))).toEqual([
      'Ola — pierwszy wybór (Jan)',
      'Jan — drugi wybór (Ola)',
    ]);
  });

  it('names ranks in words up to the tenth, then by number', () => {
    const reason = (rank: number): Reason => ({
      kind: 'preferred',
      mentorId: 'ola' as MentorId,
      menteeId: 'jan' as MenteeId,
      by: 'mentee',
      rank,
    });
    expect(orThrow(explain(reason(3)))).toBe("ola is jan's third choice");
    expect(orThrow(explain(reason(10)))).toBe("ola is jan's tenth choice");
    expect(orThrow(explain(reason(12)))).toBe("ola is jan's choice no. 12");
    expect(orThrow(explain(reason(5), { locale: 'pl' }))).toBe('ola — piąty wybór (jan)');
    expect(orThrow(explain(reason(10), { locale: 'pl' }))).toBe('ola — dziesiąty wybór (jan)');
    expect(orThrow(explain(reason(12), { locale: 'pl' }))).toBe('ola — wybór nr 12 (jan)');
  });

  it('gives no reason when switched off', () => {
    const cohort = orThrow(
      parseCohort({
        programme: { weights: { preferences: 0 } },
        mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } }],
        mentees: [{ id: 'jan', grade: 6, goals: [{ skill: 'tiktok-ads' }], preferences: ['ola'] }],
      }),
    );
    const pair = scored(cohort, 'ola', 'jan');
    expect(pair.criteria).not.toHaveProperty('preferences');
    expect(pair.reasons.some((r) => r.kind === 'preferred')).toBe(false);
  });
});

describe('the veto rule', () => {
  const cohort = cohortOf(
    [
      { id: 'ola', name: 'Ola', vetoes: ['jan'] },
      { id: 'kuba', name: 'Kuba', vetoes: ['ewa'] },
      { id: 'iga', name: 'Iga' },
    ],
    [
      { id: 'jan', name: 'Jan' },
      { id: 'ewa', name: 'Ewa', vetoes: ['kuba', 'iga'] },
    ],
  );
  const blocked = (mentor: string, mentee: string) => {
    const result = orThrow(scorePair(cohort, mentor as MentorId, mentee as MenteeId));
    return result.kind === 'infeasible' ? result.reasons : [];
  };

  it('blocks a pair when either side vetoes the other, and says who', () => {
    expect(blocked('ola', 'jan')).toEqual([{ kind: 'veto', mentorId: 'ola', menteeId: 'jan', by: 'mentor' }]);
    expect(blocked('iga', 'ewa')).toEqual([{ kind: 'veto', mentorId: 'iga', menteeId: 'ewa', by: 'mentee' }]);
    expect(blocked('kuba', 'ewa')).toEqual([{ kind: 'veto', mentorId: 'kuba', menteeId: 'ewa', by: 'both' }]);
    expect(blocked('kuba', 'jan')).toEqual([]);
    expect(blocked('ola', 'ewa')).toEqual([]);
  });

  it('is explained to the programme manager, in English and Polish', () => {
    const text = (mentor: string, mentee: string, locale: 'en' | 'pl') =>
      blocked(mentor, mentee).map((r) => orThrow(explain(r, { cohort, locale })));
    expect(text('ola', 'jan', 'en')).toEqual(['Ola (the mentor) vetoed Jan']);
    expect(text('iga', 'ewa', 'en')).toEqual(['Ewa (the mentee) vetoed Iga']);
    expect(text('kuba', 'ewa', 'en')).toEqual(['Kuba and Ewa each vetoed the other']);
    expect(text('ola', 'jan', 'pl')).toEqual(['Weto mentora: Ola nie chce pary z: Jan']);
    expect(text('iga', 'ewa', 'pl')).toEqual(['Weto podopiecznego: Ewa nie chce pary z: Iga']);
    expect(text('kuba', 'ewa', 'pl')).toEqual(['Weto obu stron: Kuba i Ewa']);
    expect([orThrow(ruleLabel('veto')), orThrow(ruleLabel('veto', 'pl'))]).toEqual(['vetoed', 'weto']);
  });

  it('is never revealed to a participant: neutral "not available for this pairing" in both languages', () => {
    for (const [mentor, mentee] of [
      ['ola', 'jan'],
      ['iga', 'ewa'],
      ['kuba', 'ewa'],
    ] as const) {
      const reasons = blocked(mentor, mentee);
      const en = orThrow(explain({ reasons }, { cohort, audience: 'participant' }));
      const pl = orThrow(explain({ reasons }, { cohort, locale: 'pl', audience: 'participant' }));
      expect(en).toMatch(/are not available for this pairing$/);
      expect(pl).toMatch(/jest niedostępna$/);
      for (const text of [en, pl]) expect(text).not.toMatch(/veto|weto|mentor\)|mentee\)|nie chce/i);
    }
    expect([
      orThrow(ruleLabel('veto', 'en', 'participant')),
      orThrow(ruleLabel('veto', 'pl', 'participant')),
    ]).toEqual(['not available for this pairing', 'para niedostępna']);
    // Every other rule reads the same for both audiences.
    expect(orThrow(ruleLabel('language', 'en', 'participant'))).toBe(orThrow(ruleLabel('language')));
  });
});
