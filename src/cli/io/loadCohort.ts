import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { type Cohort, type CohortIssue, formatPath, parseCohortWithWarnings } from '../../domain/index';
import type { CliIo } from './CliIo';
import type { InputIssue } from './InputIssue';
import { parseJsonText } from './parseJsonText';
import { readJsonFile } from './readJsonFile';
import { type ColumnMapping, NO_MAPPING, readColumnMapping } from './readColumnMapping';
import { readCohortCsvRows } from './readCohortCsv';
import { type CohortRows, type CsvParticipants, readCohortRows } from './readCohortRows';
import { readSheetRows } from './readSheetRows';
import { decodeText, displayName, readInputBytes } from './readTextFile';

/** A cohort read from a file and validated, with what it was read from. @category CLI */
export interface LoadedCohort {
  readonly cohort: Cohort;
  /** The input `parseCohort` accepted (JSON as written, or built from CSV rows and the programme file). */
  readonly input: unknown;
  readonly format: 'json' | 'csv' | 'xlsx';
  /** What was left out on the way (unknown columns and fields), located as the issues are. */
  readonly warnings: ReadonlyArray<InputIssue>;
}

/** Options of {@link loadCohort}. @category CLI */
export interface LoadCohortOptions {
  /**
   * A programme file: a JSON programme (`{ name, focus, rules, weights }`) or an object with any of
   * `programme`, `catalog`, `managers`. It replaces those parts of a JSON cohort, and is the only
   * source of them for a CSV (whose rows hold only people).
   */
  readonly programme?: string | undefined;
  /** A `--columns` file: source header → column, grade names, "no manager" markers. */
  readonly columns?: string | undefined;
  /** The sheet of an Excel workbook (default: the first). */
  readonly sheet?: string | undefined;
  /** Read the format exactly: unknown columns and fields are errors (`parseCohort`'s `strict`). */
  readonly strict?: boolean | undefined;
}

/**
 * Reads a cohort file — JSON (by its `.json` extension, or content that starts with `{`), an Excel
 * workbook (`.xlsx`, or content that is a zip) or a participants CSV (`.csv`, or anything else) —
 * adds the programme file, and validates it all with `parseCohort`. Every issue comes back at
 * once, located the way the user wrote the input: a path such as `mentors[3].skills.x` for JSON,
 * `row 5, column skills` (the column as the file names it) for a spreadsheet, and the programme
 * file's name for what came from it; the rows a spreadsheet could read are checked even when
 * others could not. What was left out (unknown columns and fields) comes back as warnings.
 *
 * @param io - the I/O
 * @param path - the cohort file, or `-` for standard input
 * @param options - {@link LoadCohortOptions}
 * @returns the validated cohort with its warnings, or every issue
 * @example
 * const loaded = await loadCohort(nodeIo(), 'people.csv', { programme: 'programme.json' });
 * @category CLI
 */
export async function loadCohort(
  io: CliIo,
  path: string,
  options: LoadCohortOptions = {},
): Promise<Either<NonEmptyArray<InputIssue>, LoadedCohort>> {
  const [read, programme, mapping] = await Promise.all([
    readBase(io, path, options),
    options.programme === undefined ? right(undefined) : readProgrammeFile(io, options.programme),
    options.columns === undefined ? right(NO_MAPPING) : readColumnMapping(io, options.columns),
  ]);
  if (mapping._tag === 'Left' || read._tag === 'Left') {
    return left([
      ...(read._tag === 'Left' ? read.left : []),
      ...(mapping._tag === 'Left' ? mapping.left : []),
      ...(programme._tag === 'Left' ? programme.left : []),
    ] as NonEmptyArray<InputIssue>);
  }
  const base = read.right;
  const rows = base.kind === 'json' ? undefined : base.read(mapping.right);
  const json = 'json' in base ? base.json : undefined;
  const readIssues = rows?.issues ?? [];
  if (programme._tag === 'Left') return left([...readIssues, ...programme.left] as NonEmptyArray<InputIssue>);

  const people =
    rows === undefined ? json : { mentors: rows.participants.mentors, mentees: rows.participants.mentees };
  const input = withProgramme(people, programme.right);
  const programmeFile = programme.right === undefined ? undefined : options.programme;
  const result = parseCohortWithWarnings(input, {
    currentYear: io.now().getFullYear(),
    strict: options.strict === true,
    ...(mapping.right.noManager.length > 0 ? { noManager: mapping.right.noManager } : {}),
  });
  const located = (issues: ReadonlyArray<CohortIssue>) =>
    issues
      .filter((issue) => !alreadyReported(issue, rows?.participants))
      .map((issue) => locate(issue, rows?.participants, programmeFile));
  if (result._tag === 'Left' || readIssues.length > 0) {
    const issues = [...readIssues, ...(result._tag === 'Left' ? located(result.left) : [])];
    return left(issues as NonEmptyArray<InputIssue>);
  }
  return right({
    cohort: result.right.cohort,
    input,
    format: base.kind,
    warnings: [...(rows?.warnings ?? []), ...located(result.right.warnings)],
  });
}

/** A cohort file as read: JSON, or rows still to be read with the `--columns` mapping. */
type Base =
  | { readonly kind: 'json'; readonly json: unknown }
  | { readonly kind: 'csv' | 'xlsx'; readonly read: (mapping: ColumnMapping) => CohortRows };

async function readBase(
  io: CliIo,
  path: string,
  options: LoadCohortOptions,
): Promise<Either<NonEmptyArray<InputIssue>, Base>> {
  const where = displayName(path);
  const now = io.now();
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  // Standard input can be read only once: the bytes are read here and decoded as the content says.
  const bytes = await readInputBytes(io, path);
  if (bytes._tag === 'Left') return left([bytes.left]);
  if (isXlsx(path, bytes.right)) {
    const sheet = await readSheetRows(bytes.right, where, options.sheet);
    if (sheet._tag === 'Left') return left([sheet.left]);
    return right({ kind: 'xlsx', read: (mapping) => readCohortRows(sheet.right, where, { mapping, today }) });
  }
  const text = decodeText(bytes.right, where);
  if (text._tag === 'Left') return left([text.left]);
  if (formatOf(path, text.right) === 'json') {
    const parsed = parseJsonText(text.right, where);
    return parsed._tag === 'Left' ? left([parsed.left]) : right({ kind: 'json', json: parsed.right });
  }
  return right({ kind: 'csv', read: (mapping) => readCohortCsvRows(text.right, where, { mapping, today }) });
}

/** An Excel workbook by its extension, or by the zip signature (standard input has no name). */
export function isXlsx(path: string, bytes: Uint8Array): boolean {
  if (path.toLowerCase().endsWith('.xlsx')) return true;
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An issue of a field whose cell (or whole column) the spreadsheet reader reported already. */
function alreadyReported(issue: CohortIssue, rows: CsvParticipants | undefined): boolean {
  const [head, index, field] = issue.path;
  if (rows === undefined || (head !== 'mentors' && head !== 'mentees') || typeof index !== 'number')
    return false;
  const row = (head === 'mentors' ? rows.mentorRows : rows.menteeRows)[index];
  return row !== undefined && typeof field === 'string' && rows.reported(row, field);
}

/** JSON by extension, CSV by extension, otherwise by the first character (stdin has no name). */
function formatOf(path: string, text: string): 'json' | 'csv' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/** The parts of a cohort a programme file supplies. */
type ProgrammeParts = Readonly<Partial<Record<'programme' | 'catalog' | 'managers', unknown>>>;

const PART_KEYS = ['programme', 'catalog', 'managers', '$schema'] as const;

async function readProgrammeFile(
  io: CliIo,
  path: string,
): Promise<Either<NonEmptyArray<InputIssue>, ProgrammeParts>> {
  const where = displayName(path);
  const json = await readJsonFile(io, path);
  if (json._tag === 'Left') return left([json.left]);
  const value = json.right;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return left([
      {
        code: 'invalid-type',
        message: 'a programme file is a JSON object: a programme, or { programme, catalog, managers }',
        where,
        path: [],
      },
    ]);
  }
  const record = value as Readonly<Record<string, unknown>>;
  const isEnvelope = Object.keys(record).some(
    (k) => k === 'programme' || k === 'catalog' || k === 'managers',
  );
  if (!isEnvelope) return right({ programme: record });
  const unknown = Object.keys(record).filter((k) => !(PART_KEYS as ReadonlyArray<string>).includes(k));
  if (unknown.length > 0) {
    return left(
      unknown.map((k): InputIssue => ({
        code: 'unknown-field',
        message: `unknown field "${k}" (a programme file has programme, catalog, managers)`,
        where,
        path: [k],
      })) as NonEmptyArray<InputIssue>,
    );
  }
  return right({
    ...(record.programme === undefined ? {} : { programme: record.programme }),
    ...(record.catalog === undefined ? {} : { catalog: record.catalog }),
    ...(record.managers === undefined ? {} : { managers: record.managers }),
  });
}

/** The cohort with the programme file's parts in place of its own (a non-object is left for `parseCohort` to reject). */
function withProgramme(base: unknown, parts: ProgrammeParts | undefined): unknown {
  if (parts === undefined || typeof base !== 'object' || base === null || Array.isArray(base)) return base;
  return { ...base, ...parts };
}

/** An issue of `parseCohort` located where the user wrote the offending value. */
function locate(
  issue: CohortIssue,
  rows: CsvParticipants | undefined,
  programmeFile: string | undefined,
): InputIssue {
  const [head, index, field] = issue.path;
  if (programmeFile !== undefined && (head === 'programme' || head === 'catalog' || head === 'managers')) {
    return {
      code: issue.code,
      message: issue.message,
      where: `${displayName(programmeFile)}: ${formatPath(issue.path)}`,
      path: issue.path,
    };
  }
  if (rows !== undefined && (head === 'mentors' || head === 'mentees') && typeof index === 'number') {
    const row = (head === 'mentors' ? rows.mentorRows : rows.menteeRows)[index];
    if (row !== undefined) {
      const column = typeof field === 'string' ? rows.headerOf(field, issue.path[3]) : undefined;
      return {
        code: issue.code,
        message: issue.message,
        where: column === undefined ? `row ${row}` : `row ${row}, column ${column}`,
        path: issue.path,
      };
    }
  }
  return { code: issue.code, message: issue.message, where: formatPath(issue.path), path: issue.path };
}
