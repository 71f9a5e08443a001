import type { IsoDate, MenteeId, MentorId } from '../domain/index';
import type { Matching } from '../matching/index';
import type { WaitingList } from './WaitingList';

/** One waiting class of a wave: the mentees waiting since one day (or with no date), and how many got a mentor. @category Workflow */
export interface WaveClass {
  /** The day they wait since; `null` for the mentees who gave no date (served last). */
  readonly waitingSince: IsoDate | null;
  /** Mentees of the class with a place to fill. */
  readonly mentees: number;
  /** Pairs the wave made for them. */
  readonly pairs: number;
}

/**
 * The answer of {@link matchWave}: the whole matching after the wave (the running pairs, untouched,
 * and the new ones; `unmatched` are the mentees still short), the pairs the wave added, the
 * running pairs it dropped because a person left the cohort, the classes in the order they were
 * served, and the waiting list.
 *
 * @category Workflow
 */
export interface Wave {
  readonly matching: Matching;
  readonly added: ReadonlyArray<{ readonly mentorId: MentorId; readonly menteeId: MenteeId }>;
  readonly ended: ReadonlyArray<{ readonly mentorId: string; readonly menteeId: string }>;
  readonly classes: ReadonlyArray<WaveClass>;
  readonly waitingList: WaitingList;
}
