import type { MenteeId, MentorId } from '../../domain/index';
import { compareIds } from '../../domain/index';

/** A pair by id. @internal */
export interface IdPairOf {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
}

/**
 * How two matchings of the same people differ, mentee by mentee (see `compareSettings` for the
 * definitions of kept, moved, new and lost), every list sorted by mentee id, then mentor id.
 *
 * @internal
 */
export interface PairDiff {
  readonly kept: ReadonlyArray<IdPairOf>;
  readonly moved: ReadonlyArray<{
    readonly menteeId: MenteeId;
    readonly from: MentorId;
    readonly to: MentorId;
  }>;
  readonly new: ReadonlyArray<IdPairOf>;
  readonly lost: ReadonlyArray<IdPairOf>;
  /** The people (mentors and mentees) whose set of partners differs. */
  readonly changedPeople: number;
}

/**
 * Compares two lists of pairs. For one mentee with mentors `B` before and `A` after: the pairs of
 * `B ∩ A` are kept; the others are matched up in id order, `min(|B∖A|, |A∖B|)` moves (from a
 * mentor of `B∖A` to one of `A∖B`), the rest of `B∖A` lost and the rest of `A∖B` new. For 1:1
 * matchings this is the plain reading: same mentor, another mentor, a mentor only after, a
 * mentor only before.
 *
 * @internal
 */
export function diffPairs(before: ReadonlyArray<IdPairOf>, after: ReadonlyArray<IdPairOf>): PairDiff {
  const beforeBy = partners(
    before,
    (p) => p.menteeId,
    (p) => p.mentorId,
  );
  const afterBy = partners(
    after,
    (p) => p.menteeId,
    (p) => p.mentorId,
  );
  const kept: IdPairOf[] = [];
  const moved: Array<{ menteeId: MenteeId; from: MentorId; to: MentorId }> = [];
  const added: IdPairOf[] = [];
  const lost: IdPairOf[] = [];
  const mentees = [...new Set([...beforeBy.keys(), ...afterBy.keys()])].sort(compareIds);
  for (const menteeId of mentees) {
    const b = beforeBy.get(menteeId) ?? [];
    const a = afterBy.get(menteeId) ?? [];
    const inA = new Set(a);
    const inB = new Set(b);
    for (const mentorId of b) if (inA.has(mentorId)) kept.push({ mentorId, menteeId });
    const gone = b.filter((m) => !inA.has(m));
    const come = a.filter((m) => !inB.has(m));
    const moves = Math.min(gone.length, come.length);
    for (let k = 0; k < moves; k++)
      moved.push({ menteeId, from: gone[k] as MentorId, to: come[k] as MentorId });
    for (const mentorId of gone.slice(moves)) lost.push({ mentorId, menteeId });
    for (const mentorId of come.slice(moves)) added.push({ mentorId, menteeId });
  }
  const mentorsBefore = partners(
    before,
    (p) => p.mentorId,
    (p) => p.menteeId,
  );
  const mentorsAfter = partners(
    after,
    (p) => p.mentorId,
    (p) => p.menteeId,
  );
  return {
    kept,
    moved,
    new: added,
    lost,
    changedPeople: changed(beforeBy, afterBy) + changed(mentorsBefore, mentorsAfter),
  };
}

/** Each person's partners, sorted by id, without repeats. */
function partners<K extends string, V extends string>(
  pairs: ReadonlyArray<IdPairOf>,
  key: (p: IdPairOf) => K,
  value: (p: IdPairOf) => V,
): Map<K, V[]> {
  const by = new Map<K, V[]>();
  for (const pair of pairs) {
    const list = by.get(key(pair));
    if (list === undefined) by.set(key(pair), [value(pair)]);
    else if (!list.includes(value(pair))) list.push(value(pair));
  }
  for (const list of by.values()) list.sort(compareIds);
  return by;
}

function changed<K, V>(a: ReadonlyMap<K, ReadonlyArray<V>>, b: ReadonlyMap<K, ReadonlyArray<V>>): number {
  let n = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? [];
    const y = b.get(key) ?? [];
    if (x.length !== y.length || x.some((v, i) => v !== y[i])) n++;
  }
  return n;
}
