import { left, right, type Either } from 'fp-ts/lib/Either.js';
import type { Cohort, MenteeId, MentorId } from '../../domain/index';
import { checkRules } from '../../scoring/index';
import type { BlockedPin, MatchError } from '../MatchError';

/** The pins by index, what capacity they leave, and which mentees they take. @internal */
export interface Pins {
  /** `[mentorIndex, menteeIndex]`, in the order given, duplicates removed. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly capacityLeft: Int32Array;
  readonly menteePinned: Uint8Array;
}

/**
 * Resolves the programme's pins and the call's extra pins into indices, and checks them: every
 * id known, no mentee pinned to two mentors, no mentor pinned beyond capacity, and no pin that a
 * hard rule blocks (all such pins are reported at once). A pin below `minScore` is kept: the
 * threshold keeps the optimiser from weak pairs, not the programme manager.
 *
 * @internal
 */
export function resolvePins(
  cohort: Cohort,
  mentorIndex: ReadonlyMap<MentorId, number>,
  menteeIndex: ReadonlyMap<MenteeId, number>,
  extra: ReadonlyArray<readonly [MentorId, MenteeId]>,
): Either<MatchError, Pins> {
  const capacityLeft = Int32Array.from(cohort.mentors, (m) => m.capacity);
  const menteePinned = new Uint8Array(cohort.mentees.length);
  const mentorOf = new Int32Array(cohort.mentees.length).fill(-1);
  const pairs: Array<readonly [number, number]> = [];
  const blocked: BlockedPin[] = [];
  const listed: Array<{ readonly pair: readonly [MentorId, MenteeId]; readonly path: ReadonlyArray<string | number> }> = [
    ...cohort.programme.rules.pinnedPairs.map((pair, i) => ({ pair, path: ['programme', 'rules', 'pinnedPairs', i] })),
    ...extra.map((pair, i) => ({ pair, path: ['options', 'pinnedPairs', i] })),
  ];
  for (const { pair, path } of listed) {
    const [mentorId, menteeId] = pair;
    const m = mentorIndex.get(mentorId);
    const e = menteeIndex.get(menteeId);
    if (m === undefined) return left({ code: 'unknown-mentor', message: `pinned pair: "${mentorId}" is not a mentor`, path: [...path, 0] });
    if (e === undefined) return left({ code: 'unknown-mentee', message: `pinned pair: "${menteeId}" is not a mentee`, path: [...path, 1] });
    if (mentorOf[e] === m) continue; // the same pin twice asks for nothing more
    if (mentorOf[e] !== -1) {
      return left({ code: 'pinned-pair-conflict', message: `mentee "${menteeId}" is pinned to two mentors`, path });
    }
    if ((capacityLeft[m] ?? 0) <= 0) {
      return left({ code: 'pinned-pair-conflict', message: `mentor "${mentorId}" is pinned to more mentees than their capacity`, path });
    }
    const mentor = cohort.mentors[m];
    const mentee = cohort.mentees[e];
    const rule = mentor === undefined || mentee === undefined ? undefined : checkRules(cohort, mentor, mentee)[0];
    if (rule !== undefined) blocked.push({ path, mentorId, menteeId, rule: rule.kind });
    mentorOf[e] = m;
    menteePinned[e] = 1;
    capacityLeft[m] = (capacityLeft[m] ?? 0) - 1;
    pairs.push([m, e]);
  }
  const [first] = blocked;
  if (first !== undefined) {
    const list = blocked.map((b) => `[${b.mentorId}, ${b.menteeId}] breaks the ${b.rule} rule`).join('; ');
    return left({ code: 'pinned-pair-infeasible', message: `a pinned pair breaks a hard rule: ${list}`, path: first.path, pins: blocked });
  }
  return right({ pairs, capacityLeft, menteePinned });
}
