import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { SAMPLES } from '../../src/samples/index';
import { type CohortInput, type MenteeId, type MentorId, orThrow, parseCohort } from '../../src/domain/index';
import { explain, scorePair } from '../../src/scoring/index';

const bank = orThrow(parseCohort(SAMPLES.bank));
const pair = (cohort: typeof bank, mentor: string, mentee: string) =>
  orThrow(scorePair(cohort, mentor as MentorId, mentee as MenteeId));

const tiny = (extra: Partial<CohortInput> = {}) =>
  orThrow(
    parseCohort({
      mentors: [{ id: 'ola', name: 'Ola', grade: 1, generation: 'gen-z', skills: { 'tiktok-ads': 5 } }],
      mentees: [
        {
          id: 'jan',
          name: 'Jan',
          grade: 6,
          generation: 'baby-boomer',
          skills: { 'tiktok-ads': 1 },
          goals: [{ skill: 'tiktok-ads', priority: 'high', target: 4 }],
        },
      ],
      ...extra,
    }),
  );

describe('scorePair', () => {
  it('scores a pair as the weighted mean of the criteria that have data, computed by hand', () => {
    const result = pair(tiny(), 'ola', 'jan');
    if (result.kind !== 'scored') throw new Error('expected a scored pair');
    // skillGain: priority high (3) × focus 1 × levels min(5, 4) − 1 = 9 → 1 − e^(−9/10)
    // goalCoverage: 5 ≥ target 4 → 1; generationGap: gen-z − baby-boomer = 3 → 1; seniorityGap: 6 − 1 = 5 → 1
    // no departments, no time zones, no mentor goals: those criteria are absent, not 0
    const skillGain = 1 - Math.exp(-0.9);
    expect(result.criteria).toEqual({ skillGain, goalCoverage: 1, generationGap: 1, seniorityGap: 1 });
    // weights 3, 2, 0.5, 0.5 → (3·skillGain + 2 + 0.5 + 0.5) / 6
    expect(result.score).toBeCloseTo((3 * skillGain + 3) / 6, 12);
  });

  it('lets a mentor teach a goal only up to its target, with diminishing returns for a second goal', () => {
    const one = tiny();
    const two = tiny({
      mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5, instagram: 5 } }],
      mentees: [
        {
          id: 'jan',
          grade: 6,
          skills: { 'tiktok-ads': 1 },
          goals: [
            { skill: 'tiktok-ads', priority: 'high', target: 4 },
            { skill: 'instagram', priority: 'high', target: 3 },
          ],
        },
      ],
    });
    const first = pair(one, 'ola', 'jan');
    const both = pair(two, 'ola', 'jan');
    if (first.kind !== 'scored' || both.kind !== 'scored') throw new Error('expected scored pairs');
    // second goal: 3 × (min(5, 3) − 0) = 9 more → 1 − e^(−1.8); it adds less than the first did
    const g1 = first.criteria.skillGain ?? 0;
    const g2 = both.criteria.skillGain ?? 0;
    expect(g2).toBeCloseTo(1 - Math.exp(-1.8), 12);
    expect(g2 - g1).toBeLessThan(g1);
  });

  it('never pairs a mentee with someone in their reporting line: Ewa manages Ola', () => {
    const result = pair(bank, 'm-nowak', 'e-lewandowska');
    expect(result.kind).toBe('infeasible');
    if (result.kind !== 'infeasible') return;
    expect(result.rule).toBe('reporting-line');
    expect(result.reasons[0]).toEqual({
      kind: 'reporting-line',
      mentorId: 'm-nowak',
      menteeId: 'e-lewandowska',
      above: 'mentee',
      levels: 1,
      maxLevels: 2,
    });
  });

  it('blocks a pair with no shared language when the programme requires one', () => {
    // Sam Taylor speaks English only; Piotr Mazur Polish only.
    const result = pair(bank, 'm-taylor', 'e-mazur');
    expect(result.kind === 'infeasible' && result.rule).toBe('language');
  });

  it('blocks a mentor who is neither lower in grade nor younger, naming both grades', () => {
    const cohort = tiny({ mentors: [{ id: 'ola', grade: 6, generation: 'baby-boomer' }] });
    const result = pair(cohort, 'ola', 'jan');
    expect(result.kind === 'infeasible' && result.reasons[0]).toMatchObject({
      kind: 'direction',
      mentorGrade: 6,
      menteeGrade: 6,
      minGradeGap: 1,
    });
  });

  it("blocks a mentor who can teach none of the mentee's open goals, naming the goals", () => {
    // Ola knows Instagram only; Jan wants TikTok ads (own level 1, target 4): nothing to learn.
    const cohort = tiny({
      mentors: [{ id: 'ola', name: 'Ola', grade: 1, generation: 'gen-z', skills: { instagram: 5 } }],
    });
    const result = pair(cohort, 'ola', 'jan');
    expect(result.kind === 'infeasible' && result.reasons).toEqual([
      { kind: 'no-skill-gain', mentorId: 'ola', menteeId: 'jan', goals: ['tiktok-ads'] },
    ]);
    expect(orThrow(explain(result, { cohort }))).toBe(
      "Ola knows no more than Jan in any of Jan's open goals (TikTok ads)",
    );
    expect(orThrow(explain(result, { cohort, locale: 'pl' }))).toBe(
      'Ola nie wie więcej niż Jan w żadnym z otwartych celów (reklamy na TikToku)',
    );
  });

  it('lets a programme switch the skill-gain rule off, and ignores it for a mentee without open goals', () => {
    const mentors = [{ id: 'ola', grade: 1, generation: 'gen-z' as const, skills: { instagram: 5 } }];
    const off = tiny({ mentors, programme: { rules: { requireSkillGain: false } } });
    expect(pair(off, 'ola', 'jan').kind).toBe('scored');
    // Jan's only goal is already reached (own level 4 = target 4): no open goal, no rule.
    const reached = tiny({
      mentors,
      mentees: [
        {
          id: 'jan',
          grade: 6,
          skills: { 'tiktok-ads': 4 },
          goals: [{ skill: 'tiktok-ads', priority: 'high', target: 4 }],
        },
      ],
    });
    expect(pair(reached, 'ola', 'jan').kind).toBe('scored');
  });

  it('never mentions a birth year or a manager in a reason', () => {
    const birthYears = new Set([...bank.mentors, ...bank.mentees].map((p) => p.birthYear));
    const managers = new Set(bank.managers.values());
    for (const mentor of bank.mentors) {
      for (const mentee of bank.mentees) {
        for (const reason of pair(bank, mentor.id, mentee.id).reasons) {
          expect(Object.keys(reason)).not.toContain('birthYear');
          expect(Object.keys(reason)).not.toContain('managerId');
          for (const [key, value] of Object.entries(reason)) {
            if (typeof value === 'number') expect(birthYears.has(value)).toBe(false);
            if (typeof value === 'string' && key !== 'mentorId' && key !== 'menteeId')
              expect(managers.has(value as never)).toBe(false);
          }
        }
      }
    }
  });

  it('reports an unknown id as data, not an exception', () => {
    expect(isLeft(scorePair(bank, 'nobody' as MentorId, 'e-mazur' as MenteeId))).toBe(true);
    expect(isLeft(scorePair(bank, 'm-nowak' as MentorId, 'nobody' as MenteeId))).toBe(true);
    expect(isRight(scorePair(bank, 'm-nowak' as MentorId, 'e-mazur' as MenteeId))).toBe(true);
  });
});

describe('explain', () => {
  const teaches = {
    kind: 'teaches',
    mentorId: 'ola' as MentorId,
    menteeId: 'jan' as MenteeId,
    skill: 'tiktok-ads',
    mentorLevel: 5,
    menteeLevel: 1,
    target: 4,
    priority: 'high',
  } as const;

  it('says in English what the mentor can teach', () => {
    expect(orThrow(explain(teaches as Parameters<typeof explain>[0], { cohort: tiny() }))).toBe(
      'Ola can teach TikTok ads (5 vs 1), a high-priority goal of Jan',
    );
  });

  it('says it in Polish with the correct plural form of the level difference', () => {
    const cohort = tiny();
    const say = (mentorLevel: number, menteeLevel: number) =>
      orThrow(
        explain({ ...teaches, mentorLevel, menteeLevel } as Parameters<typeof explain>[0], {
          cohort,
          locale: 'pl',
        }),
      );
    expect(say(5, 1)).toBe(
      'Ola może uczyć: reklamy na TikToku (5 wobec 1, o 4 poziomy wyżej) — cel o wysokim priorytecie (Jan)',
    );
    expect(say(5, 0)).toContain('o 5 poziomów wyżej');
    expect(say(2, 1)).toContain('o 1 poziom wyżej');
  });

  it('reads a blocked pair of the bank sample in Polish', () => {
    const text = orThrow(explain(pair(bank, 'm-nowak', 'e-lewandowska'), { cohort: bank, locale: 'pl' }));
    expect(text).toBe(
      'Ola Nowak i Ewa Lewandowska są w jednej linii podległości: Ewa Lewandowska jest 1 poziom wyżej (limit programu: 2)',
    );
  });

  it('joins a pair’s reasons on one line, strongest first, and honours the limit', () => {
    const result = pair(bank, 'm-nowak', 'e-kowalczyk');
    const line = orThrow(explain(result, { cohort: bank, limit: 1 }));
    expect(line).toBe(
      'Ola Nowak can teach short-form content creation (4 vs 0), a medium-priority goal of Anna Kowalczyk',
    );
    expect(orThrow(explain(result, { cohort: bank }))).not.toContain('\n');
  });
});
