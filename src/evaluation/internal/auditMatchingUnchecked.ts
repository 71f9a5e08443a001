import type { Cohort, MenteeId, MentorId } from '../../domain/index';
import { compareIds } from '../../domain/index';
import { scoreParticipantsUnchecked } from '../../scoring/scoreParticipantsUnchecked';
import type { PairsLike } from '../assess';
import type { AuditOptions, MatchingFinding } from '../auditMatching';
import { menteeCapacity } from './menteeCapacity';

/**
 * {@link auditMatching} without its checks, for the library's own callers (the strategy
 * comparison), which pass a parsed cohort and options they read already.
 *
 * @internal
 */
export function auditMatchingUnchecked(
  cohort: Cohort,
  matching: PairsLike,
  options: AuditOptions = {},
): ReadonlyArray<MatchingFinding> {
  const { rules } = cohort.programme;
  const minScore = options.minScore ?? rules.minScore;
  const pinned = new Set(rules.pinnedPairs.map(([m, e]) => pairKey(m, e)));
  const findings: MatchingFinding[] = [];
  const firstIndex = new Map<string, number>();
  const mentorPairs = new Map<MentorId, number[]>();
  const menteePairs = new Map<MenteeId, number[]>();

  matching.pairs.forEach(({ mentorId, menteeId }, pair) => {
    const mentor = cohort.mentorById.get(mentorId as MentorId);
    const mentee = cohort.menteeById.get(menteeId as MenteeId);
    if (mentor === undefined || mentee === undefined) {
      const side =
        mentor === undefined && mentee === undefined ? 'both' : mentor === undefined ? 'mentor' : 'mentee';
      findings.push({ kind: 'unknown-person', pair, mentorId, menteeId, side });
      return;
    }
    const ids = { mentorId: mentor.id, menteeId: mentee.id };
    const key = pairKey(mentor.id, mentee.id);
    const scored = scoreParticipantsUnchecked(cohort, mentor, mentee);
    if (scored.kind === 'infeasible') {
      const broken = new Set(scored.reasons.map((reason) => reason.kind));
      for (const rule of broken) findings.push({ kind: 'rule-broken', pair, ...ids, rule });
    } else if (scored.score < minScore && !pinned.has(key)) {
      findings.push({ kind: 'below-min-score', pair, ...ids, score: scored.score, minScore });
    }
    const first = firstIndex.get(key);
    if (first !== undefined) {
      findings.push({ kind: 'duplicate-pair', pair, first, ...ids });
      return;
    }
    firstIndex.set(key, pair);
    push(mentorPairs, mentor.id, pair);
    push(menteePairs, mentee.id, pair);
  });

  for (const [id, pairs] of sortedEntries(mentorPairs)) {
    const capacity = cohort.mentorById.get(id)?.capacity ?? 0;
    if (pairs.length > capacity) {
      findings.push({ kind: 'over-capacity', side: 'mentor', id, capacity, count: pairs.length, pairs });
    }
  }
  for (const [id, pairs] of sortedEntries(menteePairs)) {
    const mentee = cohort.menteeById.get(id);
    const capacity = mentee === undefined ? 0 : menteeCapacity(mentee);
    if (pairs.length > capacity) {
      findings.push({ kind: 'over-capacity', side: 'mentee', id, capacity, count: pairs.length, pairs });
    }
  }
  const missing = rules.pinnedPairs
    .filter(([m, e]) => !firstIndex.has(pairKey(m, e)))
    .sort(([m1, e1], [m2, e2]) => compareIds(m1, m2) || compareIds(e1, e2));
  let previous = '';
  for (const [mentorId, menteeId] of missing) {
    const key = pairKey(mentorId, menteeId);
    if (key !== previous) findings.push({ kind: 'missing-pin', mentorId, menteeId });
    previous = key;
  }
  return findings;
}

// The mentor id is length-prefixed, so no characters in either id can make two pairs share a key.
function pairKey(mentorId: string, menteeId: string): string {
  return `${mentorId.length}:${mentorId}${menteeId}`;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function sortedEntries<K extends string>(map: ReadonlyMap<K, number[]>): Array<[K, number[]]> {
  return [...map].sort(([a], [b]) => compareIds(a, b));
}
