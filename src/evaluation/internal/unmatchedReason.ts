import type { UnmatchedReason } from '../../matching/index';
import { RULES, type Rule, checkRules } from '../../scoring/index';
import type { PreparedCohort } from './prepareCohort';

/**
 * Why mentee `e` stayed unmatched in a baseline, in the matcher's terms (the matching layer's own
 * helper is not exported): no mentor is feasible (with how many each rule blocks, by its first
 * blocking rule), the best feasible mentor is below `minScore`, or every mentor reaching it is
 * taken. The last is exact because every baseline is maximal: nobody is left out while one of
 * their candidates has a place.
 *
 * @internal
 */
export function unmatchedReason(p: PreparedCohort, e: number): UnmatchedReason {
  const { cohort, cols, score, minScore } = p;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let candidates = 0;
  for (let m = 0; m < cols; m++) {
    const s = score[e * cols + m] as number;
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
    if (s >= minScore) candidates++;
  }
  const bestMentor = cohort.mentors[best];
  const mentee = cohort.mentees[e];
  if (bestMentor === undefined || mentee === undefined) {
    const counts = new Map<Rule, number>();
    if (mentee !== undefined) {
      for (const mentor of cohort.mentors) {
        const rule = checkRules(cohort, mentor, mentee)[0]?.kind;
        if (rule !== undefined) counts.set(rule, (counts.get(rule) ?? 0) + 1);
      }
    }
    const blockedBy: { [R in Rule]?: number } = {};
    for (const rule of RULES) {
      const n = counts.get(rule);
      if (n !== undefined) blockedBy[rule] = n;
    }
    return { kind: 'no-feasible-mentor', blockedBy };
  }
  if (bestScore < minScore) return { kind: 'below-min-score', minScore, bestScore, bestMentorId: bestMentor.id };
  return { kind: 'capacity-exhausted', candidates, bestScore, bestMentorId: bestMentor.id };
}
