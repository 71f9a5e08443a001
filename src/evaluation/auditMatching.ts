import type { Cohort, MenteeId, MentorId } from '../domain/index';
import { compareIds } from '../domain/index';
import { type Rule, scoreParticipants } from '../scoring/index';
import type { PairsLike } from './assess';
import { menteeCapacity } from './internal/menteeCapacity';

/**
 * One thing wrong with a matching made elsewhere, located by the index of its pair in the
 * matching's `pairs` (`pair`, from 0) so that a reader can find the row in their file:
 *
 * - `unknown-person`: the pair names a mentor or a mentee who is not in the cohort (`side`);
 * - `rule-broken`: a hard rule blocks the pair (one finding per rule);
 * - `below-min-score`: the pair scores below `minScore` and is not pinned;
 * - `duplicate-pair`: the same two people were already paired at `first`;
 * - `over-capacity`: a mentor (or a mentee) is in more pairs than their capacity (`pairs` lists
 *   them all, in file order);
 * - `missing-pin`: a pinned pair of the programme that the matching does not contain.
 *
 * @category Evaluation
 */
export type MatchingFinding =
  | {
      readonly kind: 'unknown-person';
      readonly pair: number;
      readonly mentorId: string;
      readonly menteeId: string;
      readonly side: 'mentor' | 'mentee' | 'both';
    }
  | {
      readonly kind: 'rule-broken';
      readonly pair: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly rule: Rule;
    }
  | {
      readonly kind: 'below-min-score';
      readonly pair: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly score: number;
      readonly minScore: number;
    }
  | {
      readonly kind: 'duplicate-pair';
      readonly pair: number;
      readonly first: number;
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
    }
  | {
      readonly kind: 'over-capacity';
      readonly side: 'mentor' | 'mentee';
      readonly id: MentorId | MenteeId;
      readonly capacity: number;
      readonly count: number;
      readonly pairs: ReadonlyArray<number>;
    }
  | { readonly kind: 'missing-pin'; readonly mentorId: MentorId; readonly menteeId: MenteeId };

/** The kinds of {@link MatchingFinding}, in the order {@link auditMatching} lists them. @category Evaluation */
export const FINDING_KINDS = [
  'unknown-person',
  'rule-broken',
  'below-min-score',
  'duplicate-pair',
  'over-capacity',
  'missing-pin',
] as const satisfies ReadonlyArray<MatchingFinding['kind']>;

/** Options of {@link auditMatching}: the `minScore` the matching should respect (default the programme's). @category Evaluation */
export interface AuditOptions {
  readonly minScore?: number;
}

/**
 * Audits a matching made anywhere — by hand in a spreadsheet, by another platform — against a
 * cohort: every pair that names somebody unknown, every hard rule each pair breaks, pairs below
 * `minScore`, pairs given twice, people in more pairs than their capacity, and the programme's
 * pins that are missing. Nothing in the matching is trusted and nothing is rejected: a broken
 * matching is measured, finding by finding.
 *
 * Findings come in a fixed order — by pair index for the pair findings (each pair's in the order
 * of {@link FINDING_KINDS}, rules in the order of `RULES`), then over-capacity by side and id,
 * then missing pins by mentor and mentee id — so the same matching gives the same list.
 *
 * @param cohort - a validated cohort
 * @param matching - anything with `pairs: [{ mentorId, menteeId }]`
 * @param options - {@link AuditOptions}
 * @returns the findings, empty for a matching that keeps every rule
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * auditMatching(cohort, orThrow(match(cohort))).length; // 0
 * auditMatching(cohort, { pairs: [{ mentorId: 'nobody', menteeId: 'e-jankowski' }] })[0]?.kind; // 'unknown-person'
 * @category Evaluation
 */
export function auditMatching(
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
    const scored = scoreParticipants(cohort, mentor, mentee);
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
