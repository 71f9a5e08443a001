import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import {
  type Cohort,
  type IssuePath,
  type Journal,
  type JournalIssue,
  formatPath,
  parseJournalWithWarnings,
} from '../../domain/index';
import { closestName } from '../internal/closestName';
import { printWarnings } from '../output/printIssues';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { isXlsx } from './loadCohort';
import { parseJsonText } from './parseJsonText';
import { parseCsvRows } from './readCohortCsv';
import { type JournalSheetKind, readJournalRows } from './readJournalRows';
import { readSheetRows } from './readSheetRows';
import { decodeText, displayName, readInputBytes } from './readTextFile';

const LISTS: ReadonlyArray<JournalSheetKind> = ['checkIns', 'assessments', 'outcomes'];
const TOP_LEVEL = ['$schema', ...LISTS];

/** Where a record of the merged journal came from, to locate its issues in its own file. */
type Origin =
  | { readonly file: string; readonly json: true; readonly index: number }
  | {
      readonly file: string;
      readonly json: false;
      readonly row: number;
      readonly columnOfField: ReadonlyMap<string, string>;
    };

/**
 * Reads a journal and validates it against its cohort with `parseJournal`: a JSON journal
 * (check-ins, self-assessments, outcomes), or — one file per kind, given together — sheets (CSV
 * or Excel) of check-ins, of self-assessments and of outcomes, told apart by their headers (see
 * `readJournalRows`). The files are read into one journal. Every issue comes back at once,
 * located in its own file: `journal.json: checkIns[4].ratings.mentee`, `sessions.csv: row 5,
 * column mentee_rating`; a sheet's extra columns and a JSON record's unknown fields are printed as
 * warnings (a near miss of a known field is an error).
 *
 * @param io - the I/O
 * @param paths - the journal file, or the files (`-` for standard input)
 * @param cohort - the validated cohort the journal belongs to
 * @returns the validated journal, or every issue
 * @example
 * const journal = await loadJournal(nodeIo(), ['sessions.csv', 'assessments.xlsx'], cohort);
 * @category CLI
 */
export async function loadJournal(
  io: CliIo,
  paths: string | ReadonlyArray<string>,
  cohort: Cohort,
): Promise<Either<NonEmptyArray<InputIssue>, Journal>> {
  const files = typeof paths === 'string' ? [paths] : paths;
  const issues: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const merged: Record<JournalSheetKind, unknown[]> = { checkIns: [], assessments: [], outcomes: [] };
  const origins: Record<JournalSheetKind, Origin[]> = { checkIns: [], assessments: [], outcomes: [] };
  let single: { readonly value: unknown; readonly file: string } | undefined;
  for (const path of files) {
    const file = displayName(path);
    const bytes = await readInputBytes(io, path);
    if (bytes._tag === 'Left') {
      issues.push(bytes.left);
      continue;
    }
    let rows: string[][] | undefined;
    if (isXlsx(path, bytes.right)) {
      const sheet = await readSheetRows(bytes.right, file);
      if (sheet._tag === 'Left') {
        issues.push(sheet.left);
        continue;
      }
      rows = sheet.right;
    } else {
      const text = decodeText(bytes.right, file);
      if (text._tag === 'Left') {
        issues.push(text.left);
        continue;
      }
      const body = text.right.replace(/^\uFEFF/, '');
      if (/^\s*[[{]/.test(body) || path.toLowerCase().endsWith('.json')) {
        const json = parseJsonText(body, file);
        if (json._tag === 'Left') {
          issues.push(json.left);
          continue;
        }
        if (files.length === 1) single = { value: json.right, file };
        else mergeJson(json.right, file, merged, origins, issues, warnings);
        continue;
      }
      const csv = parseCsvRows(body, file);
      if (csv._tag === 'Left') {
        issues.push({ ...csv.left, path: [] });
        continue;
      }
      rows = csv.right;
    }
    const read = readJournalRows(rows, file);
    if (read._tag === 'Left') {
      issues.push(...read.left);
      continue;
    }
    warnings.push(...read.right.warnings);
    read.right.records.forEach((record, i) => {
      merged[read.right.kind].push(record);
      origins[read.right.kind].push({
        file,
        json: false,
        row: read.right.rows[i] ?? 0,
        columnOfField: read.right.columnOfField,
      });
    });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return left([first, ...rest]);
  // The sheets' warnings whatever the journal holds; the records' unknown fields once it is valid.
  printWarnings(io, warnings);
  const journal = parseJournalWithWarnings(single?.value ?? merged, cohort);
  const locate = (issue: JournalIssue): InputIssue => {
    if (single !== undefined) {
      const where = issue.path.length === 0 ? single.file : `${single.file}: ${formatPath(issue.path)}`;
      return { code: issue.code, message: issue.message, where, path: issue.path };
    }
    const [list, index, field, ...deeper] = issue.path;
    const origin = typeof index === 'number' ? origins[list as JournalSheetKind]?.[index] : undefined;
    if (origin === undefined)
      return { code: issue.code, message: issue.message, where: formatPath(issue.path), path: issue.path };
    if (origin.json) {
      const path: IssuePath = [
        list as string,
        origin.index,
        ...(field === undefined ? [] : [field]),
        ...deeper,
      ];
      return { code: issue.code, message: issue.message, where: `${origin.file}: ${formatPath(path)}`, path };
    }
    const column = typeof field === 'string' ? origin.columnOfField.get(field) : undefined;
    return {
      code: issue.code,
      message: issue.message,
      where: `${origin.file}: row ${origin.row}${column === undefined ? '' : `, column ${column}`}`,
      path: column === undefined ? [origin.row] : [origin.row, column],
    };
  };
  if (journal._tag === 'Right') {
    printWarnings(io, journal.right.warnings.map(locate));
    return right(journal.right.journal);
  }
  const [firstIssue, ...others] = journal.left;
  return left([locate(firstIssue), ...others.map(locate)]);
}

/** A JSON journal given beside other files: its lists join the merged journal. */
function mergeJson(
  value: unknown,
  file: string,
  merged: Record<JournalSheetKind, unknown[]>,
  origins: Record<JournalSheetKind, Origin[]>,
  issues: InputIssue[],
  warnings: InputIssue[],
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({
      code: 'invalid-type',
      message: 'a journal is a JSON object with "checkIns" and "assessments"',
      where: file,
      path: [],
    });
    return;
  }
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (TOP_LEVEL.includes(key)) continue;
    const near = closestName(key, TOP_LEVEL);
    if (near === undefined)
      warnings.push({
        code: 'unknown-field',
        message: `unknown field ${JSON.stringify(key)}: left out`,
        where: `${file}: ${key}`,
        path: [key],
      });
    else
      issues.push({
        code: 'unknown-field',
        message: `unknown field ${JSON.stringify(key)} (did you mean "${near}"?)`,
        where: `${file}: ${key}`,
        path: [key],
      });
  }
  for (const list of LISTS) {
    const items = record[list];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      issues.push({
        code: 'invalid-type',
        message: `"${list}" must be an array`,
        where: `${file}: ${list}`,
        path: [list],
      });
      continue;
    }
    items.forEach((item: unknown, index) => {
      merged[list].push(item);
      origins[list].push({ file, json: true, index });
    });
  }
}
