import { type PreparedCohort, menteePrefers, mentorPrefers } from './prepareCohort';

/**
 * The stable baseline by index: Gale–Shapley, mentee-proposing, in its hospital/resident form
 * (Gale & Shapley 1962; Roth 1984): each mentor holds up to their places left once the pins are
 * placed. Free mentees propose down their preference list over the allowed mentors; a full mentor
 * keeps the mentees they prefer and releases the worst. The result is the mentee-optimal stable
 * matching, whatever the order of proposals: no allowed pair, neither of them pinned, prefers
 * each other to what they got.
 *
 * @returns the mentor of each mentee, or −1
 * @internal
 */
export function stablePairs(p: PreparedCohort): Int32Array {
  const { rows, cols, score, minScore, pins } = p;
  const mentorOf = Int32Array.from(pins.pinnedTo);
  const places = pins.capacityLeft;
  const lists: Int32Array[] = [];
  const next = new Int32Array(rows);
  const held: number[][] = Array.from({ length: cols }, () => []);
  const queue: number[] = [];
  for (let e = 0; e < rows; e++) {
    const list: number[] = [];
    if (mentorOf[e] === -1) {
      for (let m = 0; m < cols; m++)
        if ((places[m] as number) > 0 && (score[e * cols + m] as number) >= minScore) list.push(m);
      list.sort((a, b) => (a === b ? 0 : menteePrefers(p, e, a, b) ? -1 : 1));
      queue.push(e);
    }
    lists.push(Int32Array.from(list));
  }
  // Invariant: each queued mentee is free; each mentor holds at most their places, and a mentee a
  // mentor refused or released is never better, for that mentor, than anyone they hold later.
  while (queue.length > 0) {
    const e = queue.pop() as number;
    const list = lists[e] as Int32Array;
    const k = next[e] as number;
    if (k >= list.length) continue; // every allowed mentor refused: e stays unmatched
    next[e] = k + 1;
    const m = list[k] as number;
    const mine = held[m] as number[];
    if (mine.length < (places[m] as number)) {
      mine.push(e);
      continue;
    }
    let worst = 0;
    for (let i = 1; i < mine.length; i++)
      if (mentorPrefers(p, m, mine[worst] as number, mine[i] as number)) worst = i;
    const w = mine[worst] as number;
    if (mentorPrefers(p, m, e, w)) {
      mine[worst] = e;
      queue.push(w);
    } else {
      queue.push(e);
    }
  }
  held.forEach((mine, m) => {
    for (const e of mine) mentorOf[e] = m;
  });
  return mentorOf;
}
