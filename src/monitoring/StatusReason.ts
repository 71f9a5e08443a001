import type { IsoDate, MenteeId, MentorId } from '../domain/index';

/**
 * Why a pair has its status, as data (turned into English or Polish by {@link explainStatus}):
 *
 * - `check-in-due` (→ `needs-check-in`): `days` ≥ one cadence since the last held session
 *   (`lastSession`), or since the programme start when the pair has held none (`lastSession`
 *   `null`);
 * - `no-session` (→ `at-risk`): the same, for `days` ≥ two cadences;
 * - `low-ratings` (→ `at-risk`): the last two held sessions were each rated at most `threshold`
 *   (2) by at least one side; `sessions` gives each one's date and lowest rating, oldest first;
 * - `repeated-cancellations` (→ `at-risk`): `by` one side cancelled `cancelled` (≥ 2) of the
 *   last `window` (3) scheduled sessions, held or cancelled;
 * - `left` (→ `ended`): the mentor or the mentee (`side`, `participantId`) left the organisation
 *   on `date` (an outcome `left` of the journal);
 * - `ended-by-programme` (→ `ended`): the caller listed the pair in `endedPairs`.
 *
 * @category Monitoring
 */
export type StatusReason =
  | {
      readonly kind: 'check-in-due';
      readonly days: number;
      readonly lastSession: IsoDate | null;
      readonly cadenceDays: number;
    }
  | {
      readonly kind: 'no-session';
      readonly days: number;
      readonly lastSession: IsoDate | null;
      readonly cadenceDays: number;
    }
  | {
      readonly kind: 'low-ratings';
      readonly threshold: number;
      readonly sessions: readonly [LowRatedSession, LowRatedSession];
    }
  | {
      readonly kind: 'repeated-cancellations';
      readonly by: 'mentor' | 'mentee';
      readonly cancelled: number;
      readonly window: number;
    }
  | {
      readonly kind: 'left';
      readonly side: 'mentor' | 'mentee';
      readonly participantId: MentorId | MenteeId;
      readonly date: IsoDate;
    }
  | { readonly kind: 'ended-by-programme' };

/** A held session that was rated low: its date and the lower of the two ratings. @category Monitoring */
export interface LowRatedSession {
  readonly date: IsoDate;
  readonly rating: number;
}
