import type { Cohort } from '../../domain/index';
import { type PairScorer } from '../../scoring/index';
import { pairScorer } from '../../scoring/pairScorer';
import type { MatchOptions } from '../MatchOptions';
import type { MatchedPair, Unmatched, UnmatchedReason } from '../Matching';
import { firstBlockingRule } from './firstBlockingRule';
import type { Pins } from './resolvePins';
import type { RowSummary } from './unmatchedReason';
import { unmatchedReason } from './unmatchedReason';

/** A matching by index, to be explained: the chosen pairs and what the scan saw of each mentee. @internal */
export interface ChosenPairs {
  /** The pairs chosen besides the pins, `[mentee, mentor]`. */
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  /**
   * What the scan saw of mentee `e`'s other mentors, given the mentors `e` got, or `undefined`
   * when it did not look (then `e` got all they wanted).
   */
  readonly summary: (e: number, got: ReadonlySet<number>) => RowSummary | undefined;
}

/**
 * The pairs (pins first, then the chosen ones) with their scores, criteria and reasons — built
 * for these pairs only — sorted by mentee id, then mentor id; the total summed in that order; and
 * each mentee who got fewer mentors than their capacity, with why. `undefined` when cancelled.
 *
 * @internal
 */
export function explainPairs(
  cohort: Cohort,
  pins: Pins,
  chosen: ChosenPairs,
  minScore: number,
  options: Pick<MatchOptions, 'signal' | 'onProgress'> = {},
  scorer: Pick<PairScorer, 'pair'> = pairScorer(cohort),
): { pairs: MatchedPair[]; unmatched: Unmatched[]; totalScore: number } | undefined {
  const all: Array<readonly [number, number, boolean]> = [
    ...pins.pairs.map(([m, e]) => [e, m, true] as const),
    ...chosen.pairs.map(([e, m]) => [e, m, false] as const),
  ];
  // Mentees and mentors are in id order, so index order is id order.
  all.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const pairs: MatchedPair[] = [];
  const partners = new Map<number, Set<number>>();
  for (const [i, [e, m, pinned]] of all.entries()) {
    if ((i & 1023) === 0) {
      if (options.signal?.aborted === true) return undefined;
      options.onProgress?.({ phase: 'explaining', done: i, total: all.length });
    }
    const mentor = cohort.mentors[m];
    const mentee = cohort.mentees[e];
    if (mentor === undefined || mentee === undefined) continue;
    const set = partners.get(e) ?? new Set<number>();
    set.add(m);
    partners.set(e, set);
    const scored = scorer.pair(e, m);
    // Pins were checked against every rule and the optimiser only uses feasible pairs.
    if (scored.kind !== 'scored') continue;
    const { score, criteria, reasons } = scored;
    pairs.push({ mentorId: mentor.id, menteeId: mentee.id, score, criteria, reasons, pinned });
  }
  options.onProgress?.({ phase: 'explaining', done: all.length, total: all.length });
  let totalScore = 0;
  for (const pair of pairs) totalScore += pair.score;

  const unmatched: Unmatched[] = [];
  let firstRule: ReturnType<typeof firstBlockingRule> | undefined;
  const none = new Set<number>();
  cohort.mentees.forEach((mentee, e) => {
    const got = partners.get(e) ?? none;
    if (got.size >= mentee.capacity) return;
    const summary = chosen.summary(e, got);
    if (summary === undefined) return;
    firstRule ??= firstBlockingRule(cohort);
    const reason: UnmatchedReason = unmatchedReason(cohort, e, minScore, summary, firstRule, (m) =>
      got.has(m),
    );
    unmatched.push({ menteeId: mentee.id, reason, wanted: mentee.capacity, got: got.size });
  });
  return { pairs, unmatched, totalScore };
}
