import type { AreaId, Cohort } from '../../domain/index';
import { compareIds } from '../../domain/index';
import type { AreaReport, GoalProgress } from '../ProgrammeReport';
import { type Assessed, allRatings, distinctGoals } from './Assessed';
import { mean, share } from './stats';

/**
 * The programme by skill area: every goal of the pairs' people (mentees' and mentors'), once
 * per person, in its skill's area; participation and satisfaction over the pairs in which some
 * goal of the area is pursued (a mentor's learn-back goal is pursued in each of their pairs).
 *
 * @internal
 */
export function areaReports(cohort: Cohort, pairs: ReadonlyArray<Assessed>): AreaReport[] {
  const goals = new Map<AreaId, { list: GoalProgress[]; people: Set<string> }>();
  for (const { person, goal } of distinctGoals(pairs)) {
    const tally = goals.get(goal.area) ?? { list: [], people: new Set<string>() };
    tally.list.push(goal);
    tally.people.add(person);
    goals.set(goal.area, tally);
  }
  const pursuedIn = new Map<AreaId, Assessed[]>();
  for (const pair of pairs) {
    const { mentee, mentor } = pair.report.progress;
    const areas = new Set([...mentee.goals, ...mentor.goals].map((g) => g.area));
    for (const area of areas) pursuedIn.set(area, [...(pursuedIn.get(area) ?? []), pair]);
  }
  return [...goals.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([id, tally]): AreaReport => {
      const area = cohort.areas.get(id);
      const inArea = pursuedIn.get(id) ?? [];
      const held = inArea.reduce((sum, p) => sum + p.report.sessions.held, 0);
      const expected = inArea.reduce((sum, p) => sum + p.report.sessions.expected, 0);
      return {
        area: id,
        side: area?.side ?? 'digital',
        label: area?.label ?? { en: id, pl: id },
        goals: tally.list.length,
        people: tally.people.size,
        meanGain: mean(tally.list.map((g) => g.gained)),
        reachedShare: share(tally.list.filter((g) => g.reached).length, tally.list.length),
        participation: share(held, expected),
        satisfaction: mean(inArea.flatMap(allRatings)),
      };
    });
}
