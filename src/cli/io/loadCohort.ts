import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { type Cohort, type CohortIssue, formatPath, parseCohort } from '../../domain/index';
import type { CliIo } from './CliIo';
import { columnOfField } from './csvColumns';
import type { InputIssue } from './InputIssue';
import { parseJsonText } from './parseJsonText';
import { readJsonFile } from './readJsonFile';
import { type CsvParticipants, readCohortCsv } from './readCohortCsv';
import { displayName, readTextFile } from './readTextFile';

/** A cohort read from a file and validated, with what it was read from. @category CLI */
export interface LoadedCohort {
  readonly cohort: Cohort;
  /** The input `parseCohort` accepted (JSON as written, or built from CSV rows and the programme file). */
  readonly input: unknown;
  readonly format: 'json' | 'csv';
}

/** Options of {@link loadCohort}. @category CLI */
export interface LoadCohortOptions {
  /**
   * A programme file: a JSON programme (`{ name, focus, rules, weights }`) or an object with any of
   * `programme`, `catalog`, `managers`. It replaces those parts of a JSON cohort, and is the only
   * source of them for a CSV (whose rows hold only people).
   */
  readonly programme?: string | undefined;
}

/**
 * Reads a cohort file — JSON (by its `.json` extension, or content that starts with `{`) or a
 * participants CSV (`.csv`, or anything else) — adds the programme file, and validates it all with
 * `parseCohort`. Every issue comes back at once, located the way the user wrote the input: a path
 * such as `mentors[3].skills.x` for JSON, `row 5, column skills` for a CSV, and the programme file's
 * name for what came from it.
 *
 * @param io - the I/O
 * @param path - the cohort file, or `-` for standard input
 * @param options - {@link LoadCohortOptions}
 * @returns the validated cohort, or every issue
 * @example
 * const loaded = await loadCohort(nodeIo(), 'people.csv', { programme: 'programme.json' });
 * @category CLI
 */
export async function loadCohort(
  io: CliIo,
  path: string,
  options: LoadCohortOptions = {},
): Promise<Either<NonEmptyArray<InputIssue>, LoadedCohort>> {
  const text = await readTextFile(io, path);
  if (text._tag === 'Left') return left([text.left]);
  const format = formatOf(path, text.right);

  let base: Either<NonEmptyArray<InputIssue>, unknown>;
  let rows: CsvParticipants | undefined;
  if (format === 'json') {
    const parsed = parseJsonText(text.right, displayName(path));
    base = parsed._tag === 'Left' ? left([parsed.left]) : right(parsed.right);
  } else {
    const read = readCohortCsv(text.right, displayName(path));
    if (read._tag === 'Right') rows = read.right;
    base = read._tag === 'Left' ? read : right({ mentors: read.right.mentors, mentees: read.right.mentees });
  }
  const programme =
    options.programme === undefined ? right(undefined) : await readProgrammeFile(io, options.programme);
  if (base._tag === 'Left' || programme._tag === 'Left') {
    return left([
      ...(base._tag === 'Left' ? base.left : []),
      ...(programme._tag === 'Left' ? programme.left : []),
    ] as NonEmptyArray<InputIssue>);
  }
  const input = withProgramme(base.right, programme.right);
  const result = parseCohort(input, { currentYear: io.now().getFullYear() });
  if (result._tag === 'Left') {
    const located = result.left.map((issue) =>
      locate(issue, rows, programme.right === undefined ? undefined : options.programme),
    );
    return left(located as NonEmptyArray<InputIssue>);
  }
  return right({ cohort: result.right, input, format });
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
      const column = typeof field === 'string' ? columnOfField(field) : undefined;
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
