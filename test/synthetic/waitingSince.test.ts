import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { orThrow, parseCohort } from '../../src/domain/index';
import { generateCohort } from '../../src/synthetic/index';
import { matchWave } from '../../src/workflow/index';

const base = { mentors: 12, mentees: 20, seed: 5 };

describe('generateCohort with waitingSince', () => {
  it('dates every mentee within the span, and changes nothing else', () => {
    const plain = orThrow(generateCohort(base));
    const dated = orThrow(generateCohort({ ...base, waitingSince: { from: '2027-01-30', days: 40 } }));
    const dates = dated.mentees.map((m) => (m as { waitingSince?: string }).waitingSince ?? '');
    for (const date of dates) {
      expect(date >= '2027-01-30' && date <= '2027-03-11').toBe(true);
    }
    expect(new Set(dates).size).toBeGreaterThan(5);
    const strip = dated.mentees.map((m) => {
      const { waitingSince: _, ...rest } = m as { waitingSince?: string };
      return rest;
    });
    expect(strip).toEqual(plain.mentees);
    expect(dated.mentors).toEqual(plain.mentors);
    expect(generateCohort({ ...base, waitingSince: { from: '2027-01-30', days: 40 } })).toEqual(
      generateCohort({ ...base, waitingSince: { from: '2027-01-30', days: 40 } }),
    );
  });

  it('refuses a wrong span, naming the option', () => {
    for (const [waitingSince, path] of [
      [{ from: '2027-02-30', days: 3 }, ['waitingSince', 'from']],
      [{ from: '2027-01-01', days: -1 }, ['waitingSince', 'days']],
      [{ from: '2027-01-01', days: 1.5 }, ['waitingSince', 'days']],
      ['soon', ['waitingSince']],
    ] as const) {
      const result = generateCohort({ ...base, waitingSince: waitingSince as never });
      expect(isLeft(result) && result.left.map((i) => i.path)).toEqual([path]);
    }
  });

  it('gives a wave one class per day, served in date order', () => {
    const cohort = orThrow(
      parseCohort(orThrow(generateCohort({ ...base, waitingSince: { from: '2027-01-01', days: 5 } }))),
    );
    const wave = orThrow(matchWave(cohort, { pairs: [] }));
    const days = wave.classes.map((c) => c.waitingSince);
    expect(days).toEqual([...days].sort());
    expect(wave.classes.reduce((n, c) => n + c.mentees, 0)).toBe(
      cohort.mentees.filter((m) => m.capacity > 0).length,
    );
  });
});
