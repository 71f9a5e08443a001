import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { type Cohort, type Issues, type MentorId } from '../domain/index';
import { quoteValue } from '../domain/readUntrusted';
import { type Criteria, type CriterionReason, type Score } from '../scoring/index';
import { pairScorer } from '../scoring/pairScorer';
import { scoreParticipantsUnchecked } from '../scoring/scoreParticipantsUnchecked';
import { checkRecommendArguments } from './internal/checkMatchOptions';
import type { MatchError } from './MatchError';

/**
 * A mentor recommended to one mentee: the pair's score, criteria and reasons, the mentor's
 * places left once pinned pairs are placed, how many mentees (not pinned) have this mentor as
 * their first choice, and `contested` when that is more than the places left.
 *
 * @category Matching
 */
export interface Recommendation {
  readonly mentorId: MentorId;
  readonly score: Score;
  readonly criteria: Criteria;
  readonly reasons: ReadonlyArray<CriterionReason>;
  readonly placesLeft: number;
  readonly firstChoiceOf: number;
  readonly contested: boolean;
}

/**
 * The best mentors for one mentee, for products where people choose their own mentor: the
 * feasible mentors with a free place scoring at least `minScore`, best first (ties by id), each
 * with why, and capacity-aware — a mentor who is the first choice of more mentees than they have
 * places for is marked `contested`.
 *
 * @param cohort - a validated cohort
 * @param menteeId - the id of the mentee to recommend mentors to (a plain string: an id that names
 *   no mentee is an `unknown-mentee` issue)
 * @param options - `limit` (default 5), `minScore` (default the programme's)
 * @returns `Right(recommendations)`, or `Left` with `unknown-mentee` / `invalid-option`
 * @example
 * const cohort = orThrow(parseCohort(SAMPLES.bank));
 * const top = orThrow(recommend(cohort, 'e-jankowski', { limit: 3 }));
 * top.length; // 3
 * top[0]?.mentorId; // 'm-kaczmarek'
 * @category Matching
 */
export function recommend(
  cohort: Cohort,
  menteeId: string,
  options: { readonly limit?: number; readonly minScore?: number } = {},
): Either<Issues<MatchError>, ReadonlyArray<Recommendation>> {
  const wrong = checkRecommendArguments(cohort, menteeId, options);
  if (wrong !== undefined) return left([wrong]);
  const e = cohort.mentees.findIndex((m) => m.id === menteeId);
  const mentee = cohort.mentees[e];
  if (mentee === undefined)
    return left([
      {
        code: 'unknown-mentee',
        message: `${quoteValue(menteeId)} is not a mentee of this cohort`,
        path: ['menteeId'],
      },
    ]);
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 0) {
    return left([
      { code: 'invalid-option', message: 'the limit must be a whole number ≥ 0', path: ['options', 'limit'] },
    ]);
  }
  const minScore = options.minScore ?? cohort.programme.rules.minScore;
  if (!(minScore >= 0 && minScore <= 1)) {
    return left([
      {
        code: 'invalid-option',
        message: 'the minimum score must be a number in [0, 1]',
        path: ['options', 'minScore'],
      },
    ]);
  }
  const scorer = pairScorer(cohort);
  const mentors = cohort.mentors.length;

  const placesLeft = Int32Array.from(cohort.mentors, (m) => m.capacity);
  const pinnedMentees = new Set<string>();
  const index = new Map(cohort.mentors.map((m, i): [string, number] => [m.id, i]));
  for (const [mentorId, pinnedMentee] of cohort.programme.rules.pinnedPairs) {
    if (pinnedMentees.has(pinnedMentee)) continue;
    pinnedMentees.add(pinnedMentee);
    const m = index.get(mentorId);
    if (m !== undefined) placesLeft[m] = Math.max(0, (placesLeft[m] ?? 0) - 1);
  }
  const available = (m: number, s: number): boolean => s >= minScore && (placesLeft[m] ?? 0) > 0;

  // Every unpinned mentee's first choice, each pair scored once with the fast path.
  const firstChoiceOf = new Int32Array(mentors);
  cohort.mentees.forEach((other, o) => {
    if (pinnedMentees.has(other.id)) return;
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let m = 0; m < mentors; m++) {
      const s = scorer.at(o, m);
      if (available(m, s) && s > bestScore) {
        best = m;
        bestScore = s;
      }
    }
    if (best >= 0) firstChoiceOf[best] = (firstChoiceOf[best] ?? 0) + 1;
  });

  const ranked: Array<{ readonly m: number; readonly s: number }> = [];
  for (let m = 0; m < mentors; m++) {
    const s = scorer.at(e, m);
    if (available(m, s)) ranked.push({ m, s });
  }
  // Mentors are in id order, and the sort is stable: equal scores stay in id order.
  ranked.sort((a, b) => b.s - a.s);
  const result: Recommendation[] = [];
  for (const { m } of ranked.slice(0, limit)) {
    const mentor = cohort.mentors[m];
    if (mentor === undefined) continue;
    const scored = scoreParticipantsUnchecked(cohort, mentor, mentee);
    if (scored.kind !== 'scored') continue;
    const places = placesLeft[m] ?? 0;
    const first = firstChoiceOf[m] ?? 0;
    result.push({
      mentorId: mentor.id,
      score: scored.score,
      criteria: scored.criteria,
      reasons: scored.reasons,
      placesLeft: places,
      firstChoiceOf: first,
      contested: first > places,
    });
  }
  return right(result);
}
