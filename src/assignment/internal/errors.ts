import type { IssuePath, Issues } from '../../domain/Issue';
import type { AssignmentIssue } from '../AssignmentIssue';

/**
 * Constructors for {@link AssignmentIssue} values, so that every message reads the same way.
 *
 * @internal
 */
export const invalidShape = (message: string, path: IssuePath): AssignmentIssue => ({
  code: 'invalid-shape',
  message,
  path,
});

/** @internal */
export const invalidOption = (message: string, path: IssuePath): AssignmentIssue => ({
  code: 'invalid-option',
  message,
  path,
});

/** A value as a message shows it: `"7"` for a string, `7n` for a BigInt, `a hole` for a missing cell. */
const describe = (value: unknown): string => {
  if (value === undefined) return 'missing (a hole or undefined)';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'bigint') return `the BigInt ${String(value)}n`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return value === null ? 'null' : 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
};

/**
 * A cell that is not a number, is `NaN`, or is the infinity that is not the forbidden one.
 *
 * @internal
 */
export const invalidCost = (
  row: number,
  col: number,
  value: unknown,
  maximize: boolean,
  path: IssuePath,
): AssignmentIssue => ({
  code: 'invalid-cost',
  message:
    typeof value !== 'number'
      ? `The cell at row ${row}, column ${col} is ${describe(value)}; every cell must be a number.`
      : Number.isNaN(value)
        ? `The cell at row ${row}, column ${col} is NaN; every cell must be a number or the forbidden infinity.`
        : `The cell at row ${row}, column ${col} is ${value}, but ${maximize ? '-Infinity' : '+Infinity'} is the forbidden value when ${maximize ? 'maximising' : 'minimising'}.`,
  path,
  row,
  col,
});

/**
 * An infeasibility found while matching line `index` of the caller's matrix; `isCol` says whether
 * that line is a column.
 *
 * @internal
 */
export const infeasibleLine = (index: number, isCol: boolean, required: number): AssignmentIssue =>
  isCol
    ? {
        code: 'infeasible',
        message: `No assignment of ${required} pairs uses only allowed cells: column ${index} cannot be matched together with the others.`,
        path: [],
        col: index,
      }
    : {
        code: 'infeasible',
        message: `No assignment of ${required} pairs uses only allowed cells: row ${index} cannot be matched together with the others.`,
        path: [],
        row: index,
      };

/** @internal */
export const infeasible = (message: string): AssignmentIssue => ({ code: 'infeasible', message, path: [] });

/** One issue as the non-empty `Left` list. @internal */
export const one = (issue: AssignmentIssue): Issues<AssignmentIssue> => [issue];

/**
 * The cells span a range that doubles cannot handle without loss and the matrix is too large for
 * the exact solver of `limit` cells; `row`, `col` name the smallest cell that would be lost.
 *
 * @internal
 */
export const impreciseCosts = (
  row: number,
  col: number,
  limit: number,
  path: IssuePath,
): AssignmentIssue => ({
  code: 'imprecise-costs',
  message: `The cells span a range that doubles cannot subtract without loss (the cell at row ${row}, column ${col} would be lost beside the largest), and the matrix has more than ${limit} cells for the exact solver; round or rescale the costs.`,
  path,
  row,
  col,
});
