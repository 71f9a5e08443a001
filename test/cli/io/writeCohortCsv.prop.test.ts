import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { readCohortCsv } from '../../../src/cli/io/readCohortCsv';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { type CohortInput, orThrow, parseCohort } from '../../../src/index';
import { SAMPLES } from '../../../src/samples/index';
import { cohortArbitrary } from '../../support/cohortArbitrary';
import { scoringCohortArbitrary } from '../../scoring/scoringCohortArbitrary';

/** The cohort again, its people read back from the CSV the writer made, its programme as before. */
function throughCsv(input: CohortInput): unknown {
  const read = readCohortCsv(writeCohortCsv(input), 'round-trip.csv');
  if (!isRight(read)) throw new Error(`the CSV does not read back: ${JSON.stringify(read.left)}`);
  return {
    programme: input.programme,
    catalog: input.catalog,
    managers: input.managers,
    mentors: read.right.mentors,
    mentees: read.right.mentees,
  };
}

describe('writeCohortCsv', () => {
  it('round-trips every valid cohort: the people read back validate to the same cohort', () => {
    fc.assert(
      fc.property(cohortArbitrary({ minMentors: 1 }), (input) => {
        expect(orThrow(parseCohort(throughCsv(input)))).toEqual(orThrow(parseCohort(input)));
      }),
      { numRuns: 150 },
    );
    // Each run parses up to three times (unknown fields left out, a broken record's rest): a
    // loaded shared machine needs more than the default 5 s.
  }, 30_000);

  it('round-trips preferences (in their order) and vetoes (issue 16)', () => {
    fc.assert(
      fc.property(scoringCohortArbitrary({ minMentors: 1 }), (input) => {
        expect(orThrow(parseCohort(throughCsv(input)))).toEqual(orThrow(parseCohort(input)));
      }),
      { numRuns: 100 },
    );
    const csv = writeCohortCsv({
      mentors: [{ id: 'ola', grade: 1, vetoes: ['ewa'] }],
      mentees: [
        { id: 'jan', grade: 8, preferences: ['kuba', 'ola'] },
        { id: 'ewa', grade: 7, preferences: [] },
      ],
    });
    expect(csv.split('\n').slice(0, 4)).toEqual([
      'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals,preferences,vetoes',
      'ola,mentor,,,,1,,,,,,,,,ewa',
      'jan,mentee,,,,8,,,,,,,,kuba;ola,',
      'ewa,mentee,,,,7,,,,,,,,,',
    ]);
    const read = readCohortCsv(
      'id,role,grade,Preferred mentors,Weto\njan,mentee,8,"kuba, ola",\nola,mentor,1,,jan | ewa\n',
      'people.csv',
    );
    expect(isRight(read) ? [read.right.mentees, read.right.mentors] : read.left).toEqual([
      [{ id: 'jan', grade: 8, preferences: ['kuba', 'ola'] }],
      [{ id: 'ola', grade: 1, vetoes: ['jan', 'ewa'] }],
    ]);
  }, 30_000);

  it('round-trips both embedded samples', () => {
    for (const sample of Object.values(SAMPLES))
      expect(orThrow(parseCohort(throughCsv(sample)))).toEqual(orThrow(parseCohort(sample)));
  });

  it('writes the columns of the format, mentors first, with list cells joined by semicolons', () => {
    const csv = writeCohortCsv({
      mentors: [
        { id: 'ola', grade: 1, languages: ['pl', 'en'], capacity: 2, skills: { 'tiktok-ads': 5, excel: 2 } },
      ],
      mentees: [
        {
          id: 'jan',
          name: 'Kowalski, Jan',
          grade: 8,
          goals: [
            { skill: 'tiktok-ads', priority: 'high', target: 3 },
            { skill: 'seo', target: 2 },
          ],
        },
      ],
    });
    expect(csv).toBe(
      [
        'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals',
        'ola,mentor,,,,1,,,pl;en,,2,tiktok-ads:5;excel:2,',
        'jan,mentee,"Kowalski, Jan",,,8,,,,,,,tiktok-ads:high:3;seo::2',
        '',
      ].join('\n'),
    );
  });

  it('writes what its TSDoc example says', () => {
    expect(
      writeCohortCsv({ mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } }], mentees: [] }),
    ).toBe(
      'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals\nola,mentor,,,,1,,,,,,tiktok-ads:5,\n',
    );
  });

  it('adds the optional experience columns only when somebody has them, and reads them back', () => {
    const input: CohortInput = {
      mentors: [{ id: 'ola', grade: 1, yearsOfExperience: 3, tenureYears: 1.5 }],
      mentees: [],
    };
    const csv = writeCohortCsv(input);
    expect(csv.split('\n')[0]).toMatch(/,goals,years_of_experience,tenure_years$/);
    expect(orThrow(parseCohort(throughCsv(input)))).toEqual(orThrow(parseCohort(input)));
  });
});
