import type { AreaId, Assessment, Cohort, Goal, SkillId } from '../../domain/index';
import type { GoalProgress, GoalsProgress } from '../ProgrammeReport';
import { mean } from './stats';

/**
 * A person's progress on their goals: for each goal, the first and the latest self-assessed
 * level of the skill (the cohort's level standing in for the baseline while there are fewer
 * than two assessments), the level gained and whether the target is reached.
 *
 * @param cohort - the cohort (for the area of each skill)
 * @param goals - the person's goals
 * @param declared - the person's levels as the cohort declares them
 * @param assessments - the person's self-assessments up to asOf, oldest first
 * @internal
 */
export function goalProgress(
  cohort: Cohort,
  goals: ReadonlyArray<Goal>,
  declared: ReadonlyMap<SkillId, number>,
  assessments: ReadonlyArray<Assessment>,
): GoalsProgress {
  const progress = goals.map((goal): GoalProgress => {
    const levels = assessments.flatMap((a) => {
      const level = a.skills.get(goal.skill);
      return level === undefined ? [] : [level as number];
    });
    const cohortLevel = declared.get(goal.skill) ?? 0;
    const baseline = levels.length >= 2 ? (levels[0] as number) : cohortLevel;
    const latest = levels.at(-1) ?? cohortLevel;
    return {
      skill: goal.skill,
      // A skill of a goal is in the catalogue (parseCohort checks it); its id is the fallback area.
      area: cohort.catalog.get(goal.skill)?.area ?? (goal.skill as string as AreaId),
      priority: goal.priority,
      target: goal.target,
      baseline,
      latest,
      gained: latest - baseline,
      reached: latest >= goal.target,
      assessments: levels.length,
    };
  });
  return {
    goals: progress,
    meanGain: mean(progress.map((g) => g.gained)),
    reached: progress.filter((g) => g.reached).length,
  };
}
