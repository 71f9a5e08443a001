import type { AreaId, Cohort } from '../../domain/index';
import { compareIds } from '../../domain/index';
import type { AreaReport, GoalProgress } from '../ProgrammeReport';
import { type Assessed, allRatings } from './Assessed';
import { mean, share } from './stats';

/**
 * The programme by skill area: every goal of every pair (the mentee's and the mentor's) counted
 * in its skill's area; participation and satisfaction over the pairs with a goal in the area.
 *
 * @internal
 */
export function areaReports(cohort: Cohort, pairs: ReadonlyArray<Assessed>): AreaReport[] {
  interface Tally {
    goals: GoalProgress[];
    people: Set<string>;
    pairs: Set<Assessed>;
  }
  const byArea = new Map<AreaId, Tally>();
  for (const pair of pairs) {
    const { mentorId, menteeId, progress } = pair.report;
    const sides = [
      { person: menteeId as string, goals: progress.mentee.goals },
      { person: mentorId as string, goals: progress.mentor.goals },
    ];
    for (const { person, goals } of sides) {
      for (const goal of goals) {
        const tally = byArea.get(goal.area) ?? { goals: [], people: new Set<string>(), pairs: new Set<Assessed>() };
        tally.goals.push(goal);
        tally.people.add(person);
        tally.pairs.add(pair);
        byArea.set(goal.area, tally);
      }
    }
  }
  return [...byArea.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, tally]): AreaReport => {
      const area = cohort.areas.get(id);
      const inArea = [...tally.pairs];
      const held = inArea.reduce((sum, p) => sum + p.report.sessions.held, 0);
      const expected = inArea.reduce((sum, p) => sum + p.report.sessions.expected, 0);
      return {
        area: id,
        side: area?.side ?? 'digital',
        label: area?.label ?? { en: id, pl: id },
        goals: tally.goals.length,
        people: tally.people.size,
        meanGain: mean(tally.goals.map((g) => g.gained)),
        reachedShare: share(tally.goals.filter((g) => g.reached).length, tally.goals.length),
        participation: share(held, expected),
        satisfaction: mean(inArea.flatMap(allRatings)),
      };
    });
}
