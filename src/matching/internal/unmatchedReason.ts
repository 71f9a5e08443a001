import type { Cohort } from '../../domain/index';
import { RULES, type Rule, checkRules } from '../../scoring/index';
import type { UnmatchedReason } from '../Matching';

/**
 * Why mentee `e` stayed unmatched: no mentor is feasible (with how many mentors each rule
 * blocks), the best feasible mentor is below `minScore`, or every mentor reaching `minScore` is
 * taken. The last is exact for the matcher's objectives (a mentee left out while one of their
 * candidates had a free place would be an augmenting pair, which an optimal matching does not
 * have) and for the baselines, which are maximal.
 *
 * @param scoreOf - the mentee's score with the mentor at each position (`-Infinity` if blocked)
 * @internal
 */
export function unmatchedReason(
  cohort: Cohort,
  e: number,
  minScore: number,
  scoreOf: (mentor: number) => number,
): UnmatchedReason {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let candidates = 0;
  for (let m = 0; m < cohort.mentors.length; m++) {
    const s = scoreOf(m);
    // Strictly greater: the first mentor in id order wins a tie.
    if (s > bestScore) {
      bestScore = s;
      best = m;
    }
    if (s >= minScore) candidates++;
  }
  const bestMentor = cohort.mentors[best];
  const mentee = cohort.mentees[e];
  if (bestMentor === undefined || mentee === undefined || bestScore === Number.NEGATIVE_INFINITY) {
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
  if (bestScore < minScore)
    return { kind: 'below-min-score', minScore, bestScore, bestMentorId: bestMentor.id };
  return { kind: 'capacity-exhausted', candidates, bestScore, bestMentorId: bestMentor.id };
}
