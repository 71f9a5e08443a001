import type { GoalProgress, PairReport } from '../ProgrammeReport';

/** A pair's report with every rating of its held sessions, by side, for the roll-ups. @internal */
export interface Assessed {
  readonly report: PairReport;
  readonly ratings: { readonly mentor: ReadonlyArray<number>; readonly mentee: ReadonlyArray<number> };
}

/** Every rating of a pair's held sessions, both sides. @internal */
export function allRatings(pair: Assessed): number[] {
  return [...pair.ratings.mentor, ...pair.ratings.mentee];
}

/** A goal of a person, with the person. @internal */
export interface PersonGoal {
  readonly person: string;
  readonly goal: GoalProgress;
}

/**
 * Every goal of the pairs' people, each once: a mentor with two mentees appears in two pairs,
 * but their learn-back goals are theirs, not the pairs', and count once in a roll-up.
 *
 * @internal
 */
export function distinctGoals(pairs: ReadonlyArray<Assessed>): PersonGoal[] {
  const goals = new Map<string, PersonGoal>();
  for (const { report } of pairs) {
    const sides = [
      { person: report.menteeId as string, list: report.progress.mentee.goals },
      { person: report.mentorId as string, list: report.progress.mentor.goals },
    ];
    for (const { person, list } of sides) {
      for (const goal of list) {
        const key = JSON.stringify([person, goal.skill]);
        if (!goals.has(key)) goals.set(key, { person, goal });
      }
    }
  }
  return [...goals.values()];
}
