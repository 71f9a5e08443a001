/**
 * How {@link solveAssignment} reads and solves a matrix.
 *
 * - `maximize` (default `false`): maximise the total instead of minimising it; `-Infinity` then
 *   marks a forbidden cell instead of `+Infinity`.
 * - `solver` (default `'jv'`): the library's own shortest-augmenting-path solver, or the guarded
 *   `munkres-js` backend (textbook Munkres, O(n³) with a large constant: seconds at 500 × 500,
 *   kept as an alternative and a test oracle).
 *
 * @example
 * ```ts
 * import type { AssignmentOptions } from 'reverse-mentoring/assignment';
 * const options: AssignmentOptions = { maximize: true, solver: 'jv' };
 * ```
 *
 * @category Assignment
 */
export interface AssignmentOptions {
  readonly maximize?: boolean;
  readonly solver?: 'jv' | 'munkres-js';
}

/**
 * How {@link solveSparseAssignment} and {@link maxCardinality} read a matrix: `maximize`
 * (default `false`) decides which infinity is the forbidden one and, for the solver, the sense of
 * the optimisation.
 *
 * @example
 * ```ts
 * import type { SparseAssignmentOptions } from 'reverse-mentoring/assignment';
 * const options: SparseAssignmentOptions = { maximize: true };
 * ```
 *
 * @category Assignment
 */
export interface SparseAssignmentOptions {
  readonly maximize?: boolean;
}
