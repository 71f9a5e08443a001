import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { compareIds, orThrow, parseCohort } from '../../src/domain/index';
import { type GenerateCohortOptions, generateCohort } from '../../src/synthetic/index';

const range = (max: number) =>
  fc.tuple(fc.nat({ max }), fc.nat({ max })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);

const options: fc.Arbitrary<GenerateCohortOptions> = fc.record(
  {
    mentors: fc.nat({ max: 25 }),
    mentees: fc.nat({ max: 25 }),
    seed: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    currentYear: fc.integer({ min: 1970, max: 2100 }),
    skillsPerPerson: fc.nat({ max: 41 }),
    goalsPerMentee: range(27),
    learnBackGoals: range(14),
    capacity: range(100),
    departments: fc.integer({ min: 1, max: 30 }),
    language: fc.constantFrom('pl' as const, 'en' as const),
  },
  { requiredKeys: ['mentors', 'mentees', 'seed'] },
);

describe('generateCohort (properties)', () => {
  it('always makes a cohort that parseCohort accepts, even with its current year', () => {
    fc.assert(
      fc.property(options, (o) => {
        const input = orThrow(generateCohort(o));
        const parsed = parseCohort(input, { currentYear: o.currentYear ?? 2026 });
        if (isLeft(parsed)) throw new Error(JSON.stringify(parsed.left.slice(0, 3)));
      }),
      { numRuns: 80 },
    );
  });

  it('gives equal cohorts for equal options', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect(generateCohort(o)).toEqual(generateCohort({ ...o }));
      }),
      { numRuns: 40 },
    );
  });

  it('makes exactly the people asked for, in id order, with the goals, skills and capacities asked for', () => {
    fc.assert(
      fc.property(options, (o) => {
        const input = orThrow(generateCohort(o));
        expect(input.mentors).toHaveLength(o.mentors);
        expect(input.mentees).toHaveLength(o.mentees);
        const ids = [...input.mentors, ...input.mentees].map((p) => p.id);
        expect(input.mentors.map((m) => m.id)).toEqual(input.mentors.map((m) => m.id).sort(compareIds));
        expect(new Set(ids).size).toBe(ids.length);
        const [goalMin, goalMax] = o.goalsPerMentee ?? [3, 5];
        const [backMin, backMax] = o.learnBackGoals ?? [1, 3];
        const [capMin, capMax] = o.capacity ?? [1, 3];
        for (const mentee of input.mentees) {
          expect(mentee.goals?.length).toBeGreaterThanOrEqual(goalMin);
          expect(mentee.goals?.length).toBeLessThanOrEqual(goalMax);
        }
        for (const mentor of input.mentors) {
          expect(mentor.goals?.length).toBeGreaterThanOrEqual(backMin);
          expect(mentor.goals?.length).toBeLessThanOrEqual(backMax);
          expect(mentor.capacity).toBeGreaterThanOrEqual(capMin);
          expect(mentor.capacity).toBeLessThanOrEqual(capMax);
        }
        for (const p of [...input.mentors, ...input.mentees]) {
          expect(Object.keys(p.skills as Record<string, number>)).toHaveLength(o.skillsPerPerson ?? 10);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('returns a Left, never throws, for options of any shape', () => {
    const anyOptions = fc.record(
      {
        mentors: fc.jsonValue(),
        mentees: fc.jsonValue(),
        seed: fc.jsonValue(),
        currentYear: fc.jsonValue(),
        goalsPerMentee: fc.jsonValue(),
        capacity: fc.jsonValue(),
        language: fc.jsonValue(),
        name: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyOptions, fc.jsonValue()), (o) => {
        const result = generateCohort(o as unknown as GenerateCohortOptions);
        if (isRight(result)) expect(isRight(parseCohort(result.right))).toBe(true);
        else for (const error of result.left) expect(error.code).toBe('invalid-option');
      }),
      { numRuns: 200 },
    );
  });
});
