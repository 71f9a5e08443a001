import type { NonEmptyArray } from 'fp-ts/lib/NonEmptyArray.js';
import type { MenteeId, MentorId } from '../domain/index';
import type { Criteria } from './Criteria';
import type { BlockingReason, CriterionReason } from './Reason';
import type { Rule } from './Rule';
import type { Score } from './Score';

/**
 * The verdict on one mentor–mentee pair: either `infeasible`, with the first hard rule that
 * blocks it (`rule`) and every blocking rule as data (`reasons`), or `scored`, with its score in
 * [0, 1], the value of each criterion and the reasons that speak for it.
 *
 * @category Scoring
 */
export type PairScore =
  | {
      readonly kind: 'infeasible';
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly rule: Rule;
      readonly reasons: Readonly<NonEmptyArray<BlockingReason>>;
    }
  | {
      readonly kind: 'scored';
      readonly mentorId: MentorId;
      readonly menteeId: MenteeId;
      readonly score: Score;
      readonly criteria: Criteria;
      readonly reasons: ReadonlyArray<CriterionReason>;
    };
