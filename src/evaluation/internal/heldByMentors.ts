import type { Audited } from './auditPairs';
import { type PreparedCohort, pairKeys, prefers } from './prepareCohort';

/** No bound: every mentee or mentor would take one more partner. */
export const ANY = 0x7fffffff;

/**
 * The mentees each mentor holds in any of several lists, laid out once for all of them: mentor
 * `m`'s mentees, best first for `m`, at `start[m]` to `start[m + 1]` of `key` (`m`'s order key of
 * the mentee), `score` and `e`. A mentor's rank of a mentee does not depend on the list, so the
 * counters of how many mentees beat each held one are shared by every list: at `start[m] + m`
 * onwards, one more than `m`'s union is long (the last counts mentees who beat none).
 *
 * Per list `j` and mentor `m`, `wantsUpTo[j * cols + m]` is the last union position a mentee
 * outside must beat for `m` to take them: {@link ANY} when `m` has a place left nobody pinned,
 * else the flat index of the unpinned mentee `m` likes least in list `j`.
 *
 * @internal
 */
export interface HeldByMentors {
  readonly start: Int32Array;
  readonly key: Float64Array;
  readonly score: Float64Array;
  readonly e: Int32Array;
  readonly counters: Int32Array;
  readonly wantsUpTo: Int32Array;
  /** The flat index of mentee `e` in mentor `m`'s union, `undefined` when no list pairs them. */
  readonly at: (e: number, m: number) => number | undefined;
}

/** Lays out the union of the lists' effective pairs by mentor. @internal */
export function heldByMentors(p: PreparedCohort, audits: ReadonlyArray<Audited>): HeldByMentors {
  const { rows, cols, pins } = p;
  const byMentor: Array<Array<{ readonly e: number; readonly key: number; readonly score: number }>> =
    Array.from({ length: cols }, () => []);
  const seen = new Set<number>();
  for (const audit of audits)
    audit.partners.forEach((list, e) => {
      for (const { m } of list) {
        if (seen.has(m * rows + e)) continue;
        seen.add(m * rows + e);
        const keys = pairKeys(p, e, m);
        byMentor[m]?.push({ e, key: keys.teach, score: keys.score });
      }
    });
  const start = new Int32Array(cols + 1);
  byMentor.forEach((list, m) => {
    list.sort((x, y) => (prefers(x.key, x.score, x.e, y.key, y.score, y.e) ? -1 : 1));
    start[m + 1] = (start[m] as number) + list.length;
  });
  const total = start[cols] as number;
  const key = new Float64Array(total);
  const score = new Float64Array(total);
  const held = new Int32Array(total);
  const position = new Map<number, number>();
  byMentor.forEach((list, m) => {
    list.forEach((h, i) => {
      const at = (start[m] as number) + i;
      key[at] = h.key;
      score[at] = h.score;
      held[at] = h.e;
      position.set(m * rows + h.e, at);
    });
  });
  const wantsUpTo = new Int32Array(audits.length * cols);
  audits.forEach((audit, j) => {
    const unpinned = new Int32Array(cols);
    const worst = new Int32Array(cols).fill(-1);
    audit.partners.forEach((list, e) => {
      for (const { m } of list) {
        if (pins.isPinned(e, m)) continue;
        unpinned[m] = (unpinned[m] as number) + 1;
        worst[m] = Math.max(worst[m] as number, position.get(m * rows + e) as number);
      }
    });
    for (let m = 0; m < cols; m++)
      wantsUpTo[j * cols + m] =
        (unpinned[m] as number) < (pins.capacityLeft[m] as number) ? ANY : (worst[m] as number);
  });
  return {
    start,
    key,
    score,
    e: held,
    counters: new Int32Array(total + cols),
    wantsUpTo,
    at: (e, m) => position.get(m * rows + e),
  };
}
