import { isLeft } from 'fp-ts/lib/Either.js';
import { type Cohort, type IsoDate, type Journal, daysBetween } from '../../domain/index';
import type { Matching } from '../../matching/index';
import {
  type AssessProgrammeOptions,
  type PairStatus,
  type ProgrammeReport,
  STATUSES,
  assessProgramme,
} from '../../monitoring/index';

/** The most points in time a chart over weeks shows: beyond, weeks are grouped. @internal */
export const MAX_POINTS = 26;

/**
 * The date `days` after `date`, `YYYY-MM-DD` (UTC arithmetic: no clock, no time zone).
 *
 * @internal
 */
export function addDays(date: string, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10) as IsoDate;
}

/** The starts of the periods from `start` to `asOf`: every 7 days, or a multiple of 7 so that at most {@link MAX_POINTS} remain. @internal */
export function periods(
  start: string,
  asOf: string,
): { readonly starts: ReadonlyArray<IsoDate>; readonly days: number } {
  const span = Math.max(0, daysBetween(start, asOf));
  const weeks = Math.floor(span / 7) + 1;
  const days = 7 * Math.ceil(weeks / MAX_POINTS);
  const starts: IsoDate[] = [];
  for (let at = 0; at <= span; at += days) starts.push(addDays(start, at));
  return { starts, days };
}

/**
 * Check-ins held and cancelled in each period from the programme start to `asOf` (what
 * `assessProgramme` counts: only check-ins of the matching's pairs, up to `asOf`).
 *
 * @internal
 */
export function sessionsPerPeriod(
  journal: Journal,
  matching: Matching,
  report: ProgrammeReport,
): {
  readonly starts: ReadonlyArray<IsoDate>;
  readonly held: ReadonlyArray<number>;
  readonly cancelled: ReadonlyArray<number>;
} {
  const { starts, days } = periods(report.startDate, report.asOf);
  const held = starts.map(() => 0);
  const cancelled = starts.map(() => 0);
  const paired = new Set(matching.pairs.map((p) => `${p.mentorId}\u0000${p.menteeId}`));
  for (const c of journal.checkIns) {
    if (c.date > report.asOf || c.date < report.startDate) continue;
    if (!paired.has(`${c.mentorId}\u0000${c.menteeId}`)) continue;
    const i = Math.floor(daysBetween(report.startDate, c.date) / days);
    const counts = c.cancelled ? cancelled : held;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return { starts, held, cancelled };
}

/**
 * The pairs in each status at the end of each period (the last point is `asOf` itself): the
 * programme assessed again as of each date with the same start and cadence, so each point is
 * what `progress --as-of` that day says.
 *
 * @internal
 */
export function statusesOverTime(
  cohort: Cohort,
  matching: Matching,
  journal: Journal,
  report: ProgrammeReport,
  options: AssessProgrammeOptions,
): {
  readonly dates: ReadonlyArray<IsoDate>;
  readonly counts: Readonly<Record<PairStatus, ReadonlyArray<number>>>;
} {
  const { starts, days } = periods(report.startDate, report.asOf);
  const dates = starts.map((s) => {
    const end = addDays(s, days - 1);
    return end < report.asOf ? end : report.asOf;
  });
  const counts = Object.fromEntries(STATUSES.map((s) => [s, [] as number[]])) as Record<PairStatus, number[]>;
  for (const date of dates) {
    const at =
      date === report.asOf
        ? report
        : assessProgramme(cohort, matching, journal, { ...options, asOf: date, startDate: report.startDate });
    // The same inputs passed for asOf, and an earlier date within the programme changes no check.
    const statuses =
      'outcomes' in at ? at.outcomes.statuses : isLeft(at) ? undefined : at.right.outcomes.statuses;
    for (const s of STATUSES) counts[s].push(statuses?.[s] ?? 0);
  }
  return { dates, counts };
}
