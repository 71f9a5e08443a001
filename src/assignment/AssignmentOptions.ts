/**
 * How {@link solveAssignment}, {@link solveSparseAssignment}, {@link maxCardinality} and
 * {@link sparseFromDense} read a matrix: `maximize` (default `false`) maximises the total instead of
 * minimising it, and makes `-Infinity` the forbidden value instead of `+Infinity`.
 *
 * From plain JavaScript, an option of the wrong type or an unknown option (such as the former
 * `solver`) is an `invalid-option` issue at `['options', name]`.
 *
 * @example
 * ```ts
 * import type { AssignmentOptions } from 'reverse-mentoring/assignment';
 * const options: AssignmentOptions = { maximize: true };
 * ```
 *
 * @category Assignment
 */
export interface AssignmentOptions {
  readonly maximize?: boolean;
}

/**
 * The options of the sparse solver and of {@link maxCardinality}: the same as
 * {@link AssignmentOptions}.
 *
 * @example
 * ```ts
 * import type { SparseAssignmentOptions } from 'reverse-mentoring/assignment';
 * const options: SparseAssignmentOptions = { maximize: true };
 * ```
 *
 * @category Assignment
 */
export type SparseAssignmentOptions = AssignmentOptions;
