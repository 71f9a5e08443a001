import { intervalsOf, sharedMinutes } from '../../domain/index';
import type { PreparedCohort } from './prepareCohort';

/** The availability figures of a {@link QualityReport}, absent when no pair has both sides' windows. @internal */
export interface AvailabilityFigures {
  meanSharedAvailabilityMinutes?: number;
  sharedAvailabilityShare?: number;
}

/**
 * How well the pairs can meet, over the effective pairs whose two people both list availability:
 * the mean minutes a week they share, and the share of them that share at least an hour (or the
 * programme's `minAvailabilityOverlapMinutes`, when it asks for more). Absent (not 0) when no such
 * pair exists: there is nothing to measure.
 *
 * @param partners - each mentee's effective pairs (mentor indices)
 * @internal
 */
export function sharedAvailability(
  p: PreparedCohort,
  partners: ReadonlyArray<ReadonlyArray<{ readonly m: number }>>,
): AvailabilityFigures {
  const { mentors, mentees, programme } = p.cohort;
  const enough = Math.max(60, programme.rules.minAvailabilityOverlapMinutes);
  const windows = new Map<number, Int32Array>();
  const of = (m: number): Int32Array | undefined => {
    const mentor = mentors[m];
    if (mentor === undefined || mentor.availability.length === 0) return undefined;
    let w = windows.get(m);
    if (w === undefined) windows.set(m, (w = intervalsOf(mentor)));
    return w;
  };
  let pairs = 0;
  let minutes = 0;
  let met = 0;
  partners.forEach((list, e) => {
    const mentee = mentees[e];
    if (mentee === undefined || mentee.availability.length === 0 || list.length === 0) return;
    const own = intervalsOf(mentee);
    for (const { m } of list) {
      const theirs = of(m);
      if (theirs === undefined) continue;
      const shared = sharedMinutes(own, theirs);
      pairs++;
      minutes += shared;
      if (shared >= enough) met++;
    }
  });
  return pairs === 0
    ? {}
    : { meanSharedAvailabilityMinutes: minutes / pairs, sharedAvailabilityShare: met / pairs };
}
