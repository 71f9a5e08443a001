import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import {
  type Cohort,
  type DecisionIssue,
  type Decisions,
  formatPath,
  parseDecisions,
} from '../../domain/index';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { readHeader } from './internal/readHeader';
import { parseJsonText } from './parseJsonText';
import { parseCsvRows } from './readCohortCsv';
import { displayName, readTextFile } from './readTextFile';

/** The columns of a decisions CSV and the field each holds. */
const COLUMNS = {
  mentor_id: 'mentorId',
  mentee_id: 'menteeId',
  by: 'by',
  decision: 'decision',
  date: 'date',
  reason: 'reason',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: ReadonlyArray<Column> = ['mentor_id', 'mentee_id', 'by', 'decision', 'date'];
/** Header spellings read as a column (compared without case, spaces or punctuation). */
const SYNONYMS: Readonly<Record<string, Column>> = {
  mentorid: 'mentor_id',
  mentor: 'mentor_id',
  menteeid: 'mentee_id',
  mentee: 'mentee_id',
  by: 'by',
  decidedby: 'by',
  decision: 'decision',
  date: 'date',
  reason: 'reason',
};
const normalise = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A decisions file read and validated, and what was left out of it. @category CLI */
export interface LoadedDecisions {
  readonly decisions: Decisions;
  /** Columns of a CSV that are not decision columns (ignored). */
  readonly warnings: ReadonlyArray<InputIssue>;
}

/**
 * Reads a decisions file — JSON (`{ "decisions": [ … ] }`, see `decisions.schema.json`) or CSV
 * with the columns `mentor_id`, `mentee_id`, `by`, `decision`, `date` and optionally `reason`
 * (`,`, `;` or tab; headers in any case) — and validates it against the cohort with
 * `parseDecisions`. Every issue comes back at once, located as `decisions.json: decisions[3].date`
 * or `decisions.csv: row 4, column date`. In a CSV an extra column is a warning, a near miss of a
 * decision column (`mentee_idd`) an error naming the column meant, and an empty `reason` is none.
 *
 * @param io - the I/O
 * @param path - the decisions file, or `-` for standard input
 * @param cohort - the validated cohort
 * @returns the decisions and the warnings, or every issue
 * @category CLI
 */
export async function loadDecisions(
  io: CliIo,
  path: string,
  cohort: Cohort,
): Promise<Either<NonEmptyArray<InputIssue>, LoadedDecisions>> {
  const where = displayName(path);
  const text = await readTextFile(io, path);
  if (text._tag === 'Left') return left([text.left]);
  const body = text.right.replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(body)) {
    const json = parseJsonText(body, where);
    if (json._tag === 'Left') return left([json.left]);
    return validate(
      json.right,
      cohort,
      (issue) => ({
        code: issue.code,
        message: issue.message,
        where: issue.path.length === 0 ? where : `${where}: ${formatPath(issue.path)}`,
        path: issue.path,
      }),
      [],
    );
  }
  const parsed = parseCsvRows(body, where);
  if (parsed._tag === 'Left') return left([{ ...parsed.left, path: [] }]);
  const [header = [], ...rows] = parsed.right.filter((row) => row.some((cell) => cell !== ''));
  const read = readHeader(
    header,
    where,
    Object.keys(COLUMNS) as Column[],
    (cell) => SYNONYMS[normalise(cell)],
    (cell) => `column "${cell}" is not a decision column: ignored`,
  );
  const { index, warnings } = read;
  const issues: InputIssue[] = [...read.issues];
  for (const column of REQUIRED)
    if (!index.has(column) && !read.meant.has(column))
      issues.push({
        code: 'missing-column',
        message: `a decisions CSV needs a "${column}" column`,
        where,
        path: [],
      });
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  const records = rows.map((cells) => {
    const record: Record<string, string> = {};
    for (const [column, i] of index) {
      const value = cells[i] ?? '';
      if (column === 'reason' && value === '') continue;
      record[COLUMNS[column]] = value;
    }
    return record;
  });
  const fieldColumn = new Map<string, string>(
    [...index.keys()].map((column) => [COLUMNS[column] as string, header[index.get(column) ?? 0] ?? column]),
  );
  return validate(
    { decisions: records },
    cohort,
    (issue) => {
      const [, row, field] = issue.path;
      if (typeof row !== 'number')
        return { code: issue.code, message: issue.message, where, path: issue.path };
      // Row 1 is the header: the decision at index i is on row i + 2.
      const column = typeof field === 'string' ? fieldColumn.get(field) : undefined;
      return {
        code: issue.code,
        message: issue.message,
        where: `${where}: row ${row + 2}${column === undefined ? '' : `, column ${column}`}`,
        path: column === undefined ? [row + 2] : [row + 2, column],
      };
    },
    warnings,
  );
}

function validate(
  input: unknown,
  cohort: Cohort,
  locate: (issue: DecisionIssue) => InputIssue,
  warnings: ReadonlyArray<InputIssue>,
): Either<NonEmptyArray<InputIssue>, LoadedDecisions> {
  const decisions = parseDecisions(input, cohort);
  if (decisions._tag === 'Right') return right({ decisions: decisions.right, warnings });
  const [first, ...rest] = decisions.left;
  return left([locate(first), ...rest.map(locate)]);
}
