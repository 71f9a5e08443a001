import { isLeft, isRight, type Either } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../../src/cli/io/InputIssue';
import { loadCohort } from '../../../src/cli/io/loadCohort';
import { writeCohortCsv } from '../../../src/cli/io/writeCohortCsv';
import { SAMPLES } from '../../../src/samples/index';
import { fakeIo } from '../fakeIo';

function issues<A>(result: Either<ReadonlyArray<InputIssue>, A>): ReadonlyArray<InputIssue> {
  if (isRight(result)) throw new Error('expected issues');
  return result.left;
}

const bankJson = JSON.stringify(SAMPLES.bank);
const { mentors: _m, mentees: _e, ...bankProgramme } = SAMPLES.bank;

describe('loadCohort', () => {
  it('reads a JSON cohort by its extension and validates it', async () => {
    const loaded = await loadCohort(fakeIo({ 'bank.json': bankJson }), 'bank.json');
    expect(isRight(loaded) && loaded.right.format).toBe('json');
    expect(isRight(loaded) && loaded.right.cohort.mentors.length).toBe(10);
  });

  it('reads a CSV with its programme file and gets the same cohort as the JSON', async () => {
    const io = fakeIo({
      'bank.json': bankJson,
      'people.csv': writeCohortCsv(SAMPLES.bank),
      'programme.json': JSON.stringify(bankProgramme),
    });
    const fromJson = await loadCohort(io, 'bank.json');
    const fromCsv = await loadCohort(io, 'people.csv', { programme: 'programme.json' });
    if (isLeft(fromJson) || isLeft(fromCsv)) throw new Error('expected both to load');
    expect(fromCsv.right.format).toBe('csv');
    expect(fromCsv.right.cohort).toEqual(fromJson.right.cohort);
  });

  it('takes a bare programme as the programme file', async () => {
    const io = fakeIo({ 'p.csv': 'id,role,grade\nola,mentor,1\n', 'programme.json': '{"name": "Pilot"}' });
    const loaded = await loadCohort(io, 'p.csv', { programme: 'programme.json' });
    expect(isRight(loaded) && loaded.right.cohort.programme.name).toBe('Pilot');
  });

  it('tells JSON from CSV by content when the name does not say (standard input)', async () => {
    const json = await loadCohort(fakeIo({ '-': '  {"mentors": [], "mentees": []}' }), '-');
    const csv = await loadCohort(fakeIo({ '-': 'id,role,grade\nola,mentor,1\n' }), '-');
    expect(isRight(json) && json.right.format).toBe('json');
    expect(isRight(csv) && csv.right.format).toBe('csv');
  });

  it('says a file is missing, unreadable, empty or not UTF-8', async () => {
    const io = fakeIo({
      'dir.json': { kind: 'is-directory', detail: '' },
      'secret.json': { kind: 'permission-denied', detail: '' },
      'empty.csv': ' \n',
      'latin2.csv': new Uint8Array([0x69, 0x64, 0x0a, 0xb1]),
    });
    expect(issues(await loadCohort(io, 'nope.json'))).toEqual([
      { code: 'file-not-found', message: 'no such file', where: 'nope.json', path: [] },
    ]);
    expect(issues(await loadCohort(io, 'dir.json'))[0]?.message).toBe('is a directory, not a file');
    expect(issues(await loadCohort(io, 'secret.json'))[0]?.message).toBe('permission denied');
    expect(issues(await loadCohort(io, 'empty.csv'))).toEqual([
      { code: 'file-empty', message: 'the file is empty', where: 'empty.csv', path: [] },
    ]);
    expect(issues(await loadCohort(io, 'latin2.csv'))[0]?.code).toBe('not-utf8');
    expect(issues(await loadCohort(fakeIo({}), '-'))[0]?.where).toBe('standard input');
  });

  it('locates the issues of a JSON cohort by their path', async () => {
    const input = {
      mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-adz': 5 } }],
      mentees: [{ id: 'ola', grade: 'high' }],
    };
    const found = issues(await loadCohort(fakeIo({ 'c.json': JSON.stringify(input) }), 'c.json'));
    expect(found.map((i) => i.where)).toEqual(
      expect.arrayContaining(['mentors[0].skills.tiktok-adz', 'mentees[0].grade']),
    );
    expect(found.every((i) => i.code !== 'file-not-found')).toBe(true);
  });

  it('maps the issues parseCohort finds in CSV rows back to the row and column (strict: managers too)', async () => {
    const csv = [
      'id,role,grade,birth_year,manager_id,skills',
      'ola,mentor,1,2000,,tiktok-adz:5',
      'jan,mentee,8,2090,nobody,',
    ].join('\n');
    const found = issues(await loadCohort(fakeIo({ 'p.csv': csv }), 'p.csv', { strict: true }));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown-skill', where: 'row 2, column skills' }),
        expect.objectContaining({ code: 'birth-year-in-future', where: 'row 3, column birth_year' }),
        expect.objectContaining({ code: 'unknown-manager', where: 'row 3, column manager_id' }),
      ]),
    );
  });

  it('names the programme file for the issues that come from it', async () => {
    const io = fakeIo({
      'p.csv': 'id,role,grade\nola,mentor,1\n',
      'programme.json': JSON.stringify({
        programme: { rules: { minScore: 2, pinnedPairs: [['ola', 'ghost']] } },
      }),
    });
    const found = issues(await loadCohort(io, 'p.csv', { programme: 'programme.json' }));
    expect(found.map((i) => i.where)).toEqual(
      expect.arrayContaining(['programme.json: programme.rules.minScore']),
    );
    expect(found.every((i) => i.where.startsWith('programme.json: '))).toBe(true);
  });

  it('rejects a programme file that is not an object or has other fields', async () => {
    const io = fakeIo({
      'p.csv': 'id,role,grade\nola,mentor,1\n',
      'a.json': '[1]',
      'b.json': '{"programme": {}, "mentors": []}',
    });
    expect(issues(await loadCohort(io, 'p.csv', { programme: 'a.json' }))[0]).toMatchObject({
      code: 'invalid-type',
      where: 'a.json',
    });
    expect(issues(await loadCohort(io, 'p.csv', { programme: 'b.json' }))[0]).toMatchObject({
      code: 'unknown-field',
      where: 'b.json',
    });
  });

  it('reports the cohort file and the programme file together', async () => {
    const io = fakeIo({ 'c.json': '{', 'programme.json': '' });
    const found = issues(await loadCohort(io, 'c.json', { programme: 'programme.json' }));
    expect(found.map((i) => [i.code, i.where])).toEqual([
      ['invalid-json', 'c.json'],
      ['file-empty', 'programme.json'],
    ]);
  });
});
