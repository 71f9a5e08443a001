import { parse } from 'csv-parse/sync';
import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import type { InputIssue } from './InputIssue';
import {
  type CohortRows,
  type CsvParticipants,
  type ReadRowsOptions,
  readCohortRows,
} from './readCohortRows';

export type { CsvParticipants } from './readCohortRows';

/**
 * The cells of a CSV text, row by row, with `csv-parse`: the delimiter (`,`, `;` or tab) is taken
 * from the header line, a byte-order mark is dropped, cells are trimmed, rows may be ragged.
 *
 * @param text - the file's text
 * @param file - the file's name for the issue
 * @returns the rows, or the syntax issue (`invalid CSV: a quoted cell is never closed (line 3)`)
 * @example
 * parseCsvRows('id;role\nola;mentor\n', 'people.csv'); // Right([['id', 'role'], ['ola', 'mentor']])
 * @category CLI
 */
export function parseCsvRows(text: string, file: string): Either<InputIssue, string[][]> {
  try {
    return right(
      parse(text, {
        bom: true,
        trim: true,
        relax_column_count: true,
        skip_empty_lines: false,
        delimiter: delimiterOf(text),
      }),
    );
  } catch (error) {
    return left({ code: 'invalid-csv', message: csvErrorMessage(error), where: file });
  }
}

/**
 * Reads a participants CSV (see {@link readCohortRows}: column names and their English and Polish
 * synonyms, sign-up-form grids, a second header row; `,`, `;` or tab, whichever the header line
 * has most of) and gives every issue at once as `row N, column C: …`, or the participants.
 * Warnings (unknown columns, left out) are in `readCohortRows`' result.
 *
 * @param text - the file's text
 * @param file - the file's name for issues about the file as a whole
 * @param options - {@link ReadRowsOptions}
 * @returns the participants with their rows, or every issue
 * @example
 * const read = readCohortCsv('id,role,grade,skills\nola,mentor,1,tiktok-ads:5\n', 'people.csv');
 * // Right: { mentors: [{ id: 'ola', grade: 1, skills: { 'tiktok-ads': 5 } }], mentorRows: [2], … }
 * @category CLI
 */
export function readCohortCsv(
  text: string,
  file: string,
  options: ReadRowsOptions = {},
): Either<NonEmptyArray<InputIssue>, CsvParticipants> {
  const read = readCohortCsvRows(text, file, options);
  const [first, ...rest] = read.issues;
  return first === undefined ? right(read.participants) : left([first, ...rest]);
}

/**
 * {@link readCohortCsv} with everything it found: the participants it could read beside every
 * issue and warning, so that `parseCohort` can still check the rows that are readable.
 *
 * @param text - the file's text
 * @param file - the file's name
 * @param options - {@link ReadRowsOptions}
 * @returns the rows read, the issues, the warnings
 * @example
 * const { participants, issues, warnings } = readCohortCsvRows(text, 'people.csv');
 * @category CLI
 */
export function readCohortCsvRows(text: string, file: string, options: ReadRowsOptions = {}): CohortRows {
  const rows = parseCsvRows(text, file);
  if (rows._tag === 'Left') return { participants: EMPTY, issues: [rows.left], warnings: [] };
  return readCohortRows(rows.right, file, { ...options, checkWidth: true });
}

const EMPTY: CsvParticipants = {
  mentors: [],
  mentees: [],
  mentorRows: [],
  menteeRows: [],
  headerOf: () => undefined,
  reported: () => false,
};

/** The delimiter a spreadsheet used: the one of `,`, `;` and tab that the header line has most of. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string): number => firstLine.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
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
