/**
 * Why an assignment could not be computed: a readonly discriminated union on `kind`, each with a
 * human `message` and the `path` to the offending part of the input.
 *
 * - `invalid-shape`: the dimensions do not describe a matrix (negative or fractional sizes, a data
 *   array of the wrong length, ragged rows, malformed CSR offsets, a column out of range or
 *   repeated within a row).
 * - `invalid-cost`: a cell is `NaN`, or the infinity that is not the forbidden one (`-Infinity`
 *   when minimising, `+Infinity` when maximising); `row` and `col` locate it.
 * - `infeasible`: no assignment of the required size uses only allowed cells. `row` (or `col`)
 *   names a line that could not be matched when the solver knows one.
 * - `invalid-option`: an option is out of range (for example `minMatched` above `min(rows, cols)`).
 * - `solver-failure`: an alternative backend returned something that is not an optimal valid
 *   assignment. It is a guard that should never fire; it exists so that a wrong answer is never
 *   returned silently.
 *
 * @example
 * ```ts
 * import { solveAssignment } from 'reverse-mentoring/assignment';
 * const result = solveAssignment([[1, NaN]]);
 * // { _tag: 'Left', left: { kind: 'invalid-cost', row: 0, col: 1, path: [0, 1], value: NaN, message: '…' } }
 * ```
 *
 * @category Assignment
 */
export type AssignmentError =
  | {
      readonly kind: 'invalid-shape';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
    }
  | {
      readonly kind: 'invalid-cost';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
      readonly row: number;
      readonly col: number;
      readonly value: number;
    }
  | {
      readonly kind: 'infeasible';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
      readonly row?: number;
      readonly col?: number;
    }
  | {
      readonly kind: 'invalid-option';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
    }
  | {
      readonly kind: 'solver-failure';
      readonly message: string;
      readonly path: ReadonlyArray<string | number>;
    };

/**
 * The `kind` of every {@link AssignmentError}, for exhaustive handling.
 *
 * @example
 * ```ts
 * import type { AssignmentErrorKind } from 'reverse-mentoring/assignment';
 * const kind: AssignmentErrorKind = 'infeasible';
 * ```
 *
 * @category Assignment
 */
export type AssignmentErrorKind = AssignmentError['kind'];
