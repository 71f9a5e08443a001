import type { Cohort, MenteeId, MentorId } from '../../domain/index';
import { compareIds } from '../../domain/index';
import { checkRulesUnchecked } from '../../scoring/checkRulesUnchecked';
import type { BlockedPin, MatchError } from '../MatchError';

/** The pins of a cohort and a call, by index. @internal */
export interface Pins {
  /** Every distinct pin as written (programme's first, then the call's), known people or not. */
  readonly listed: ReadonlyArray<readonly [string, string]>;
  /** The usable pins `[mentor, mentee]`: known people, each pair once, within both capacities. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  /** Whether mentee `e` is pinned to mentor `m`. */
  readonly isPinned: (e: number, m: number) => boolean;
  /** Each mentee's pins. */
  readonly pinCount: Int32Array;
  /** Each mentor's capacity minus their usable pins. */
  readonly capacityLeft: Int32Array;
  /** Each mentee's capacity minus their usable pins. */
  readonly menteeCapacityLeft: Int32Array;
  /** What `match` would answer for these pins, if it refuses them. */
  readonly error: MatchError | undefined;
}

/**
 * Resolves the programme's pins and the call's extra pins into indices, and checks them: every
 * id known, nobody pinned beyond their capacity (pins count against both sides), and no pin that a
 * hard rule blocks (all such pins named in one error). A pin below `minScore` is kept: the
 * threshold keeps the optimiser from weak pairs, not the programme manager.
 *
 * It never stops at a refusal: the usable pins are kept and the first refusal is returned beside
 * them. `match` and the baselines refuse on `error`; `assess` audits any matching with the rest.
 *
 * @param feasible - whether a hard rule allows the pair (by default {@link checkRules} is asked;
 *   a caller holding a score matrix answers from it)
 * @internal
 */
export function resolvePins(
  cohort: Cohort,
  extra: ReadonlyArray<readonly [MentorId, MenteeId]>,
  feasible: (mentee: number, mentor: number) => boolean = (e, m) => {
    const mentor = cohort.mentors[m];
    const mentee = cohort.mentees[e];
    return (
      mentor !== undefined && mentee !== undefined && checkRulesUnchecked(cohort, mentor, mentee).length === 0
    );
  },
): Pins {
  const mentorIndex = new Map<string, number>(cohort.mentors.map((m, i) => [m.id, i]));
  const menteeIndex = new Map<string, number>(cohort.mentees.map((m, i) => [m.id, i]));
  const capacityLeft = Int32Array.from(cohort.mentors, (m) => m.capacity);
  const menteeCapacityLeft = Int32Array.from(cohort.mentees, (m) => m.capacity);
  const pinCount = new Int32Array(cohort.mentees.length);
  const pinned = new Set<number>();
  const cols = cohort.mentors.length;
  const pairs: Array<readonly [number, number]> = [];
  const listed: Array<readonly [string, string]> = [];
  const seen = new Set<string>();
  const blocked: BlockedPin[] = [];
  let error: MatchError | undefined;
  const all = [
    ...cohort.programme.rules.pinnedPairs.map((pair, i) => ({
      pair,
      path: ['programme', 'rules', 'pinnedPairs', i],
    })),
    ...extra.map((pair, i) => ({ pair, path: ['options', 'pinnedPairs', i] })),
  ];
  for (const { pair, path } of all) {
    const [mentorId, menteeId] = pair;
    // JSON of the pair as the key: ids may contain any character.
    const key = JSON.stringify([mentorId, menteeId]);
    if (!seen.has(key)) {
      seen.add(key);
      listed.push([mentorId, menteeId]);
    }
    const m = mentorIndex.get(mentorId);
    const e = menteeIndex.get(menteeId);
    if (m === undefined) {
      error ??= {
        code: 'unknown-mentor',
        message: `pinned pair: "${mentorId}" is not a mentor`,
        path: [...path, 0],
      };
      continue;
    }
    if (e === undefined) {
      error ??= {
        code: 'unknown-mentee',
        message: `pinned pair: "${menteeId}" is not a mentee`,
        path: [...path, 1],
      };
      continue;
    }
    if (pinned.has(e * cols + m)) continue;
    if ((menteeCapacityLeft[e] ?? 0) <= 0) {
      error ??= {
        code: 'pinned-pair-conflict',
        message: `mentee "${menteeId}" is pinned to more mentors than their capacity`,
        path,
      };
      continue;
    }
    if ((capacityLeft[m] ?? 0) <= 0) {
      error ??= {
        code: 'pinned-pair-conflict',
        message: `mentor "${mentorId}" is pinned to more mentees than their capacity`,
        path,
      };
      continue;
    }
    if (!feasible(e, m)) {
      const mentor = cohort.mentors[m];
      const mentee = cohort.mentees[e];
      const rule =
        mentor === undefined || mentee === undefined
          ? undefined
          : checkRulesUnchecked(cohort, mentor, mentee)[0];
      if (rule !== undefined) blocked.push({ path, mentorId, menteeId, rule: rule.kind });
    }
    pinned.add(e * cols + m);
    pinCount[e] = (pinCount[e] ?? 0) + 1;
    menteeCapacityLeft[e] = (menteeCapacityLeft[e] ?? 0) - 1;
    capacityLeft[m] = (capacityLeft[m] ?? 0) - 1;
    pairs.push([m, e]);
  }
  // In id order, so that the answer does not depend on the order the pins were listed in.
  blocked.sort((a, b) => compareIds(a.mentorId, b.mentorId) || compareIds(a.menteeId, b.menteeId));
  const [first] = blocked;
  if (error === undefined && first !== undefined) {
    const list = blocked.map((b) => `[${b.mentorId}, ${b.menteeId}] breaks the ${b.rule} rule`).join('; ');
    error = {
      code: 'pinned-pair-infeasible',
      message: `a pinned pair breaks a hard rule: ${list}`,
      path: first.path,
      pins: blocked,
    };
  }
  const isPinned = (e: number, m: number): boolean => (pinCount[e] ?? 0) > 0 && pinned.has(e * cols + m);
  return { listed, pairs, isPinned, pinCount, capacityLeft, menteeCapacityLeft, error };
}
