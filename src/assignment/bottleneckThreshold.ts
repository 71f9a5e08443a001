import * as E from 'fp-ts/lib/Either.js';
import type { Issues } from '../domain/Issue';
import type { AssignmentIssue } from './AssignmentIssue';
import type { CostMatrix } from './CostMatrix';
import type { SparseCostMatrix } from './SparseCostMatrix';
import { checkOptions } from './internal/checkOptions';
import { infeasible, invalidOption } from './internal/errors';
import { hopcroftKarp } from './internal/hopcroftKarp';
import { isSparse } from './internal/isSparse';
import { readSparse } from './internal/readSparse';
import { sparseFromDense } from './sparseFromDense';
import { readSafely } from './internal/readSafely';

/**
 * Options of {@link bottleneckThreshold}: `minMatched` is how many pairs the threshold must still
 * allow (default `min(rows, cols)`, a full assignment).
 *
 * @example
 * ```ts
 * import type { BottleneckOptions } from 'reverse-mentoring/assignment';
 * const options: BottleneckOptions = { minMatched: 3 };
 * ```
 *
 * @category Assignment
 */
export interface BottleneckOptions {
  readonly minMatched?: number;
}

/**
 * The fairest threshold: the largest score `t` such that `minMatched` pairs can still be formed
 * using only cells scoring at least `t` — the best achievable worst pair. The matcher calls it
 * first and then maximises the total among cells `>= t` (forbid the others with `-Infinity`),
 * which gives "maximise the worst pair, then the total".
 *
 * The matrix holds scores (maximise semantics): larger is better, `-Infinity` is forbidden, and
 * `NaN` or `+Infinity` is an `invalid-cost` error. A binary search over the distinct allowed
 * values, each probe a Hopcroft–Karp maximum matching on the cells `>= t` that stops as soon as
 * `minMatched` pairs are found: O(E √V · log E) in all.
 *
 * @param matrix - Scores, as a {@link CostMatrix}, nested rows or a {@link SparseCostMatrix}
 *   (absent entries forbidden).
 * @param options - `minMatched`, an integer in `[0, min(rows, cols)]`; `0` asks for nothing and
 *   gives `+Infinity`, since every threshold allows the empty matching.
 * @returns `Right(t)`, where `t` is one of the matrix's values; `Left` `infeasible` when not even
 *   all allowed cells together admit `minMatched` pairs; `invalid-option`, `invalid-shape` or
 *   `invalid-cost` for bad input.
 *
 * @example
 * ```ts
 * import { bottleneckThreshold } from 'reverse-mentoring/assignment';
 * // The maximum total (0.9 + 0.1) has a worst pair of 0.1;
 * // pairing the other way (0.4 + 0.5) keeps every pair at 0.4 or more.
 * bottleneckThreshold([[0.9, 0.4], [0.5, 0.1]]); // { _tag: 'Right', right: 0.4 }
 * bottleneckThreshold([[0.9, 0.4], [0.5, 0.1]], { minMatched: 1 }); // { _tag: 'Right', right: 0.9 }
 * ```
 *
 * @category Assignment
 */
export function bottleneckThreshold(
  matrix: CostMatrix | SparseCostMatrix | ReadonlyArray<ReadonlyArray<number>>,
  options: BottleneckOptions = {},
): E.Either<Issues<AssignmentIssue>, number> {
  const checked = readSafely('invalid-option', 'The options', ['options'], () => {
    const wrong = checkOptions(options, {
      minMatched: (value) => (value === undefined || Number.isInteger(value) ? undefined : 'an integer'),
    });
    return wrong === undefined ? E.right(options.minMatched) : E.left(wrong);
  });
  if (E.isLeft(checked)) return checked;
  const read = readSafely('invalid-shape', 'The matrix', [], () =>
    isSparse(matrix) ? readSparse(matrix, true) : sparseFromDense(matrix, { maximize: true }),
  );
  if (E.isLeft(read)) return read;
  const { rows, cols, rowStart, colIndex, cost } = read.right;
  const most = Math.min(rows, cols);
  const target = checked.right ?? most;
  if (target < 0 || target > most) {
    return E.left([
      invalidOption(`minMatched must be an integer in [0, ${most}], got ${String(target)}.`, [
        'options',
        'minMatched',
      ]),
    ]);
  }
  if (target === 0) return E.right(Infinity);

  // The candidate thresholds: the distinct allowed values, ascending (a native numeric sort).
  const values = cost.filter(Number.isFinite).sort();
  let distinct = 0;
  for (let k = 0; k < values.length; k++) {
    if (k === 0 || values[k] !== values[distinct - 1]) values[distinct++] = values[k] as number;
  }

  const start = new Int32Array(rows);
  const end = new Int32Array(rows);
  const adj = new Int32Array(colIndex.length);
  const x = new Int32Array(rows);
  const y = new Int32Array(cols);
  // How many pairs the cells scoring at least t allow (capped at the target).
  const matchable = (t: number): number => {
    let count = 0;
    for (let r = 0; r < rows; r++) {
      start[r] = count;
      for (let e = rowStart[r] as number; e < (rowStart[r + 1] as number); e++) {
        if ((cost[e] as number) >= t) adj[count++] = colIndex[e] as number;
      }
      end[r] = count;
    }
    return hopcroftKarp(rows, start, end, adj, x, y, target);
  };

  const all = distinct === 0 ? 0 : matchable(values[0] as number);
  if (all < target) {
    return E.left([
      infeasible(`No ${target} pairs can be formed from the allowed cells: at most ${all} can be matched.`),
    ]);
  }
  // Invariant: the threshold values[low] allows the target, values[high + 1] (if any) does not.
  let low = 0;
  let high = distinct - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (matchable(values[mid] as number) >= target) low = mid;
    else high = mid - 1;
  }
  return E.right(values[low] as number);
}
