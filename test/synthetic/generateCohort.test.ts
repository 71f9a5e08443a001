import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type AreaId,
  DEFAULT_AREAS,
  DEFAULT_CATALOG,
  generationRank,
  orThrow,
  parseCohort,
} from '../../src/domain/index';
import { formatPath } from '../../src/domain/index';
import { type GenerateCohortOptions, type GenerateError, generateCohort } from '../../src/synthetic/index';

const areaOf = new Map(DEFAULT_CATALOG.map((s) => [s.id as string, s.area as string]));
const digitalAreas = new Set(DEFAULT_AREAS.filter((a) => a.side === 'digital').map((a) => a.id as string));
const isDigital = (skill: string): boolean => digitalAreas.has(areaOf.get(skill) ?? '');
const mean = (xs: ReadonlyArray<number>): number => xs.reduce((a, b) => a + b, 0) / xs.length;

function errorsOf(options: unknown): ReadonlyArray<GenerateError> {
  const result = generateCohort(options as GenerateCohortOptions);
  if (isRight(result)) throw new Error('expected errors, got a cohort');
  return result.left;
}

describe('generateCohort', () => {
  it('gives the same cohort for the same seed and another cohort for another seed', () => {
    const a = orThrow(generateCohort({ mentors: 40, mentees: 50, seed: 11 }));
    expect(orThrow(generateCohort({ mentors: 40, mentees: 50, seed: 11 }))).toEqual(a);
    expect(orThrow(generateCohort({ mentors: 40, mentees: 50, seed: 12 }))).not.toEqual(a);
  });

  it('is a plain JSON value: it survives JSON.stringify and JSON.parse unchanged', () => {
    const input = orThrow(generateCohort({ mentors: 30, mentees: 30, seed: 5 }));
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    expect(isRight(parseCohort(JSON.parse(JSON.stringify(input)), { currentYear: 2026 }))).toBe(true);
  });

  it('numbers ids from 1, zero-padded, so that sorting by id sorts by number', () => {
    const input = orThrow(generateCohort({ mentors: 3, mentees: 2, seed: 1 }));
    expect(input.mentors.map((m) => m.id)).toEqual(['m0001', 'm0002', 'm0003']);
    expect(input.mentees.map((m) => m.id)).toEqual(['e0001', 'e0002']);
    const wide = orThrow(
      generateCohort({ mentors: 12_000, mentees: 0, seed: 1, skillsPerPerson: 0, learnBackGoals: [0, 0] }),
    );
    // 12 000 has five digits, so every id gets five: m00001 … m12000.
    expect(wide.mentors[0]?.id).toBe('m00001');
    expect(wide.mentors.at(-1)?.id).toBe('m12000');
  });

  it('places birth years by currentYear and by nothing else', () => {
    const now = orThrow(generateCohort({ mentors: 10, mentees: 10, seed: 3 }));
    const later = orThrow(generateCohort({ mentors: 10, mentees: 10, seed: 3, currentYear: 2036 }));
    // The same seed draws the same ages: every birth year moves by 2036 − 2026 = 10, nothing else changes.
    const shifted = {
      ...now,
      mentors: now.mentors.map((m) => ({ ...m, birthYear: (m.birthYear ?? 0) + 10 })),
      mentees: now.mentees.map((m) => ({ ...m, birthYear: (m.birthYear ?? 0) + 10 })),
    };
    expect(later).toEqual(shifted);
  });

  it('gives birth years and no generation, so the generation always agrees with the birth year', () => {
    const input = orThrow(generateCohort({ mentors: 20, mentees: 20, seed: 9 }));
    for (const p of [...input.mentors, ...input.mentees]) {
      expect(p.birthYear).toBeTypeOf('number');
      expect(p.generation).toBeUndefined();
    }
  });

  describe('a mid-size cohort looks like a reverse-mentoring cohort', () => {
    const input = orThrow(generateCohort({ mentors: 300, mentees: 300, seed: 2027 }));
    const cohort = orThrow(parseCohort(input, { currentYear: 2026 }));
    const focus = new Set(cohort.programme.focus.keys());
    const digitalLevels = (skills: ReadonlyMap<string, number>) =>
      [...skills].filter(([s]) => isDigital(s)).map(([, l]) => l);
    const experienceLevels = (skills: ReadonlyMap<string, number>) =>
      [...skills].filter(([s]) => !isDigital(s)).map(([, l]) => l);

    it('has mentors younger than mentees, and of younger generations', () => {
      expect(mean(cohort.mentors.map((m) => m.birthYear ?? 0))).toBeGreaterThan(
        mean(cohort.mentees.map((m) => m.birthYear ?? 0)) + 15,
      );
      const rank = (g: Parameters<typeof generationRank>[0] | undefined) =>
        g === undefined ? Number.NaN : generationRank(g);
      expect(mean(cohort.mentors.map((m) => rank(m.generation)))).toBeGreaterThan(
        mean(cohort.mentees.map((m) => rank(m.generation))) + 1,
      );
    });

    it('gives mentors lower grades than mentees', () => {
      expect(Math.max(...cohort.mentors.map((m) => m.grade))).toBeLessThanOrEqual(5);
      expect(Math.min(...cohort.mentees.map((m) => m.grade))).toBeGreaterThanOrEqual(5);
      expect(mean(cohort.mentors.map((m) => m.grade)) + 3).toBeLessThan(
        mean(cohort.mentees.map((m) => m.grade)),
      );
    });

    it('makes mentors stronger in digital skills and mentees in experience skills', () => {
      const mentorDigital = mean(cohort.mentors.flatMap((m) => digitalLevels(m.skills)));
      const menteeDigital = mean(cohort.mentees.flatMap((m) => digitalLevels(m.skills)));
      const mentorExperience = mean(cohort.mentors.flatMap((m) => experienceLevels(m.skills)));
      const menteeExperience = mean(cohort.mentees.flatMap((m) => experienceLevels(m.skills)));
      expect(mentorDigital).toBeGreaterThan(menteeDigital + 1.5);
      expect(menteeExperience).toBeGreaterThan(mentorExperience + 1.5);
    });

    it('lists 10 skills per person', () => {
      for (const p of [...cohort.mentors, ...cohort.mentees]) expect(p.skills.size).toBe(10);
    });

    it('gives every mentee 3–5 digital goals, most in the focus areas, each above the current level', () => {
      let inFocus = 0;
      let goals = 0;
      for (const mentee of cohort.mentees) {
        expect(mentee.goals.length).toBeGreaterThanOrEqual(3);
        expect(mentee.goals.length).toBeLessThanOrEqual(5);
        for (const goal of mentee.goals) {
          expect(isDigital(goal.skill)).toBe(true);
          expect(goal.target).toBeGreaterThan(mentee.skills.get(goal.skill) ?? 0);
          goals++;
          if (focus.has(areaOf.get(goal.skill) ?? '')) inFocus++;
        }
      }
      // Four in five goals are drawn from the focus areas: well above half, and not all.
      expect(inFocus / goals).toBeGreaterThan(0.7);
      expect(inFocus).toBeLessThan(goals);
    });

    it('gives every mentor 1–3 learn-back goals in experience areas and a capacity of 1–3', () => {
      for (const mentor of cohort.mentors) {
        expect(mentor.goals.length).toBeGreaterThanOrEqual(1);
        expect(mentor.goals.length).toBeLessThanOrEqual(3);
        for (const goal of mentor.goals) expect(isDigital(goal.skill)).toBe(false);
        expect([1, 2, 3]).toContain(mentor.capacity);
      }
      expect(new Set(cohort.mentors.map((m) => m.capacity)).size).toBe(3);
    });

    it('focuses the programme on 2–3 digital areas and asks for the reverse direction', () => {
      expect(focus.size).toBeGreaterThanOrEqual(2);
      expect(focus.size).toBeLessThanOrEqual(3);
      for (const area of focus) expect(cohort.areas.get(area as AreaId)?.side).toBe('digital');
      expect(cohort.programme.rules.direction).toBe('reverse');
    });

    it('speaks mostly Polish, with English as a second language and a few who speak only English', () => {
      const everyone = [...cohort.mentors, ...cohort.mentees];
      const share = (test: (languages: ReadonlyArray<string>) => boolean) =>
        everyone.filter((p) => test(p.languages)).length / everyone.length;
      expect(share((l) => l.includes('pl'))).toBeGreaterThan(0.9);
      expect(share((l) => l.includes('pl') && l.includes('en'))).toBeGreaterThan(0.3);
      expect(share((l) => !l.includes('pl'))).toBeGreaterThan(0);
      expect(new Set(everyone.flatMap((p) => p.languages)).size).toBeLessThanOrEqual(3);
      expect(share(() => true)).toBe(1);
    });

    it('puts most people in one time zone and a few elsewhere', () => {
      const zones = [...cohort.mentors, ...cohort.mentees].map((p) => p.timeZone);
      const main = zones.filter((z) => z === 'Europe/Warsaw').length / zones.length;
      expect(main).toBeGreaterThan(0.85);
      expect(main).toBeLessThan(1);
    });

    it('builds a reporting line in which some mentors report to mentees, above which sit department heads', () => {
      const mentorsUnderMentees = cohort.mentors.filter(
        (m) => m.managerId !== undefined && cohort.menteeById.has(m.managerId as never),
      );
      expect(mentorsUnderMentees.length).toBeGreaterThan(0);
      const menteesUnderMentees = cohort.mentees.filter(
        (m) => m.managerId !== undefined && cohort.menteeById.has(m.managerId as never),
      );
      expect(menteesUnderMentees.length).toBeGreaterThan(0);
      for (const mentee of menteesUnderMentees) {
        const boss = cohort.menteeById.get(mentee.managerId as never);
        expect(boss?.grade).toBeGreaterThan(mentee.grade);
        expect(boss?.department).toBe(mentee.department);
      }
      for (const head of Object.keys(input.managers as Record<string, string>))
        expect(cohort.managers.get(head as never)).toBe('ceo');
    });

    it('spreads people over departments that scale with the cohort (4–12)', () => {
      // 600 people: 10 → 20 → 40 → 80 → 160 → 320 → 640 are six doublings past 10, so 4 + 6 = 10 departments.
      const departments = new Set([...cohort.mentors, ...cohort.mentees].map((p) => p.department));
      expect(departments.size).toBe(10);
    });
  });

  it('takes the number of departments, the main language and the ranges as options', () => {
    const input = orThrow(
      generateCohort({
        mentors: 60,
        mentees: 60,
        seed: 4,
        departments: 2,
        language: 'en',
        goalsPerMentee: [1, 1],
        capacity: [2, 2],
        skillsPerPerson: 4,
      }),
    );
    const cohort = orThrow(parseCohort(input));
    expect(new Set([...cohort.mentors, ...cohort.mentees].map((p) => p.department)).size).toBeLessThanOrEqual(
      2,
    );
    expect(cohort.mentees.every((m) => m.goals.length === 1)).toBe(true);
    expect(cohort.mentors.every((m) => m.capacity === 2)).toBe(true);
    expect([...cohort.mentors, ...cohort.mentees].every((p) => p.skills.size === 4)).toBe(true);
    expect(
      [...cohort.mentors, ...cohort.mentees].filter((p) => p.languages.includes('en')).length,
    ).toBeGreaterThan(100);
  });

  it('makes an empty cohort of zero mentors and zero mentees', () => {
    const input = orThrow(generateCohort({ mentors: 0, mentees: 0, seed: 0 }));
    expect(input.mentors).toEqual([]);
    expect(isRight(parseCohort(input))).toBe(true);
  });

  it('reports every unusable option at once, each with its path', () => {
    const errors = errorsOf({
      mentors: -1,
      mentees: 2.5,
      seed: 1,
      capacity: [3, 1],
      goalsPerMentee: [1, 'x'],
      language: 'de',
      departments: 0,
    });
    expect(errors.map((e) => e.path)).toEqual([
      ['mentors'],
      ['mentees'],
      ['goalsPerMentee', 1],
      ['capacity'],
      ['departments'],
      ['language'],
    ]);
    for (const error of errors) {
      expect(error.code).toBe('invalid-option');
      // The message is a sentence without the path; the path names the option.
      expect(formatPath(error.path)).toMatch(
        /^(mentors|mentees|goalsPerMentee\[1\]|capacity|departments|language)$/,
      );
    }
  });

  it('reports missing required options, and options that are not an object', () => {
    expect(errorsOf({ mentors: 1, mentees: 1 })).toEqual([
      expect.objectContaining({ path: ['seed'], message: expect.stringMatching(/missing/) }),
    ]);
    expect(errorsOf(null).map((e) => e.path)).toEqual([[], ['mentors'], ['mentees'], ['seed']]);
  });

  it('rejects more skills per person than the catalogue has, and ranges that are not [min, max]', () => {
    // The default catalogue has 41 skills, 27 of them digital and 14 in experience areas.
    expect(errorsOf({ mentors: 1, mentees: 1, seed: 1, skillsPerPerson: 42 }).map((e) => e.path)).toEqual([
      ['skillsPerPerson'],
    ]);
    expect(errorsOf({ mentors: 1, mentees: 1, seed: 1, goalsPerMentee: [3, 28] }).map((e) => e.path)).toEqual(
      [['goalsPerMentee', 1]],
    );
    expect(errorsOf({ mentors: 1, mentees: 1, seed: 1, learnBackGoals: [1] }).map((e) => e.path)).toEqual([
      ['learnBackGoals'],
    ]);
    expect(errorsOf({ mentors: 1, mentees: 1, seed: 1, name: '  ' }).map((e) => e.path)).toEqual([['name']]);
    expect(isLeft(generateCohort({ mentors: 100_001, mentees: 0, seed: 1 }))).toBe(true);
  });
});
