import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { type GenerateCohortOptions, generateCohort } from '../../src/synthetic/index';
import { orThrow, parseCohortWithWarnings, weeklyOverlapMinutes } from '../../src/domain/index';
import { scorePair } from '../../src/scoring/index';

const options: GenerateCohortOptions = { mentors: 30, mentees: 40, seed: 3 };

describe('generateCohort with availability', () => {
  it('is off by default: nobody has an availability field, as before the option existed', () => {
    const plain = orThrow(generateCohort(options));
    expect([...plain.mentors, ...plain.mentees].some((p) => 'availability' in p)).toBe(false);
    expect(orThrow(generateCohort({ ...options, availability: false }))).toEqual(plain);
  });

  it('gives everybody one to three valid windows on working days, and changes nothing else', () => {
    const plain = orThrow(generateCohort(options));
    const withWindows = orThrow(generateCohort({ ...options, availability: true }));
    const people = [...withWindows.mentors, ...withWindows.mentees];
    for (const person of people) {
      expect(person.availability?.length).toBeGreaterThanOrEqual(1);
      expect(person.availability?.length).toBeLessThanOrEqual(3);
      for (const window of person.availability ?? [])
        expect(window).toMatch(/^(mon|tue|wed|thu|fri) (0[89]|1[0-7]):[03]0-(09|1[0-8]):[03]0$/);
    }
    const strip = ({ availability: _, ...rest }: { availability?: unknown }) => rest;
    expect({
      ...withWindows,
      mentors: withWindows.mentors.map(strip),
      mentees: withWindows.mentees.map(strip),
    }).toEqual(plain);
    // Everybody has a time zone, so no window is read in UTC for want of one.
    expect(orThrow(parseCohortWithWarnings(withWindows)).warnings).toEqual([]);
  });

  it('is deterministic through its seed', () => {
    const a = orThrow(generateCohort({ ...options, availability: true }));
    expect(orThrow(generateCohort({ ...options, availability: true }))).toEqual(a);
    expect(
      orThrow(generateCohort({ ...options, seed: 4, availability: true })).mentors.map((m) => m.availability),
    ).not.toEqual(a.mentors.map((m) => m.availability));
  });

  it('makes cohorts in which some pairs share time and some do not, scored by availability instead of the time zone', () => {
    const cohort = orThrow(
      parseCohortWithWarnings(orThrow(generateCohort({ ...options, availability: true }))),
    ).cohort;
    const overlaps = cohort.mentees.flatMap((e) =>
      cohort.mentors.map((m) => weeklyOverlapMinutes(m, e) ?? -1),
    );
    expect(overlaps.some((o) => o === 0)).toBe(true);
    expect(overlaps.some((o) => o >= 120)).toBe(true);
    const scored = cohort.mentees.flatMap((e) =>
      cohort.mentors.flatMap((m) => {
        const pair = orThrow(scorePair(cohort, m.id, e.id));
        return pair.kind === 'scored' ? [pair.criteria] : [];
      }),
    );
    expect(scored.length).toBeGreaterThan(0);
    for (const criteria of scored) {
      expect(criteria.availability).toBeDefined();
      expect(criteria.timeZone).toBeUndefined();
    }
  });

  it('refuses an availability option that is not a boolean', () => {
    const result = generateCohort({ ...options, availability: 'yes' as unknown as boolean });
    expect(isRight(result) ? [] : result.left).toEqual([
      { code: 'invalid-option', message: 'must be true or false; it is "yes"', path: ['availability'] },
    ]);
  });
});
