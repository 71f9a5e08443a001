import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { generateCohort } from '../../src/synthetic/index';

// Issue 16: the generator can give some people preferences and vetoes.
describe('generateCohort with preferenceShare and vetoShare', () => {
  const options = { mentors: 80, mentees: 120, seed: 9, preferenceShare: 0.5, vetoShare: 0.2 };
  const input = orThrow(generateCohort(options));
  const people = [...input.mentors, ...input.mentees];

  it('makes a valid cohort, the same for the same seed', () => {
    expect(isRight(parseCohort(input))).toBe(true);
    expect(JSON.stringify(orThrow(generateCohort(options)))).toBe(JSON.stringify(input));
  });

  it('gives about the share asked for, 1–5 ranked people of the other side and one veto', () => {
    const ranked = people.filter((p) => (p.preferences ?? []).length > 0).length / people.length;
    const vetoing = people.filter((p) => (p.vetoes ?? []).length > 0).length / people.length;
    expect(ranked).toBeGreaterThan(0.4);
    expect(ranked).toBeLessThan(0.6);
    expect(vetoing).toBeGreaterThan(0.12);
    expect(vetoing).toBeLessThan(0.28);
    const menteeIds = new Set(input.mentees.map((m) => m.id));
    for (const m of input.mentors) {
      expect((m.preferences ?? []).length).toBeLessThanOrEqual(5);
      for (const id of [...(m.preferences ?? []), ...(m.vetoes ?? [])]) expect(menteeIds.has(id)).toBe(true);
      expect((m.vetoes ?? []).length).toBeLessThanOrEqual(1);
    }
  });

  it('changes nothing else in the cohort', () => {
    const plain = orThrow(generateCohort({ mentors: 80, mentees: 120, seed: 9 }));
    const strip = <P extends { preferences?: unknown; vetoes?: unknown }>({
      preferences,
      vetoes,
      ...rest
    }: P) => {
      void preferences;
      void vetoes;
      return rest;
    };
    expect({ ...input, mentors: input.mentors.map(strip), mentees: input.mentees.map(strip) }).toEqual(plain);
  });

  it('refuses a share outside [0, 1], at its option', () => {
    const result = generateCohort({ mentors: 2, mentees: 2, seed: 1, preferenceShare: 1.5, vetoShare: -1 });
    expect(isLeft(result) ? result.left.map((i) => i.path) : []).toEqual([
      ['preferenceShare'],
      ['vetoShare'],
    ]);
  });
});
