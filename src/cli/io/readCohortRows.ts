import type { InputColumn } from './columnSynonyms';
import { FIELD_OF_COLUMN } from './csvColumns';
import type { InputIssue } from './InputIssue';
import {
  dateOfText,
  gradeOfText,
  isoOfDate,
  languagesOfText,
  levelOfText,
  priorityOfText,
} from './internal/cellWords';
import { parseGoalsCell, parseNumberCell, parseSkillsCell } from './internal/csvCells';
import { type Layout, readLayout } from './internal/readLayout';
import { type ColumnMapping, NO_MAPPING } from './readColumnMapping';

/**
 * The participants of a spreadsheet (CSV or Excel) as cohort input records, with the spreadsheet
 * row of each (the header is row 1), so that an issue `parseCohort` reports at `mentors[3]` can
 * name its row and the column as the file names it.
 *
 * @category CLI
 */
export interface CsvParticipants {
  readonly mentors: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly mentees: ReadonlyArray<Readonly<Record<string, unknown>>>;
  /** `mentorRows[i]` is the row of `mentors[i]`. */
  readonly mentorRows: ReadonlyArray<number>;
  readonly menteeRows: ReadonlyArray<number>;
  /** The header, as the file writes it, of the column behind a cohort field (`managerId` → `Supervisor ID`). */
  readonly headerOf: (field: string, key?: string | number) => string | undefined;
  /**
   * Whether an issue of a field in a row was reported already, by the reader: a cell it could not
   * read, or a required column the file does not have.
   */
  readonly reported: (row: number, field: string) => boolean;
}

/** What {@link readCohortRows} found: the participants it could read, every issue and every warning. @category CLI */
export interface CohortRows {
  readonly participants: CsvParticipants;
  readonly issues: ReadonlyArray<InputIssue>;
  readonly warnings: ReadonlyArray<InputIssue>;
}

/** Options of {@link readCohortRows}. @category CLI */
export interface ReadRowsOptions {
  /** The `--columns` file. */
  readonly mapping?: ColumnMapping;
  /** Today, for the tenure a hire date gives. */
  readonly today?: { readonly year: number; readonly month: number; readonly day: number };
  /** A row may not have more cells than the header (CSV); an Excel sheet's rows may be ragged. */
  readonly checkWidth?: boolean;
}

const DERIVED_FIELD: Readonly<Record<string, string>> = {
  first_name: 'name',
  last_name: 'name',
  birth_date: 'birthYear',
  hire_date: 'tenureYears',
};

/**
 * Reads the rows of a participants spreadsheet (its cells as text): the header by column names,
 * synonyms in English and Polish and the `--columns` mapping, sign-up-form grids of one column
 * per skill or goal, a second header row of labels; then every row — every cell it can read, and
 * an issue `row N, column C: …` for each it cannot, so that one run lists every problem. Unknown
 * columns come back as warnings. What the cells mean (known skills, ids, ranges) is left to
 * `parseCohort`.
 *
 * @param rows - the cells, row by row, header first
 * @param file - the file's name for issues about the file as a whole
 * @param options - {@link ReadRowsOptions}
 * @returns the participants with their rows, the issues and the warnings
 * @example
 * const { participants } = readCohortRows([['Employee_ID', 'Rola', 'Grade Level'], ['E1', 'mentor', 'L2']], 'people.csv');
 * participants.mentors; // [{ id: 'E1', grade: 2 }]
 * @category CLI
 */
export function readCohortRows(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  file: string,
  options: ReadRowsOptions = {},
): CohortRows {
  const mapping = options.mapping ?? NO_MAPPING;
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const layout = readLayout(rows, file, mapping, issues, warnings);
  const reportedCells = new Set<string>();
  const missingFields = new Set([...layout.missing].map(fieldOf));
  const mentors: Record<string, unknown>[] = [];
  const mentees: Record<string, unknown>[] = [];
  const mentorRows: number[] = [];
  const menteeRows: number[] = [];
  let people = 0;
  rows.forEach((cells, index) => {
    if (index < layout.dataStart) return;
    const row = index + 1;
    if (cells.every((c) => c.trim() === '')) return; // a blank line, as spreadsheets leave at the end
    people++;
    const extra = cells.slice(layout.headers.length).some((c) => c !== '');
    if (options.checkWidth === true && (cells.length < layout.headers.length || extra)) {
      issues.push({
        code: 'invalid-csv',
        message: `${cells.length} cell${cells.length === 1 ? '' : 's'}, but the header has ${layout.headers.length} columns`,
        where: `row ${row}`,
        path: [row],
      });
      return;
    }
    const before = issues.length;
    const person = readPerson(cells, row, layout, mapping, options.today, issues);
    for (const issue of issues.slice(before)) reportedCells.add(issue.where);
    if (person === undefined) return;
    (person.role === 'mentor' ? mentors : mentees).push(person.record);
    (person.role === 'mentor' ? mentorRows : menteeRows).push(row);
  });
  if (people === 0 && issues.length === 0)
    issues.push({
      code: 'no-participants',
      message: 'the file has a header but no participants',
      where: file,
      path: [],
    });

  const headerOf = (field: string, key?: string | number): string | undefined => {
    if (field === 'skills' && typeof key === 'string') {
      const wide = layout.wideSkills.find((w) => w.skill === key);
      if (wide !== undefined) return wide.header;
    }
    for (const [column, index] of layout.columns)
      if (fieldOf(column) === field) return layout.headers[index]?.trim();
    if (field === 'goals' && layout.wideGoals.length > 0) return 'goals';
    return undefined;
  };
  const reported = (row: number, field: string): boolean => {
    if (missingFields.has(field)) return true;
    const header = headerOf(field);
    return header !== undefined && reportedCells.has(`row ${row}, column ${header}`);
  };
  return { participants: { mentors, mentees, mentorRows, menteeRows, headerOf, reported }, issues, warnings };
}

function fieldOf(column: InputColumn): string {
  if (column === 'role') return 'role';
  return DERIVED_FIELD[column] ?? (FIELD_OF_COLUMN as Readonly<Record<string, string>>)[column] ?? column;
}

type Role = 'mentor' | 'mentee';

function roleOf(text: string): Role | undefined {
  const word = text.trim().toLowerCase();
  if (word.startsWith('mentor')) return 'mentor';
  if (word.startsWith('mentee') || word.startsWith('podopieczn')) return 'mentee';
  return undefined;
}

/** One row as a cohort record with every cell that could be read; the others' problems go to `issues`. */
function readPerson(
  cells: ReadonlyArray<string>,
  row: number,
  layout: Layout,
  mapping: ColumnMapping,
  today: ReadRowsOptions['today'],
  issues: InputIssue[],
): { readonly role: Role; readonly record: Record<string, unknown> } | undefined {
  const cell = (column: InputColumn): string => {
    const at = layout.columns.get(column);
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
  const where = (column: InputColumn): string =>
    `row ${row}, column ${layout.headers[layout.columns.get(column) ?? -1]?.trim() ?? column}`;
  const problem = (column: InputColumn, message: string) =>
    issues.push({ code: 'bad-cell', message, where: where(column), path: [row, column] });

  const role = roleOf(cell('role'));
  if (role === undefined && layout.columns.has('role')) {
    issues.push({
      code: 'unknown-role',
      message:
        cell('role') === ''
          ? 'a role is required: mentor or mentee'
          : `unknown role "${cell('role')}" — a role is mentor or mentee`,
      where: where('role'),
      path: [row, 'role'],
    });
  }
  const record: Record<string, unknown> = {};
  if (cell('id') === '') {
    if (layout.columns.has('id'))
      issues.push({ code: 'bad-cell', message: 'an id is required', where: where('id'), path: [row, 'id'] });
  } else record.id = cell('id');

  const text = (column: InputColumn, field: string): void => {
    if (cell(column) !== '') record[field] = cell(column);
  };
  const number = (column: InputColumn, field: string, example: string): void => {
    if (cell(column) === '') return;
    const value = parseNumberCell(cell(column).replace(/^(\d+),(\d+)$/, '$1.$2'), example);
    if (value._tag === 'Left') problem(column, value.left);
    else record[field] = value.right;
  };
  const name =
    cell('name') !== ''
      ? cell('name')
      : [cell('first_name'), cell('last_name')].filter((p) => p !== '').join(' ');
  if (name !== '') record.name = name;
  if (cell('birth_year') !== '') number('birth_year', 'birthYear', 'a year such as 1968');
  else if (cell('birth_date') !== '') {
    const date = dateOfText(cell('birth_date'));
    if (date._tag === 'Left') problem('birth_date', date.left);
    else record.birthYear = date.right.year;
  }
  text('generation', 'generation');
  if (cell('grade') === '') {
    if (layout.columns.has('grade')) problem('grade', 'a grade is required (a number: higher = more senior)');
  } else {
    const grade = gradeOfText(cell('grade'), mapping.grades);
    if (grade._tag === 'Left') problem('grade', grade.left);
    else record.grade = grade.right;
  }
  text('department', 'department');
  const manager = cell('manager_id');
  if (manager !== '' && !mapping.noManager.some((m) => m.trim().toLowerCase() === manager.toLowerCase()))
    record.managerId = manager;
  if (cell('languages') !== '') {
    const languages = languagesOfText(cell('languages'));
    if (languages._tag === 'Left') for (const message of languages.left) problem('languages', message);
    else record.languages = languages.right;
  }
  text('time_zone', 'timeZone');
  // A mentor's capacity is how many mentees they take; a mentee's, how many mentors.
  number('capacity', 'capacity', 'a whole number such as 2');
  number('years_of_experience', 'yearsOfExperience', 'a number of years such as 12');
  if (cell('tenure_years') !== '') number('tenure_years', 'tenureYears', 'a number of years such as 5');
  else if (cell('hire_date') !== '' && today !== undefined) {
    const hired = dateOfText(cell('hire_date'));
    if (hired._tag === 'Left') problem('hire_date', hired.left);
    else record.tenureYears = tenureYears(hired.right, today);
  }
  if (cell('waiting_since') !== '') {
    const date = dateOfText(cell('waiting_since'));
    if (date._tag === 'Left') problem('waiting_since', date.left);
    else record.waitingSince = isoOfDate(date.right);
  }
  // Ids of the other side, in the order written (preferences are best first); checked by parseCohort.
  for (const [column, field] of [
    ['preferences', 'preferences'],
    ['vetoes', 'vetoes'],
  ] as const) {
    const ids = idsOfText(cell(column));
    if (ids.length > 0) record[field] = ids;
  }
  const skills: Array<readonly [string, number]> = [];
  if (cell('skills') !== '') {
    const parsed = parseSkillsCell(cell('skills'));
    if (parsed._tag === 'Left') for (const message of parsed.left) problem('skills', message);
    else skills.push(...Object.entries(parsed.right));
  }
  for (const wide of layout.wideSkills) {
    const value = (cells[wide.index] ?? '').trim();
    if (value === '') continue;
    const level = levelOfText(value);
    if (level._tag === 'Left')
      issues.push({
        code: 'bad-cell',
        message: level.left,
        where: `row ${row}, column ${wide.header}`,
        path: [row, wide.header],
      });
    else skills.push([wide.skill, level.right]);
  }
  if (skills.length > 0) record.skills = Object.fromEntries(skills);
  const goals: unknown[] = [];
  if (cell('goals') !== '') {
    const parsed = parseGoalsCell(cell('goals'));
    if (parsed._tag === 'Left') for (const message of parsed.left) problem('goals', message);
    else goals.push(...parsed.right);
  }
  for (const wide of layout.wideGoals) {
    const value = (cells[wide.index] ?? '').trim();
    if (value === '') continue;
    const priority = priorityOfText(value);
    if (priority._tag === 'Left')
      issues.push({
        code: 'bad-cell',
        message: priority.left,
        where: `row ${row}, column ${wide.header}`,
        path: [row, wide.header],
      });
    else if (priority.right !== null) goals.push({ skill: wide.skill, priority: priority.right });
  }
  if (goals.length > 0) record.goals = goals;
  // Weekly windows, checked by parseCohort (its issue at availability[k] names this cell).
  const windows = cell('availability')
    .split(/[;,|\n]+/)
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (windows.length > 0) record.availability = windows;
  return role === undefined ? undefined : { role, record };
}

/** A list cell of ids: separated by `;`, `,` or `|`, blanks dropped. */
function idsOfText(cell: string): string[] {
  return cell
    .split(/[;,|]/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Whole years and tenths from the hire date to today (0 for a date after today). */
function tenureYears(
  hired: { readonly year: number; readonly month: number; readonly day: number },
  today: { readonly year: number; readonly month: number; readonly day: number },
): number {
  const days =
    (Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(hired.year, hired.month - 1, hired.day)) /
    86_400_000;
  return Math.max(0, Math.round((days / 365.2425) * 10) / 10);
}
