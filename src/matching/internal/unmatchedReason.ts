import type { Cohort } from '../../domain/index';
import { RULES, type Rule } from '../../scoring/index';
import type { UnmatchedReason } from '../Matching';

/** What one scan of a mentee's row saw, beside the pairs it got. @internal */
export interface RowSummary {
  /** Mentors reaching `minScore` that the mentee did not get (places left or not). */
  readonly candidates: number;
  /** The best of those, or −1. */
  readonly bestMentor: number;
  readonly bestScore: number;
  /** The best allowed mentor under `minScore`, or −1. */
  readonly bestBelowMentor: number;
  readonly bestBelow: number;
}

/**
 * Why mentee `e` got fewer mentors than they wanted: no other mentor is feasible (with how many
 * mentors each rule blocks, the mentors they got aside), the best other feasible mentor is below
 * `minScore`, or every other mentor reaching `minScore` is taken. The last is exact for the
 * matcher's objectives (a mentee short of mentors while one of their candidates had a free place
 * would be an augmenting pair, which an optimal matching does not have) and for the baselines,
 * which are maximal.
 *
 * @param firstRule - the first rule blocking a pair (see `firstBlockingRule`)
 * @param got - whether the mentee has this mentor already (those are not counted as blocked)
 * @internal
 */
export function unmatchedReason(
  cohort: Cohort,
  e: number,
  minScore: number,
  summary: RowSummary,
  firstRule: (mentee: number, mentor: number) => Rule | undefined,
  got: (mentor: number) => boolean,
): UnmatchedReason {
  const best = cohort.mentors[summary.bestMentor];
  if (summary.candidates > 0 && best !== undefined)
    return {
      kind: 'capacity-exhausted',
      candidates: summary.candidates,
      bestScore: summary.bestScore,
      bestMentorId: best.id,
    };
  const below = cohort.mentors[summary.bestBelowMentor];
  if (below !== undefined)
    return { kind: 'below-min-score', minScore, bestScore: summary.bestBelow, bestMentorId: below.id };
  const counts = new Map<Rule, number>();
  for (let m = 0; m < cohort.mentors.length; m++) {
    if (got(m)) continue;
    const rule = firstRule(e, m);
    if (rule !== undefined) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  }
  const blockedBy: { [R in Rule]?: number } = {};
  for (const rule of RULES) {
    const n = counts.get(rule);
    if (n !== undefined) blockedBy[rule] = n;
  }
  return { kind: 'no-feasible-mentor', blockedBy };
}
