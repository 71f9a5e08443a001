import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { loadCohort } from '../../../src/cli/io/loadCohort';
import { readCohortCsv } from '../../../src/cli/io/readCohortCsv';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { type CohortInput, orThrow, parseCohort } from '../../../src/index';
import { fakeIo } from '../fakeIo';

const input: CohortInput = {
  mentors: [
    {
      id: 'ola',
      grade: 1,
      timeZone: 'Europe/Warsaw',
      availability: ['mon 08:00-10:00', 'wed 14:00-15:30'],
    },
  ],
  mentees: [{ id: 'jan', grade: 8, timeZone: 'America/New_York' }],
};

describe('the availability column', () => {
  it('is written only when somebody lists availability, its windows joined by "; "', () => {
    expect(writeCohortCsv(input).split('\n').slice(0, 3)).toEqual([
      'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals,availability',
      'ola,mentor,,,,1,,,,Europe/Warsaw,,,,mon 08:00-10:00; wed 14:00-15:30',
      'jan,mentee,,,,8,,,,America/New_York,,,,',
    ]);
    expect(writeCohortCsv({ ...input, mentors: [{ id: 'ola', grade: 1 }] })).not.toContain('availability');
  });

  it('round-trips: the people read back validate to the same cohort', () => {
    const read = readCohortCsv(writeCohortCsv(input), 'people.csv');
    if (isLeft(read)) throw new Error(JSON.stringify(read.left));
    expect(read.right.mentors[0]?.availability).toEqual(['mon 08:00-10:00', 'wed 14:00-15:30']);
    expect(orThrow(parseCohort({ mentors: read.right.mentors, mentees: read.right.mentees }))).toEqual(
      orThrow(parseCohort(input)),
    );
  });

  it('reads a Polish Excel export: a BOM, semicolons, a Polish header, windows split by commas and line breaks', async () => {
    const csv = [
      '\uFEFFid;rola;stopień;strefa czasowa;Dostępność',
      'ola;mentor;1;Europe/Warsaw;"Pon 8:00–10:00, śr 14:00-15:30"',
      'jan;podopieczny;8;Europe/Warsaw;"Monday 09:00-11:00\nWednesday 15:00-16:00 | mon 9:30-10:00"',
    ].join('\r\n');
    const loaded = await loadCohort(fakeIo({ 'ludzie.csv': csv }), 'ludzie.csv');
    if (isLeft(loaded)) throw new Error(JSON.stringify(loaded.left));
    expect(loaded.right.cohort.mentors[0]?.availability).toEqual(['mon 08:00-10:00', 'wed 14:00-15:30']);
    expect(loaded.right.cohort.mentees[0]?.availability).toEqual(['mon 09:00-11:00', 'wed 15:00-16:00']);
  });

  it('names the row and the column of a window that is wrong', async () => {
    const csv = [
      'id,role,grade,availability',
      'ola,mentor,1,mon 08:00-10:00; sun 22:00-02:00',
      'jan,mentee,8,',
    ].join('\n');
    const loaded = await loadCohort(fakeIo({ 'p.csv': csv }), 'p.csv');
    expect(isRight(loaded)).toBe(false);
    if (isRight(loaded)) return;
    expect(loaded.left).toEqual([
      expect.objectContaining({
        code: 'invalid-availability',
        where: 'row 2, column availability',
        message: expect.stringContaining('a window does not cross midnight'),
      }),
    ]);
  });

  it('warns, at the row and column, of windows read in UTC for want of a time zone', async () => {
    const csv = ['id,role,grade,availability', 'ola,mentor,1,mon 08:00-10:00', 'jan,mentee,8,'].join('\n');
    const loaded = await loadCohort(fakeIo({ 'p.csv': csv }), 'p.csv');
    if (isLeft(loaded)) throw new Error(JSON.stringify(loaded.left));
    expect(loaded.right.warnings).toEqual([
      expect.objectContaining({
        code: 'availability-without-time-zone',
        where: 'row 2, column availability',
      }),
    ]);
  });
});
