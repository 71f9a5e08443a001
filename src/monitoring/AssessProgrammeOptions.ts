import type { IsoDate, MenteeId, MentorId } from '../domain/index';

/**
 * Options of {@link assessProgramme}:
 *
 * - `asOf` (required): the date of the report, `YYYY-MM-DD`; the core has no clock, so the
 *   caller says what "today" is. Check-ins, assessments and outcomes dated after it are ignored.
 * - `cadenceDays` (default 14): how often a pair is meant to meet, a whole number from 1 to 365.
 * - `startDate`: the programme start; default the first check-in up to `asOf` (with no check-in
 *   at all, `asOf` itself: no pair is overdue yet). Give it whenever it is known: a start
 *   taken from the data moves when an earlier check-in is added.
 * - `endedPairs`: `[mentorId, menteeId]` pairs of the matching that the programme ended (they
 *   get the status `ended`).
 *
 * @category Monitoring
 */
export interface AssessProgrammeOptions {
  readonly asOf: IsoDate | string;
  readonly cadenceDays?: number;
  readonly startDate?: IsoDate | string;
  readonly endedPairs?: ReadonlyArray<readonly [MentorId, MenteeId]>;
}
