import type { IsoDate, MenteeId, MentorId } from '../domain/index';
import type { UnmatchedReason } from '../matching/index';

/**
 * A mentee on the waiting list: their `position` (1 = next in line), since when they wait, how
 * many mentors they want and have, and why they have no further mentor now.
 *
 * @category Workflow
 */
export interface WaitingMentee {
  readonly position: number;
  readonly menteeId: MenteeId;
  readonly waitingSince?: IsoDate;
  readonly wanted: number;
  readonly got: number;
  readonly reason: UnmatchedReason;
}

/** A mentor with places left: how many, and since when they wait. @category Workflow */
export interface MentorWithPlaces {
  readonly position: number;
  readonly mentorId: MentorId;
  readonly waitingSince?: IsoDate;
  readonly places: number;
}

/**
 * Who waits after a matching: the mentees who got fewer mentors than they wanted, and the mentors
 * with places left, each side in line order — the longest wait first (`waitingSince`, earliest
 * first; no date last), then, for mentees, the best score within reach (the closest to a pair
 * first; a mentee no mentor is allowed for last), for mentors the most places left; then id.
 *
 * @category Workflow
 */
export interface WaitingList {
  readonly mentees: ReadonlyArray<WaitingMentee>;
  readonly mentors: ReadonlyArray<MentorWithPlaces>;
}
