import { isLeft, isRight, type Either } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../../src/cli/io/InputIssue';
import { readCohortCsv } from '../../../src/cli/io/readCohortCsv';

const HEADER =
  'id,role,name,birth_year,generation,grade,department,manager_id,languages,time_zone,capacity,skills,goals';

function issues<A>(result: Either<ReadonlyArray<InputIssue>, A>): ReadonlyArray<InputIssue> {
  if (isRight(result)) throw new Error('expected issues');
  return result.left;
}

function ok<A>(result: Either<ReadonlyArray<InputIssue>, A>): A {
  if (isLeft(result)) throw new Error(`unexpected issues: ${JSON.stringify(result.left)}`);
  return result.right;
}

describe('readCohortCsv', () => {
  it('reads each row as a mentor or a mentee with typed cells and keeps its spreadsheet row', () => {
    const csv = [
      HEADER,
      'ola,mentor,Ola Nowak,2000,,2,marketing,e-jan,pl;en,Europe/Warsaw,2,social-media-marketing:4;excel:2,business-strategy:high:3',
      'jan,Mentee,"Kowalski, Jan",1965,,8,board,,pl en,,,negotiation:5,tiktok-ads:high:3;instagram;seo::2',
    ].join('\n');
    const read = ok(readCohortCsv(csv, 'people.csv'));
    expect(read.mentors).toEqual([
      {
        id: 'ola',
        name: 'Ola Nowak',
        birthYear: 2000,
        grade: 2,
        department: 'marketing',
        managerId: 'e-jan',
        languages: ['pl', 'en'],
        timeZone: 'Europe/Warsaw',
        capacity: 2,
        skills: { 'social-media-marketing': 4, excel: 2 },
        goals: [{ skill: 'business-strategy', priority: 'high', target: 3 }],
      },
    ]);
    expect(read.mentees).toEqual([
      {
        id: 'jan',
        name: 'Kowalski, Jan',
        birthYear: 1965,
        grade: 8,
        department: 'board',
        languages: ['pl', 'en'],
        skills: { negotiation: 5 },
        goals: [
          { skill: 'tiktok-ads', priority: 'high', target: 3 },
          { skill: 'instagram' },
          { skill: 'seo', target: 2 },
        ],
      },
    ]);
    // the header is row 1, so the first participant is row 2
    expect(read.mentorRows).toEqual([2]);
    expect(read.menteeRows).toEqual([3]);
  });

  it('needs only id, role and grade, and skips blank lines without renumbering the rows', () => {
    const read = ok(readCohortCsv('ID, Role ,Grade\n\nola,mentor,1\n,,\nkuba,mentee,7\n', 'p.csv'));
    expect(read.mentors).toEqual([{ id: 'ola', grade: 1 }]);
    expect(read.mentorRows).toEqual([3]);
    expect(read.menteeRows).toEqual([5]);
  });

  it('takes the delimiter of a spreadsheet that writes semicolons', () => {
    const read = ok(
      readCohortCsv('id;role;grade;skills\nola;mentor;1;"tiktok-ads:5;instagram:4"\n', 'p.csv'),
    );
    expect(read.mentors[0]?.skills).toEqual({ 'tiktok-ads': 5, instagram: 4 });
  });

  it('keeps a skill id such as __proto__ as data', () => {
    const read = ok(readCohortCsv('id,role,grade,skills\nola,mentor,1,__proto__:3\n', 'p.csv'));
    const skills = read.mentors[0]?.skills as Record<string, unknown>;
    expect(Object.keys(skills)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(skills)).toBe(Object.prototype);
  });

  it('names every missing required column', () => {
    expect(issues(readCohortCsv('id,name\nola,Ola\n', 'people.csv'))).toEqual([
      {
        code: 'missing-column',
        message: 'missing column "role" (or a column such as "Rola"; name yours with --columns)',
        where: 'people.csv',
      },
      {
        code: 'missing-column',
        message: 'missing column "grade" (or a column such as "Grade Level"; name yours with --columns)',
        where: 'people.csv',
      },
    ]);
  });

  it('rejects an unknown column and suggests the one it probably means', () => {
    const [issue] = issues(readCohortCsv('id,role,grade,skils\nola,mentor,1,excel:2\n', 'people.csv'));
    expect(issue?.code).toBe('unknown-column');
    expect(issue?.message).toMatch(/^unknown column "skils" \(did you mean "skills"\?\)/);
  });

  it('points at the row and column of a bad skill cell, quoting the entry', () => {
    const csv = `${HEADER}\na,mentor,,,,1,,,,,,,\nb,mentor,,,,1,,,,,,,\nc,mentor,,,,1,,,,,,excel:2;tiktok-ads:nine,\n`;
    expect(issues(readCohortCsv(csv, 'p.csv'))).toEqual([
      {
        code: 'bad-cell',
        message: '"tiktok-ads:nine" — a level is 0–5, or a word such as competent or expert',
        where: 'row 4, column skills',
        path: [4, 'skills'],
      },
    ]);
  });

  it('lists every problem of every row at once', () => {
    const csv = [
      'id,role,grade,capacity,skills,goals',
      'a,boss,1,,excel,',
      'b,mentee,x,2,excel:6,tiktok-ads:urgent;seo:high:9;a:b:c:d',
      ',mentor,1,,,',
    ].join('\n');
    expect(issues(readCohortCsv(csv, 'p.csv'))).toEqual([
      {
        code: 'unknown-role',
        message: 'unknown role "boss" — a role is mentor or mentee',
        where: 'row 2, column role',
        path: [2, 'role'],
      },
      {
        code: 'bad-cell',
        message: '"excel" — write a skill as id:level, such as spreadsheets:3',
        where: 'row 2, column skills',
        path: [2, 'skills'],
      },
      {
        code: 'bad-cell',
        message:
          '"x" is not a grade: write a number (higher = more senior), a text with one number such as L2, or map it in the --columns file\'s "grades"',
        where: 'row 3, column grade',
        path: [3, 'grade'],
      },
      {
        code: 'bad-cell',
        message: '"excel:6" — a level is 0–5, or a word such as competent or expert',
        where: 'row 3, column skills',
        path: [3, 'skills'],
      },
      {
        code: 'bad-cell',
        message: '"tiktok-ads:urgent" — a priority is high, medium or low (wysoki, średni, niski)',
        where: 'row 3, column goals',
        path: [3, 'goals'],
      },
      {
        code: 'bad-cell',
        message: '"seo:high:9" — a target is 1–5',
        where: 'row 3, column goals',
        path: [3, 'goals'],
      },
      {
        code: 'bad-cell',
        message: '"a:b:c:d" — write a goal as skill:priority:target, such as tiktok-ads:high:3',
        where: 'row 3, column goals',
        path: [3, 'goals'],
      },
      { code: 'bad-cell', message: 'an id is required', where: 'row 4, column id', path: [4, 'id'] },
    ]);
  });

  it('reports a row whose number of cells differs from the header', () => {
    expect(issues(readCohortCsv('id,role,grade\nola,mentor\n', 'p.csv'))).toEqual([
      { code: 'invalid-csv', message: '2 cells, but the header has 3 columns', where: 'row 2', path: [2] },
    ]);
  });

  it('reports a quote that is never closed with its line', () => {
    const [issue] = issues(readCohortCsv('id,role,grade,name\nola,mentor,1,"Ola\n', 'p.csv'));
    expect(issue).toMatchObject({ code: 'invalid-csv', where: 'p.csv' });
    expect(issue?.message).toMatch(/a quoted cell is never closed \(line \d+\)/);
  });

  it('treats a header with no rows as a mistake rather than an empty cohort', () => {
    expect(issues(readCohortCsv(`${HEADER}\n`, 'p.csv'))).toEqual([
      {
        code: 'no-participants',
        message: 'the file has a header but no participants',
        where: 'p.csv',
        path: [],
      },
    ]);
  });
});
