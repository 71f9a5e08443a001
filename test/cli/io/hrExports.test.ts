import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { fakeIo } from '../fakeIo';
import { runCommand } from '../runCommand';

const dir = join(import.meta.dirname, '../../fixtures/hr');
const fixture = (name: string): string => readFileSync(join(dir, name), 'utf8');

async function validate(files: Record<string, string | Uint8Array>, args: ReadonlyArray<string>) {
  return runCommand(['validate', ...args], fakeIo(files));
}

describe('cohorts from HR exports (the worked examples of docs/cli.md)', () => {
  it('reads a Workday report: its headers, birth and start dates, L-grades, language names and skill labels', async () => {
    const run = await validate({ 'workday.csv': fixture('workday.csv') }, ['workday.csv']);
    expect([run.code, run.err]).toEqual([
      0,
      'workday.csv: warning: unknown column "Location" is left out\n' +
        'workday.csv: warning: unknown column "Email" is left out\n' +
        'workday.csv: warning: unknown column "Business_Title" is left out\n',
    ]);
    expect(run.out).toMatch(/^workday\.csv: valid\n/);
    const json = await runCommand(
      ['match', 'workday.csv', '--format', 'json'],
      fakeIo({ 'workday.csv': fixture('workday.csv') }),
    );
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as { pairs: unknown[] }).pairs).toHaveLength(2);
  });

  it('reads a BambooHR export, telling Supervisor E ID (the ids) from Supervisor ID', async () => {
    const run = await validate({ 'bamboohr.csv': fixture('bamboohr.csv') }, ['bamboohr.csv']);
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'column "Supervisor ID" is left out: "Supervisor E ID" holds the managers\' ids',
    );
  });

  it('reads a SAP SuccessFactors user file: two header rows, NO_MGR, and a --columns mapping for custom fields and grades', async () => {
    const run = await validate(
      { 'sf.csv': fixture('successfactors.csv'), 'mapping.json': fixture('successfactors.columns.json') },
      ['sf.csv', '--columns', 'mapping.json'],
    );
    expect([run.code, run.err]).toEqual([0, 'sf.csv: warning: unknown column "EMAIL" is left out\n']);
  });

  it("reads a sign-up form: Polish headers, grids of one column per skill and per goal, Excel's empty trailing headers", async () => {
    const run = await validate({ 'forms.csv': fixture('forms.csv') }, ['forms.csv']);
    expect(run.code).toBe(0);
    expect(run.err).toBe('forms.csv: warning: unknown column "Sygnatura czasowa" is left out\n' + '');
  });

  it('reads the same people from an Excel workbook, its first sheet or the one named', async () => {
    const rows = fixture('workday.csv')
      .trim()
      .split('\n')
      .map((line) => line.match(/("[^"]*"|[^,]+|(?<=,)(?=,|$))/g)?.map((c) => c.replace(/^"|"$/g, '')) ?? []);
    const data = rows.map((row) => row.map((value) => (value === '' ? null : { value })));
    const bytes = new Uint8Array(
      await writeXlsxFile([
        { sheet: 'Notes', data: [[{ value: 'exported 2027-01-01' }]] },
        { sheet: 'People', data },
      ]).toBuffer(),
    );
    const named = await validate({ 'w.xlsx': bytes }, ['w.xlsx', '--sheet', 'People']);
    expect(named.code).toBe(0);
    const missing = await validate({ 'w.xlsx': bytes }, ['w.xlsx', '--sheet', 'Staff']);
    expect([missing.code, missing.err]).toEqual([
      1,
      'w.xlsx: no sheet "Staff" in the workbook; its sheets are "Notes", "People"\n',
    ]);
  });

  it('still rejects a near-miss of a known column, and in strict mode every unknown one', async () => {
    const typo = await validate({ 'p.csv': 'id,role,grade,skils\nola,mentor,1,seo:4\n' }, ['p.csv']);
    expect([typo.code, typo.err]).toEqual([
      1,
      'p.csv: unknown column "skils" (did you mean "skills"?); map it with --columns, or to null to leave it out\n',
    ]);
    const strict = await validate({ 'workday.csv': fixture('workday.csv') }, ['workday.csv', '--strict']);
    expect(strict.code).toBe(1);
  });

  it('lists every issue of a file in one run: cells, and the cross-references of the rows it could read', async () => {
    const csv = [
      'id,role,grade,birth_year,skills',
      'ola,mentor,L2,twenty,tiktok-adz:5',
      'jan,boss,8,,',
      'ewa,mentee,x,,seo:9',
    ].join('\n');
    const run = await validate({ 'p.csv': csv }, ['p.csv']);
    expect([run.code, run.err]).toEqual([
      1,
      'row 2, column birth_year: "twenty" is not a number (write it as a year such as 1968)\n' +
        'row 3, column role: unknown role "boss" — a role is mentor or mentee\n' +
        'row 4, column grade: "x" is not a grade: write a number (higher = more senior), a text with one number such as L2, or map it in the --columns file\'s "grades"\n' +
        'row 4, column skills: "seo:9" — a level is 0–5, or a word such as competent or expert\n' +
        'row 2, column skills: unknown skill "tiktok-adz" (did you mean "tiktok-ads"?); a new skill goes in "catalog"\n' +
        '5 issues\n',
    ]);
  });
});
