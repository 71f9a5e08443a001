import type { RankedCandidates } from '../../matching/index';
import { LazyRow } from './lazyRow';
import type { PreparedCohort } from './prepareCohort';

/**
 * The greedy baseline by index: pins first, then the allowed pairs from the highest score down
 * (ties: mentee id, then mentor id), each taken when its mentee and its mentor both have a place
 * left — what bulk-matching tools do. The result is maximal: a mentee short of mentors has no
 * allowed mentor with a place left.
 *
 * The global order is a merge of the mentees' own orders: a heap holds each mentee's next
 * candidate, read lazily (`LazyRow`), so no list of all pairs is ever built; a mentor once full
 * stays full, so later batches skip them.
 *
 * @param best - each mentee's best candidates in the greedy order (score down, mentor index up)
 *   as a scan kept them already, the mentors with a place left that reach `minScore`, not pinned:
 *   a mentee's reading starts there, and scores the row only when it goes past them
 * @returns the chosen pairs `[mentee, mentor]`, pins aside
 * @internal
 */
export function greedyPairs(
  p: PreparedCohort,
  best?: (mentee: number) => RankedCandidates | undefined,
): Array<readonly [number, number]> {
  const rowLeft = Int32Array.from(p.pins.menteeCapacityLeft);
  const colLeft = Int32Array.from(p.pins.capacityLeft);
  const buffers = { score: new Float64Array(p.cols), learn: new Float64Array(0) };
  const open = (m: number): boolean => (colLeft[m] as number) > 0;
  const heap: LazyRow[] = [];
  const before = (a: LazyRow, b: LazyRow): boolean => {
    const sa = a.score();
    const sb = b.score();
    if (sa !== sb) return sa > sb;
    if (a.e !== b.e) return a.e < b.e;
    return a.mentor() < b.mentor();
  };
  const push = (row: LazyRow): void => {
    if (row.mentor() < 0) return;
    heap.push(row);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as LazyRow, heap[parent] as LazyRow)) break;
      [heap[i], heap[parent]] = [heap[parent] as LazyRow, heap[i] as LazyRow];
      i = parent;
    }
  };
  const pop = (): LazyRow | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    heap[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      if (l >= heap.length) break;
      const r = l + 1;
      const c = r < heap.length && before(heap[r] as LazyRow, heap[l] as LazyRow) ? r : l;
      if (!before(heap[c] as LazyRow, heap[i] as LazyRow)) break;
      [heap[i], heap[c]] = [heap[c] as LazyRow, heap[i] as LazyRow];
      i = c;
    }
    return top;
  };
  for (let e = 0; e < p.rows; e++)
    if ((rowLeft[e] as number) > 0) {
      const kept = best?.(e);
      const first = kept === undefined ? undefined : { ...kept, keys: kept.scores };
      push(new LazyRow(p, e, false, open, buffers, first));
    }
  const chosen: Array<readonly [number, number]> = [];
  for (let row = pop(); row !== undefined; row = pop()) {
    const m = row.mentor();
    row.next();
    if ((colLeft[m] as number) > 0) {
      chosen.push([row.e, m]);
      colLeft[m] = (colLeft[m] as number) - 1;
      rowLeft[row.e] = (rowLeft[row.e] as number) - 1;
    }
    if ((rowLeft[row.e] as number) > 0) push(row);
  }
  return chosen;
}
