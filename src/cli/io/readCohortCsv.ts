import { parse } from 'csv-parse/sync';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { closestName } from '../internal/closestName';
import { CSV_COLUMNS, type CsvColumn, REQUIRED_CSV_COLUMNS } from './csvColumns';
import type { InputIssue } from './InputIssue';
import { parseGoalsCell, parseLanguagesCell, parseNumberCell, parseSkillsCell } from './internal/csvCells';

/**
 * The participants of a CSV file as cohort input records, with the spreadsheet row of each (the
 * header is row 1), so that an issue `parseCohort` reports at `mentors[3]` can name its row.
 *
 * @category CLI
 */
export interface CsvParticipants {
  readonly mentors: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly mentees: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** `mentorRows[i]` is the row of `mentors[i]`. */
  readonly mentorRows: ReadonlyArray<number>;
  readonly menteeRows: ReadonlyArray<number>;
}

/**
 * Reads a participants CSV (one row per participant, the columns of {@link CSV_COLUMNS}) with
 * `csv-parse`: the delimiter (`,`, `;` or tab) is taken from the header line, column names are
 * matched without regard to case, empty cells are absent values, and every problem of the layout
 * and of the cells is reported at once as `row N, column C: …`. What the cells mean (known skills,
 * ids, ranges) is left to `parseCohort`.
 *
 * @param text - the file's text
 * @param file - the file's name for issues about the file as a whole
 * @returns the participants with their rows, or every issue
 * @example
 * const read = readCohortCsv('id,role,grade,skills\nola,mentor,1,tiktok-ads:5\n', 'people.csv');
 * // Right: { mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } }], mentorRows: [2], … }
 * @category CLI
 */
export function readCohortCsv(
  text: string,
  file: string,
): Either<NonEmptyArray<InputIssue>, CsvParticipants> {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      trim: true,
      relax_column_count: true,
      skip_empty_lines: false,
      delimiter: delimiterOf(text),
    });
  } catch (error) {
    return left([{ code: 'invalid-csv', message: csvErrorMessage(error), where: file, path: [] }]);
  }
  const [header = [], ...rows] = records;
  const columns = readHeader(header, file);
  if (columns._tag === 'Left') return columns;

  const issues: InputIssue[] = [];
  const out = {
    mentors: [] as Record<string, unknown>[],
    mentees: [] as Record<string, unknown>[],
    mentorRows: [] as number[],
    menteeRows: [] as number[],
  };
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((c) => c === '')) return; // a blank line, as spreadsheets leave at the end
    if (cells.length !== header.length) {
      issues.push({
        code: 'invalid-csv',
        message: `${cells.length} cell${cells.length === 1 ? '' : 's'}, but the header has ${header.length} columns`,
        where: `row ${row}`,
        path: [row],
      });
      return;
    }
    const cell = (column: CsvColumn): string => {
      const at = columns.right.get(column);
      return at === undefined ? '' : (cells[at] ?? '');
    };
    const person = readPerson(cell, row, issues);
    if (person === undefined) return;
    if (person.role === 'mentor') {
      out.mentors.push(person.record);
      out.mentorRows.push(row);
    } else {
      out.mentees.push(person.record);
      out.menteeRows.push(row);
    }
  });
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  if (out.mentors.length + out.mentees.length === 0) {
    return left([
      {
        code: 'no-participants',
        message: 'the file has a header but no participants',
        where: file,
        path: [],
      },
    ]);
  }
  return right(out);
}

/** The delimiter a spreadsheet used: the one of `,`, `;` and tab that the header line has most of. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string): number => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** The header's columns by name: every required column present, no unknown or repeated column. */
function readHeader(
  header: ReadonlyArray<string>,
  file: string,
): Either<NonEmptyArray<InputIssue>, ReadonlyMap<CsvColumn, number>> {
  const issues: InputIssue[] = [];
  const columns = new Map<CsvColumn, number>();
  const known: ReadonlyArray<string> = CSV_COLUMNS;
  header.forEach((raw, index) => {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (!known.includes(name)) {
      const suggestion = closestName(name, CSV_COLUMNS);
      issues.push({
        code: 'unknown-column',
        message: `unknown column "${raw}"${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; the columns are ${CSV_COLUMNS.join(', ')}`,
        where: file,
        path: [],
      });
    } else if (columns.has(name as CsvColumn)) {
      issues.push({
        code: 'unknown-column',
        message: `column "${name}" appears twice`,
        where: file,
        path: [],
      });
    } else columns.set(name as CsvColumn, index);
  });
  for (const column of REQUIRED_CSV_COLUMNS) {
    if (!columns.has(column))
      issues.push({ code: 'missing-column', message: `missing column "${column}"`, where: file, path: [] });
  }
  const [first, ...rest] = issues;
  return first === undefined ? right(columns) : left([first, ...rest]);
}

type Role = 'mentor' | 'mentee';

/** One row as a cohort record; its problems go to `issues`. */
function readPerson(
  cell: (column: CsvColumn) => string,
  row: number,
  issues: InputIssue[],
): { readonly role: Role; readonly record: Record<string, unknown> } | undefined {
  const before = issues.length;
  const at = (column: CsvColumn): string => `row ${row}, column ${column}`;
  const roleText = cell('role').toLowerCase();
  const role: Role | undefined = roleText === 'mentor' || roleText === 'mentee' ? roleText : undefined;
  if (role === undefined) {
    issues.push({
      code: 'unknown-role',
      message:
        roleText === ''
          ? 'a role is required: mentor or mentee'
          : `unknown role "${cell('role')}" — a role is mentor or mentee`,
      where: at('role'),
      path: [row, 'role'],
    });
  }
  const record: Record<string, unknown> = {};
  if (cell('id') === '')
    issues.push({ code: 'bad-cell', message: 'an id is required', where: at('id'), path: [row, 'id'] });
  else record.id = cell('id');

  const text = (column: CsvColumn, field: string): void => {
    if (cell(column) !== '') record[field] = cell(column);
  };
  const number = (column: CsvColumn, field: string, example: string): void => {
    if (cell(column) === '') return;
    const value = parseNumberCell(cell(column), example);
    if (value._tag === 'Left')
      issues.push({ code: 'bad-cell', message: value.left, where: at(column), path: [row, column] });
    else record[field] = value.right;
  };
  text('name', 'name');
  number('birth_year', 'birthYear', 'a year such as 1968');
  text('generation', 'generation');
  if (cell('grade') === '')
    issues.push({
      code: 'bad-cell',
      message: 'a grade is required (a number: higher = more senior)',
      where: at('grade'),
      path: [row, 'grade'],
    });
  else number('grade', 'grade', 'a number such as 7');
  text('department', 'department');
  text('manager_id', 'managerId');
  if (cell('languages') !== '') record.languages = parseLanguagesCell(cell('languages'));
  text('time_zone', 'timeZone');
  if (cell('capacity') !== '') {
    if (role === 'mentee')
      issues.push({
        code: 'bad-cell',
        message: 'only a mentor has a capacity: leave it empty for a mentee',
        where: at('capacity'),
        path: [row, 'capacity'],
      });
    else number('capacity', 'capacity', 'a whole number such as 2');
  }
  number('years_of_experience', 'yearsOfExperience', 'a number of years such as 12');
  number('tenure_years', 'tenureYears', 'a number of years such as 5');
  if (cell('skills') !== '') {
    const skills = parseSkillsCell(cell('skills'));
    if (skills._tag === 'Left')
      for (const message of skills.left)
        issues.push({ code: 'bad-cell', message, where: at('skills'), path: [row, 'skills'] });
    else record.skills = skills.right;
  }
  if (cell('goals') !== '') {
    const goals = parseGoalsCell(cell('goals'));
    if (goals._tag === 'Left')
      for (const message of goals.left)
        issues.push({ code: 'bad-cell', message, where: at('goals'), path: [row, 'goals'] });
    else record.goals = goals.right;
  }
  return role === undefined || issues.length > before ? undefined : { role, record };
}

/** csv-parse's error as a message with the line it happened on. */
function csvErrorMessage(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const lines =
    typeof error === 'object' && error !== null && 'lines' in error ? Number(error.lines) : undefined;
  const line = lines === undefined || Number.isNaN(lines) ? '' : ` (line ${lines})`;
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `invalid CSV: a quoted cell is never closed${line}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `invalid CSV: a quote inside a cell must be doubled ("")${line}`;
    default:
      return `invalid CSV: ${error instanceof Error ? error.message : String(error)}`;
  }
}
