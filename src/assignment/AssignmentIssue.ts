import type { Issue } from '../domain/Issue';

/**
 * Why an assignment could not be computed, in the one issue shape of the library (`code`,
 * `message`, `path` into the caller's input), narrowed to the assignment layer's codes:
 *
 * - `invalid-shape`: the input does not describe a matrix (not an object or an array, negative or
 *   fractional sizes, a data array of the wrong length or type, ragged or missing rows, malformed
 *   CSR offsets, a column out of range or repeated within a row).
 * - `invalid-cost`: a cell is not a number (a string, `null`, a boolean, an array, a BigInt, a
 *   hole), is `NaN`, or is the infinity that is not the forbidden one (`-Infinity` when
 *   minimising, `+Infinity` when maximising); `row` and `col` locate it. Paths: `[row, col]` for
 *   nested rows, `['data', index]` for a {@link CostMatrix}, `['cost', entry]` for a
 *   {@link SparseCostMatrix}. At most 100 such issues are listed.
 * - `infeasible`: no assignment of the required size uses only allowed cells. `row` (or `col`)
 *   names a line that could not be matched when the solver knows one.
 * - `invalid-option`: an option has the wrong type or is out of range (`['options', name]`).
 * - `imprecise-costs`: the cells span a range that doubles cannot subtract without loss (for
 *   example `1e17` beside `3`), and the matrix is too large for the exact (BigInt) solver; `row`
 *   and `col` name the smallest cell that would be lost.
 *
 * @example
 * ```ts
 * import { solveAssignment } from 'reverse-mentoring/assignment';
 * const result = solveAssignment([[1, NaN]]);
 * // { _tag: 'Left', left: [{ code: 'invalid-cost', row: 0, col: 1, path: [0, 1], message: '…' }] }
 * ```
 *
 * @category Assignment
 */
export type AssignmentIssue =
  | (Issue<'invalid-shape' | 'invalid-option'> & {})
  | (Issue<'invalid-cost' | 'imprecise-costs'> & { readonly row: number; readonly col: number })
  | (Issue<'infeasible'> & { readonly row?: number; readonly col?: number });

/**
 * The `code` of every {@link AssignmentIssue}, for exhaustive handling.
 *
 * @example
 * ```ts
 * import type { AssignmentIssueCode } from 'reverse-mentoring/assignment';
 * const code: AssignmentIssueCode = 'infeasible';
 * ```
 *
 * @category Assignment
 */
export type AssignmentIssueCode = AssignmentIssue['code'];

/**
 * The former name of {@link AssignmentIssue}.
 *
 * @deprecated Use {@link AssignmentIssue}.
 * @category Assignment
 */
export type AssignmentError = AssignmentIssue;
