import type { Cohort, IsoDate } from '../domain/index';
import { compareIds } from '../domain/index';
import type { Matching } from '../matching/index';
import type { MentorWithPlaces, WaitingList, WaitingMentee } from './WaitingList';

/**
 * {@link waitingListOf} without its checks, for the library's own callers (`applyDecisions`,
 * `matchWave`, the report), which pass a parsed cohort and a matching they made.
 *
 * @internal
 */
export function waitingListOfUnchecked(
  cohort: Cohort,
  matching: Pick<Matching, 'pairs' | 'unmatched'>,
): WaitingList {
  const since = (date: IsoDate | undefined): string => date ?? '\uffff';
  const reach = (entry: WaitingMentee['reason']): number => ('bestScore' in entry ? entry.bestScore : -1);
  const mentees = matching.unmatched
    .flatMap((u) => {
      const mentee = cohort.menteeById.get(u.menteeId);
      if (mentee === undefined) return [];
      const entry: Omit<WaitingMentee, 'position'> = {
        menteeId: u.menteeId,
        ...(mentee.waitingSince === undefined ? {} : { waitingSince: mentee.waitingSince }),
        wanted: u.wanted,
        got: u.got,
        reason: u.reason,
      };
      return [entry];
    })
    .sort(
      (a, b) =>
        compareIds(since(a.waitingSince), since(b.waitingSince)) ||
        reach(b.reason) - reach(a.reason) ||
        compareIds(a.menteeId, b.menteeId),
    )
    .map((entry, i): WaitingMentee => ({ position: i + 1, ...entry }));
  const load = new Map<string, number>();
  for (const p of matching.pairs) load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + 1);
  const mentors = cohort.mentors
    .flatMap((mentor) => {
      const places = mentor.capacity - (load.get(mentor.id) ?? 0);
      if (places <= 0) return [];
      const entry: Omit<MentorWithPlaces, 'position'> = {
        mentorId: mentor.id,
        ...(mentor.waitingSince === undefined ? {} : { waitingSince: mentor.waitingSince }),
        places,
      };
      return [entry];
    })
    .sort(
      (a, b) =>
        compareIds(since(a.waitingSince), since(b.waitingSince)) ||
        b.places - a.places ||
        compareIds(a.mentorId, b.mentorId),
    )
    .map((entry, i): MentorWithPlaces => ({ position: i + 1, ...entry }));
  return { mentees, mentors };
}
