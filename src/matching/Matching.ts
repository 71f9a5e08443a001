import type { MenteeId, MentorId } from '../domain/index';
import type { Criteria, CriterionReason, Rule, Score } from '../scoring/index';

/**
 * What the matcher optimises:
 *
 * - `max-total` (default): the largest total score; a mentee may stay unmatched when pairing
 *   them would cost others more than it brings.
 * - `max-matched`: as many mentees matched as possible, then the largest total among those.
 * - `fairest`: as many matched as possible, then the best worst pair (the largest lowest pair
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
 * Why a mentee stayed unmatched:
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

/** A mentee left without a mentor, and why. @category Matching */
export interface Unmatched {
  readonly menteeId: MenteeId;
  readonly reason: UnmatchedReason;
}

/**
 * The matcher's answer, plain JSON data (it survives `JSON.stringify` and `JSON.parse`
 * unchanged): the objective, the total score of the pairs, the pairs sorted by mentee id, and
 * the unmatched mentees sorted by id, each with why.
 *
 * @category Matching
 */
export interface Matching {
  readonly objective: Objective;
  readonly totalScore: number;
  readonly pairs: ReadonlyArray<MatchedPair>;
  readonly unmatched: ReadonlyArray<Unmatched>;
}
