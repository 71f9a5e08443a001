import type { Decision, MenteeId, MentorId } from '../domain/index';
import type { Matching } from '../matching/index';
import type { DecisionStatus } from './DecisionStatus';
import type { WaitingList } from './WaitingList';

/** A pair of the new proposal, or a declined pair, with its status and the decisions on it. @category Workflow */
export interface DecidedPair {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  readonly status: DecisionStatus;
  /** The decisions on the pair, oldest first. */
  readonly decisions: ReadonlyArray<Decision>;
}

/**
 * Why a pair of the previous proposal is not in the new one:
 *
 * - `declined`: somebody declined it;
 * - `displaced`: accepted pairs took the places it needed (as few pairs as possible are displaced);
 * - `not-allowed`: a hard rule now blocks it (the cohort or the programme changed since);
 * - `left-programme`: the mentor or the mentee is no longer in the cohort.
 *
 * @category Workflow
 */
export type RemovedBecause = 'declined' | 'displaced' | 'not-allowed' | 'left-programme';

/** A change from the previous proposal to the new one. @category Workflow */
export type ProposalChange =
  | { readonly change: 'added'; readonly mentorId: MentorId; readonly menteeId: MenteeId }
  | {
      readonly change: 'removed';
      readonly mentorId: string;
      readonly menteeId: string;
      readonly because: RemovedBecause;
    };

/**
 * The answer of {@link applyDecisions}: the new proposal as a {@link Matching}, every pair's
 * status (the pairs of the new proposal and the declined pairs, by mentee then mentor id), what
 * changed from the previous proposal (removed pairs first, each with why, then added ones), how
 * many undecided pairs were kept and changed, and who is left waiting.
 *
 * @category Workflow
 */
export interface DecisionRound {
  readonly matching: Matching;
  readonly statuses: ReadonlyArray<DecidedPair>;
  readonly changes: ReadonlyArray<ProposalChange>;
  /**
   * The undecided pairs of the previous proposal (`before`), how many the new one keeps and how
   * many it changes (`changed = before − kept`: displaced, no longer allowed, or a person left).
   * `changed` is the fewest possible: no matching that keeps the accepted pairs and respects the
   * capacities and rules keeps more of them.
   */
  readonly undecided: { readonly before: number; readonly kept: number; readonly changed: number };
  readonly waitingList: WaitingList;
}
