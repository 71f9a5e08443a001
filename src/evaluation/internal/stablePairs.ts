import { LazyRow, type RowBatch } from './lazyRow';
import { type PreparedCohort, mentorKey, prefers } from './prepareCohort';

/**
 * The stable baseline by index: deferred acceptance, mentee-proposing, in its many-to-many
 * form with capacities on both sides (Gale & Shapley 1962; Roth 1984; responsive preferences):
 * each mentor holds up to their places left once the pins are placed, each mentee proposes while
 * they hold fewer mentors than their places left. Mentees propose down their preference list over
 * the allowed mentors (read lazily, `LazyRow`); a full mentor keeps the mentees they prefer and
 * releases the worst. Where people stated preferences, those come first: a person's list is their
 * stated choices in their order (the allowed ones), then everybody else by the derived keys
 * (`menteeKey`, `mentorKey`). The result is the mentee-optimal stable matching, whatever the order of
 * proposals: no allowed pair, neither side's place pinned, prefers each other to what they got.
 *
 * @param first - each mentee's first candidates in their order when a pass that scored their row
 *   kept them already (see `rowBatch`)
 * @returns the chosen pairs `[mentee, mentor]`, pins aside
 * @internal
 */
export function stablePairs(
  p: PreparedCohort,
  first?: (mentee: number) => RowBatch | undefined,
): Array<readonly [number, number]> {
  const { rows, cols, pins } = p;
  const places = pins.capacityLeft;
  const buffers = { score: new Float64Array(cols), learn: new Float64Array(cols) };
  const lists: Array<LazyRow | undefined> = [];
  const holding = new Int32Array(rows);
  // Each mentor's held mentees with the mentor's key and the pair's score.
  const held: Array<Array<{ readonly e: number; readonly key: number; readonly score: number }>> = Array.from(
    { length: cols },
    () => [],
  );
  const queue: number[] = [];
  for (let e = 0; e < rows; e++) {
    const wants = (pins.menteeCapacityLeft[e] as number) > 0;
    lists.push(wants ? new LazyRow(p, e, true, () => true, buffers, first?.(e)) : undefined);
    if (wants) queue.push(e);
  }
  // Invariant: a mentee proposes only while they hold fewer mentors than their places; each mentor
  // holds at most their places, and a mentee a mentor refused or released is never better, for
  // that mentor, than anyone they hold later.
  while (queue.length > 0) {
    const e = queue.pop() as number;
    const list = lists[e];
    if (list === undefined || (holding[e] as number) >= (pins.menteeCapacityLeft[e] as number)) continue;
    const m = list.mentor();
    if (m < 0) continue; // every allowed mentor refused: e stays short
    const score = list.score();
    list.next();
    const key = mentorKey(p, e, m, p.teach.at(e, m) + score);
    const mine = held[m] as Array<{ readonly e: number; readonly key: number; readonly score: number }>;
    if (mine.length < (places[m] as number)) {
      mine.push({ e, key, score });
      holding[e] = (holding[e] as number) + 1;
      queue.push(e);
      continue;
    }
    let worst = 0;
    for (let i = 1; i < mine.length; i++) {
      const a = mine[worst] as { readonly e: number; readonly key: number; readonly score: number };
      const b = mine[i] as { readonly e: number; readonly key: number; readonly score: number };
      if (prefers(a.key, a.score, a.e, b.key, b.score, b.e)) worst = i;
    }
    const w = mine[worst];
    if (w !== undefined && prefers(key, score, e, w.key, w.score, w.e)) {
      mine[worst] = { e, key, score };
      holding[e] = (holding[e] as number) + 1;
      holding[w.e] = (holding[w.e] as number) - 1;
      queue.push(w.e);
    }
    queue.push(e);
  }
  const chosen: Array<readonly [number, number]> = [];
  held.forEach((mine, m) => {
    for (const { e } of mine) chosen.push([e, m]);
  });
  return chosen;
}
