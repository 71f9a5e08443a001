import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { parseCohort } from '../../src/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

describe('parseCohort (properties)', () => {
  it('never throws on arbitrary JSON, and a Left always holds at least one issue with a path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseCohort(value);
        if (isLeft(result)) {
          expect(result.left.length).toBeGreaterThan(0);
          for (const issue of result.left) expect(Array.isArray(issue.path)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on JSON shaped almost like a cohort', () => {
    const almost = fc.record({
      mentors: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'grade', 'skills', 'goals', 'capacity', 'managerId', '__proto__'),
          fc.jsonValue(),
        ),
      ),
      mentees: fc.array(
        fc.dictionary(
          fc.constantFrom('id', 'grade', 'skills', 'goals', 'birthYear', 'generation'),
          fc.jsonValue(),
        ),
      ),
      programme: fc.jsonValue(),
      managers: fc.jsonValue(),
    });
    fc.assert(
      fc.property(almost, (value) => void parseCohort(value)),
      { numRuns: 300 },
    );
    // Each run parses up to three times (unknown fields left out, a broken record's rest): a
    // loaded shared machine needs more than the default 5 s.
  }, 30_000);

  it('returns Right for every cohort the generator builds', () => {
    fc.assert(
      fc.property(cohortArbitrary(), (input) => {
        const result = parseCohort(input);
        if (isLeft(result)) throw new Error(JSON.stringify(result.left));
        expect(isRight(result)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same cohort whatever the order of the mentor and mentee lists', () => {
    fc.assert(
      fc.property(cohortArbitrary(), fc.nat(), (input, seed) => {
        const rotate = <T>(list: ReadonlyArray<T>): T[] =>
          list.map((_, i) => list[(i + seed) % list.length] as T);
        const a = parseCohort(input);
        const b = parseCohort({
          ...input,
          mentors: rotate(input.mentors),
          mentees: rotate(input.mentees).reverse(),
        });
        if (isLeft(a) || isLeft(b)) throw new Error('generated cohorts are valid');
        expect(b.right.mentors.map((m) => m.id)).toEqual(a.right.mentors.map((m) => m.id));
        expect(b.right.mentees.map((m) => m.id)).toEqual(a.right.mentees.map((m) => m.id));
      }),
      { numRuns: 100 },
    );
  });
});
