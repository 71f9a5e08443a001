import type { Issue } from '../domain/Issue';

/**
 * What can stop {@link solveBMatching}, in the one issue shape of the library:
 *
 * - `invalid-graph`: the {@link BipartiteGraph} is malformed (a size that is not a non-negative
 *   integer, an array of the wrong length, offsets that decrease, a column out of range or not
 *   increasing within its row, a weight that is not finite, a capacity that is negative or not an
 *   integer); the path points into the graph (`['col', 17]`, `['rowCapacity', 3]`).
 * - `invalid-option`: an option of the wrong type (from plain JavaScript), at `['options', name]`.
 * - `aborted`: the caller's signal was aborted; the path is `['options', 'signal']`.
 *
 * @example
 * ```ts
 * import type { BMatchingIssue } from 'reverse-mentoring/assignment';
 * const issue: BMatchingIssue = { code: 'aborted', message: 'The signal was aborted.', path: ['options', 'signal'] };
 * ```
 *
 * @category Assignment
 */
export type BMatchingIssue = Issue<'invalid-graph' | 'invalid-option' | 'aborted'>;
