import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAMPLES, SAMPLE_JOURNALS } from '../../src/samples/index';
import { cohortJsonSchema, journalJsonSchema } from '../../src/domain/index';
import { generateCohort } from '../../src/synthetic/index';
import { cohortArbitrary } from '../support/cohortArbitrary';

// The JSON Schemas ship for other programs (reverse-mentoring/cohort.schema.json and
// journal.schema.json): what parseCohort accepts, a standard validator must accept too.
// Ajv in its default strict mode: the shipped schemas use only keywords and formats it knows.
const ajv = new Ajv2020({ allErrors: true });
const validCohort = ajv.compile(cohortJsonSchema());
const validJournal = ajv.compile(journalJsonSchema());

describe('the shipped JSON Schemas', () => {
  it('accept both sample cohorts and their journals', () => {
    for (const name of ['bank', 'public-office'] as const) {
      expect(validCohort(JSON.parse(JSON.stringify(SAMPLES[name]))), JSON.stringify(validCohort.errors)).toBe(
        true,
      );
      expect(
        validJournal(JSON.parse(JSON.stringify(SAMPLE_JOURNALS[name]))),
        JSON.stringify(validJournal.errors),
      ).toBe(true);
    }
  });

  it('accept every cohort the test generator and generateCohort build', () => {
    fc.assert(
      fc.property(cohortArbitrary(), (input) => validCohort(JSON.parse(JSON.stringify(input))) === true),
      { numRuns: 100 },
    );
    for (const seed of [1, 2, 3]) {
      const generated = generateCohort({ mentors: 30, mentees: 40, seed });
      if (generated._tag === 'Left') throw new Error('generateCohort refused valid options');
      expect(validCohort(generated.right), JSON.stringify(validCohort.errors)).toBe(true);
    }
  });

  it('reject what parseCohort rejects for its shape: a wrong type, a level out of range, an unknown field', () => {
    const base = { mentors: [{ id: 'a', grade: 1 }], mentees: [] };
    expect(validCohort(base)).toBe(true);
    expect(validCohort({ ...base, mentors: [{ id: 'a', grade: 'senior' }] })).toBe(false);
    expect(validCohort({ ...base, mentors: [{ id: 'a', grade: 1, skills: { seo: 7 } }] })).toBe(false);
    expect(validCohort({ ...base, mentors: [{ id: 'a', grade: 1, skils: {} }] })).toBe(false);
    expect(validCohort({ mentors: [] })).toBe(false);
    expect(
      validJournal({
        checkIns: [{ mentorId: 'a', menteeId: 'b', date: '2027-01-11', ratings: { mentee: 6 } }],
      }),
    ).toBe(false);
  });

  it('carry availability windows with their pattern and description, and the minimum-overlap rule (issue 16)', () => {
    const schema = cohortJsonSchema() as {
      properties: { mentors: { items: { properties: Record<string, { items?: Record<string, unknown> }> } } };
    };
    const window = schema.properties.mentors.items.properties.availability?.items;
    expect(window).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(window?.description).toMatch(/mon 08:00-10:00/);
    const base = { mentors: [{ id: 'a', grade: 1 }], mentees: [] as unknown[] };
    const withWindows = (availability: unknown) => ({
      ...base,
      mentors: [{ id: 'a', grade: 1, availability }],
    });
    expect(validCohort(withWindows(['mon 08:00-10:00', 'Monday 8:00–10:30', 'śr 14.00-15.30']))).toBe(true);
    expect(validCohort(withWindows(['mon']))).toBe(false);
    expect(validCohort(withWindows('mon 08:00-10:00'))).toBe(false);
    expect(validCohort({ ...base, programme: { rules: { minAvailabilityOverlapMinutes: 60 } } })).toBe(true);
    expect(validCohort({ ...base, programme: { rules: { minAvailabilityOverlapMinutes: -1 } } })).toBe(false);
    const generated = generateCohort({ mentors: 10, mentees: 10, seed: 1, availability: true });
    if (generated._tag === 'Left') throw new Error('generateCohort refused valid options');
    expect(validCohort(generated.right), JSON.stringify(validCohort.errors)).toBe(true);
  });
});
