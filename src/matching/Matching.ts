import type { MenteeId, MentorId } from '../domain/index';
import type { Criteria, CriterionReason, Rule, Score } from '../scoring/index';

/**
 * What the matcher optimises:
 *
 * - `max-total` (default): the largest total score; a mentee may stay unmatched when pairing
 *   them would cost others more than it brings.
 * - `max-matched`: as many pairs as possible, then the largest total among those.
 * - `fairest`: as many pairs as possible, then the best worst pair (the largest lowest pair
 *   score), then the largest total among those.
 *
 * @example
 * OBJECTIVES.includes('fairest'); // true
 * @category Matching
 */
export const OBJECTIVES = ['max-total', 'max-matched', 'fairest'] as const;

/** What the matcher optimises (see {@link OBJECTIVES}). @category Matching */
export type Objective = (typeof OBJECTIVES)[number];

/**
 * A pair the matcher made: the two ids, the pair's score, its criteria and the reasons that speak
 * for it, and whether it was pinned by the programme (or by the call) rather than chosen.
 *
 * @category Matching
 */
export interface MatchedPair {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  readonly score: Score;
  readonly criteria: Criteria;
  readonly reasons: ReadonlyArray<CriterionReason>;
  readonly pinned: boolean;
}

/**
 * Why a mentee stayed unmatched (or got fewer mentors than they wanted; the mentors they got are
 * left out of the counts):
 *
 * - `no-feasible-mentor`: a hard rule blocks every mentor; `blockedBy` counts the mentors each
 *   rule blocks (the first blocking rule of each mentor, in `RULES` order);
 * - `below-min-score`: some mentors are allowed, but the best of them (`bestMentorId`,
 *   `bestScore`) scores below `minScore`;
 * - `capacity-exhausted`: `candidates` mentors reach `minScore`, but all of them are taken (or
 *   have no capacity) in this matching; `bestMentorId` is the best of them.
 *
 * @category Matching
 */
export type UnmatchedReason =
  | { readonly kind: 'no-feasible-mentor'; readonly blockedBy: { readonly [R in Rule]?: number } }
  | {
      readonly kind: 'below-min-score';
      readonly minScore: number;
      readonly bestScore: number;
      readonly bestMentorId: MentorId;
    }
  | {
      readonly kind: 'capacity-exhausted';
      readonly candidates: number;
      readonly bestScore: number;
      readonly bestMentorId: MentorId;
    };

/**
 * A mentee who got fewer mentors than they wanted (`got` of `wanted`, their capacity; with one
 * mentor each, a mentee left without one), and why no further mentor.
 *
 * @category Matching
 */
export interface Unmatched {
  readonly menteeId: MenteeId;
  readonly reason: UnmatchedReason;
  readonly wanted: number;
  readonly got: number;
}

/**
 * The matcher's answer, plain JSON data (it survives `JSON.stringify` and `JSON.parse`
 * unchanged): the objective, the total score of the pairs, the pairs sorted by mentee id (then
 * mentor id: a mentee of capacity 2 may appear twice), and the mentees who got fewer mentors than
 * they wanted, sorted by id, each with why.
 *
 * @category Matching
 */
export interface Matching {
  readonly objective: Objective;
  readonly totalScore: number;
  readonly pairs: ReadonlyArray<MatchedPair>;
  readonly unmatched: ReadonlyArray<Unmatched>;
}
