import type { Outcome } from '../../domain/index';
import { STATUSES, type PairStatus } from '../PairStatus';
import type { ProgrammeOutcomes } from '../ProgrammeReport';
import { type Assessed, allRatings as ratingsOf, distinctGoals } from './Assessed';
import { mean, share } from './stats';

/**
 * The programme's outcomes: statuses, sessions, participation, satisfaction and Kirkpatrick's
 * levels. Outcomes count once per participant of a pair, and only those up to asOf (the caller
 * filters them).
 *
 * @internal
 */
export function programmeOutcomes(
  pairs: ReadonlyArray<Assessed>,
  outcomes: ReadonlyArray<Outcome>,
): ProgrammeOutcomes {
  const statuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<PairStatus, number>;
  let held = 0;
  let cancelled = 0;
  let expected = 0;
  const participants = new Set<string>();
  const mentorRatings: number[] = [];
  const menteeRatings: number[] = [];
  const allRatings: number[] = [];
  const goals = distinctGoals(pairs).map(({ goal }) => goal);
  for (const pair of pairs) {
    const { report, ratings } = pair;
    statuses[report.status] += 1;
    held += report.sessions.held;
    cancelled += report.sessions.cancelled;
    expected += report.sessions.expected;
    participants.add(report.mentorId);
    participants.add(report.menteeId);
    // Each side's mean is over sessions, not over pairs: a pair that met more often says more.
    mentorRatings.push(...ratings.mentor);
    menteeRatings.push(...ratings.mentee);
    allRatings.push(...ratingsOf(pair));
  }
  const people = (kind: Outcome['kind']) =>
    new Set(
      outcomes
        .filter((o) => o.kind === kind && participants.has(o.participantId))
        .map((o) => o.participantId),
    ).size;
  const has = (kind: Outcome['kind']) => outcomes.some((o) => o.kind === kind);
  const applied = people('applied');
  return {
    pairs: pairs.length,
    statuses,
    sessions: { held, cancelled, expected },
    participation: share(held, expected),
    satisfaction: { mentor: mean(mentorRatings), mentee: mean(menteeRatings) },
    kirkpatrick: {
      reaction: {
        meanRating: mean(allRatings),
        ratings: allRatings.length,
        favourableShare: share(allRatings.filter((r) => r >= 4).length, allRatings.length),
      },
      learning: {
        goals: goals.length,
        meanGain: mean(goals.map((g) => g.gained)),
        reachedShare: share(goals.filter((g) => g.reached).length, goals.length),
      },
      behaviour: has('applied')
        ? { applied, participants: participants.size, share: share(applied, participants.size) }
        : null,
      results:
        has('retained') || has('promoted') || has('left')
          ? {
              retained: people('retained'),
              promoted: people('promoted'),
              left: people('left'),
              participants: participants.size,
            }
          : null,
    },
  };
}
