import type { CheckIn, IsoDate, MenteeId, MentorId } from '../../domain/index';
import { daysBetween } from '../../domain/index';
import type { PairStatus } from '../PairStatus';
import type { SessionStats } from '../ProgrammeReport';
import type { LowRatedSession, StatusReason } from '../StatusReason';
import { mean } from './stats';

/** A session rated at most this (by either side) is rated low. @internal */
export const LOW_RATING = 2;
/** Repeated cancellations: this many by one side… @internal */
export const CANCELLATION_LIMIT = 2;
/** …among the last this many scheduled sessions. @internal */
export const CANCELLATION_WINDOW = 3;

/** What pairHealth needs to know about a pair. @internal */
export interface PairFacts {
  readonly mentorId: MentorId;
  readonly menteeId: MenteeId;
  /** The pair's check-ins up to asOf, in the journal's canonical order (by date first). */
  readonly checkIns: ReadonlyArray<CheckIn>;
  /** The date each person left the organisation (their first `left` outcome up to asOf). */
  readonly leftOn: ReadonlyMap<string, IsoDate>;
  readonly endedByProgramme: boolean;
  readonly start: IsoDate;
  readonly asOf: IsoDate;
  readonly cadenceDays: number;
}

/** The sessions, the reasons and the status of one pair. @internal */
export interface PairHealth {
  readonly sessions: SessionStats;
  readonly reasons: ReadonlyArray<StatusReason>;
  readonly status: PairStatus;
}

/**
 * Computes a pair's sessions and status. Every rule looks only at the pair's own check-ins, the
 * programme start and `asOf`, and each can only improve when a held check-in without a low
 * rating is added: the last session moves later (fewer silent days), such a session breaks a
 * run of low ratings, and it replaces a session in the cancellation window. So adding one never
 * makes a status worse (for a fixed start).
 *
 * @internal
 */
export function pairHealth(facts: PairFacts): PairHealth {
  const { checkIns, start, asOf, cadenceDays } = facts;
  const held = checkIns.filter((c) => !c.cancelled);
  const cancelled = checkIns.filter((c) => c.cancelled);
  const lastSession = held.at(-1)?.date ?? null;
  const sessions: SessionStats = {
    held: held.length,
    cancelled: cancelled.length,
    cancelledBy: {
      mentor: cancelled.filter((c) => c.cancelledBy === 'mentor').length,
      mentee: cancelled.filter((c) => c.cancelledBy === 'mentee').length,
      unknown: cancelled.filter((c) => c.cancelledBy === undefined).length,
    },
    expected: asOf < start ? 0 : Math.floor(daysBetween(start, asOf) / cadenceDays) + 1,
    minutes: held.reduce((sum, c) => sum + (c.minutes ?? 0), 0),
    lastSession,
    daysSinceLastSession: lastSession === null ? null : daysBetween(lastSession, asOf),
    meanRating: {
      mentor: mean(held.flatMap((c) => (c.ratings?.mentor === undefined ? [] : [c.ratings.mentor]))),
      mentee: mean(held.flatMap((c) => (c.ratings?.mentee === undefined ? [] : [c.ratings.mentee]))),
    },
  };

  const ended: StatusReason[] = [];
  const mentorLeft = facts.leftOn.get(facts.mentorId);
  const menteeLeft = facts.leftOn.get(facts.menteeId);
  if (mentorLeft !== undefined)
    ended.push({ kind: 'left', side: 'mentor', participantId: facts.mentorId, date: mentorLeft });
  if (menteeLeft !== undefined)
    ended.push({ kind: 'left', side: 'mentee', participantId: facts.menteeId, date: menteeLeft });
  if (facts.endedByProgramme) ended.push({ kind: 'ended-by-programme' });
  if (ended.length > 0) return { sessions, reasons: ended, status: 'ended' };

  const reasons: StatusReason[] = [];
  // Silence counts from the last held session, or from the start when the pair has held none
  // since (a session before the start does not make the pair look silent for longer).
  const since = lastSession !== null && lastSession > start ? lastSession : start;
  const silent = daysBetween(since, asOf);
  if (silent >= 2 * cadenceDays) reasons.push({ kind: 'no-session', days: silent, lastSession, cadenceDays });
  else if (silent >= cadenceDays)
    reasons.push({ kind: 'check-in-due', days: silent, lastSession, cadenceDays });

  const [before, last] = held.slice(-2).map(lowRating);
  if (
    before !== undefined &&
    last !== undefined &&
    before.rating <= LOW_RATING &&
    last.rating <= LOW_RATING
  ) {
    reasons.push({ kind: 'low-ratings', threshold: LOW_RATING, sessions: [before, last] });
  }

  const window = checkIns.slice(-CANCELLATION_WINDOW);
  for (const by of ['mentor', 'mentee'] as const) {
    const count = window.filter((c) => c.cancelled && c.cancelledBy === by).length;
    if (count >= CANCELLATION_LIMIT)
      reasons.push({ kind: 'repeated-cancellations', by, cancelled: count, window: window.length });
  }

  const status: PairStatus = reasons.some((r) => r.kind !== 'check-in-due')
    ? 'at-risk'
    : reasons.length > 0
      ? 'needs-check-in'
      : 'on-track';
  return { sessions, reasons, status };
}

/** A held session's date and its lowest rating (∞ when unrated: an unrated session is not low). */
function lowRating(checkIn: CheckIn): LowRatedSession {
  const { mentor = Number.POSITIVE_INFINITY, mentee = Number.POSITIVE_INFINITY } = checkIn.ratings ?? {};
  return { date: checkIn.date, rating: Math.min(mentor, mentee) };
}
