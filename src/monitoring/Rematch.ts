import type { MenteeId, MentorId } from '../domain/index';
import type { Matching, UnmatchedReason } from '../matching/index';

/**
 * What a rematch changes for one mentee of an at-risk pair: the mentor they had (`from`) and
 * the mentor proposed (`to`), or no `to` and the `reason` why no other mentor fits.
 *
 * @category Monitoring
 */
export type RematchChange =
  | { readonly menteeId: MenteeId; readonly from: MentorId; readonly to: MentorId }
  | { readonly menteeId: MenteeId; readonly from: MentorId; readonly reason: UnmatchedReason };

/**
 * A rematch proposal: the new matching (the healthy pairs kept as pinned pairs, the mentees of
 * at-risk pairs matched anew) and the changes, one per at-risk pair, sorted by mentee id.
 *
 * @category Monitoring
 */
export interface Rematch {
  readonly matching: Matching;
  readonly changes: ReadonlyArray<RematchChange>;
}
