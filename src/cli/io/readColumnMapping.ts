import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import { closestName } from '../internal/closestName';
import type { CliIo } from './CliIo';
import { INPUT_COLUMNS, type InputColumn } from './columnSynonyms';
import type { InputIssue } from './InputIssue';
import { normalName } from './internal/normalName';
import { readJsonFile } from './readJsonFile';
import { displayName } from './readTextFile';

/**
 * What a `--columns` file says about a participants file the synonyms do not cover: which column
 * each source header is (`null` leaves it out without a warning), the grade of each grade name
 * HR writes, and the manager ids that mean "no manager".
 *
 * @category CLI
 */
export interface ColumnMapping {
  /** Normalised source header → column, or `null` for "ignore". */
  readonly columns: ReadonlyMap<string, InputColumn | null>;
  /** Grade name as written (and normalised) → grade. */
  readonly grades: ReadonlyMap<string, number>;
  readonly noManager: ReadonlyArray<string>;
}

/** No mapping: the synonyms alone. @category CLI */
export const NO_MAPPING: ColumnMapping = { columns: new Map(), grades: new Map(), noManager: [] };

const KEYS = ['columns', 'grades', 'noManager', '$schema'];

/**
 * Reads a `--columns` file: `{ "columns": { "Source header": "column" }, "grades": { "L2": 2 },
 * "noManager": ["NONE"] }`, or just the `columns` object. Every issue at once, located as
 * `mapping.json: columns["Pay Band"]`.
 *
 * @param io - the I/O
 * @param path - the file
 * @returns the mapping, or every issue
 * @example
 * const mapping = await readColumnMapping(nodeIo(), 'mapping.json');
 * @category CLI
 */
export async function readColumnMapping(
  io: CliIo,
  path: string,
): Promise<Either<NonEmptyArray<InputIssue>, ColumnMapping>> {
  const file = displayName(path);
  const json = await readJsonFile(io, path);
  if (json._tag === 'Left') return left([json.left]);
  const value = json.right;
  const issues: InputIssue[] = [];
  const at = (where: string, message: string) =>
    issues.push({ code: 'invalid-value', message, where: `${file}: ${where}` });
  if (!isObject(value)) {
    return left([
      {
        code: 'invalid-type',
        message: 'a columns file is a JSON object: { "columns": { "Source header": "column" } }',
        where: file,
      },
    ]);
  }
  const envelope = Object.keys(value).some((k) => KEYS.includes(k));
  const columnsValue = envelope ? (value.columns ?? {}) : value;
  const columns = new Map<string, InputColumn | null>();
  if (!isObject(columnsValue)) at('columns', 'columns is an object: source header → column');
  else {
    for (const [header, column] of Object.entries(columnsValue)) {
      if (column === null || column === '') columns.set(normalName(header), null);
      else if (typeof column === 'string' && (INPUT_COLUMNS as ReadonlyArray<string>).includes(column))
        columns.set(normalName(header), column as InputColumn);
      else {
        const suggestion = typeof column === 'string' ? closestName(column, INPUT_COLUMNS) : undefined;
        at(
          `columns[${JSON.stringify(header)}]`,
          `${JSON.stringify(column)} is not a column${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}; the columns are ${INPUT_COLUMNS.join(', ')}, or null to leave it out`,
        );
      }
    }
  }
  const grades = new Map<string, number>();
  if (envelope && value.grades !== undefined) {
    if (!isObject(value.grades)) at('grades', 'grades is an object: grade as written → number');
    else
      for (const [name, grade] of Object.entries(value.grades)) {
        if (typeof grade === 'number' && Number.isFinite(grade)) {
          grades.set(name.trim(), grade);
          grades.set(normalName(name), grade);
        } else at(`grades[${JSON.stringify(name)}]`, 'a grade is a number: higher = more senior');
      }
  }
  const noManager: string[] = [];
  if (envelope && value.noManager !== undefined) {
    if (!Array.isArray(value.noManager) || !value.noManager.every((m) => typeof m === 'string'))
      at('noManager', 'noManager is a list of texts that mean "no manager", such as ["NO_MGR"]');
    else noManager.push(...(value.noManager as string[]));
  }
  for (const key of envelope ? Object.keys(value) : []) {
    if (!KEYS.includes(key))
      at(key, `unknown field "${key}" (a columns file has columns, grades, noManager)`);
  }
  const [first, ...rest] = issues;
  return first === undefined ? right({ columns, grades, noManager }) : left([first, ...rest]);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
