import type { AssignmentError } from '../AssignmentError';

/**
 * Constructors for {@link AssignmentError} values, so that every message reads the same way.
 *
 * @internal
 */
export const invalidShape = (message: string, path: ReadonlyArray<string | number>): AssignmentError => ({
  kind: 'invalid-shape',
  message,
  path,
});

/** @internal */
export const invalidOption = (message: string, path: ReadonlyArray<string | number>): AssignmentError => ({
  kind: 'invalid-option',
  message,
  path,
});

/** @internal */
export const solverFailure = (message: string): AssignmentError => ({
  kind: 'solver-failure',
  message,
  path: [],
});

/** @internal */
export const invalidCost = (
  row: number,
  col: number,
  value: number,
  maximize: boolean,
  path: ReadonlyArray<string | number>,
): AssignmentError => ({
  kind: 'invalid-cost',
  message: Number.isNaN(value)
    ? `The cell at row ${row}, column ${col} is NaN; every cell must be a number or the forbidden infinity.`
    : `The cell at row ${row}, column ${col} is ${value}, but ${maximize ? '-Infinity' : '+Infinity'} is the forbidden value when ${maximize ? 'maximising' : 'minimising'}.`,
  path,
  row,
  col,
  value,
});

/**
 * An infeasibility found while matching line `index` of the caller's matrix; `isCol` says whether
 * that line is a column.
 *
 * @internal
 */
export const infeasibleLine = (index: number, isCol: boolean, required: number): AssignmentError =>
  isCol
    ? {
        kind: 'infeasible',
        message: `No assignment of ${required} pairs uses only allowed cells: column ${index} cannot be matched together with the others.`,
        path: ['col', index],
        col: index,
      }
    : {
        kind: 'infeasible',
        message: `No assignment of ${required} pairs uses only allowed cells: row ${index} cannot be matched together with the others.`,
        path: ['row', index],
        row: index,
      };

/** @internal */
export const infeasible = (message: string): AssignmentError => ({ kind: 'infeasible', message, path: [] });
