import {
  type Cohort,
  type Mentee,
  type Mentor,
  PRIORITY_WEIGHT,
  compareIds,
  generationRank,
  utcOffsetMinutes,
} from '../../domain/index';
import type { CriterionReason, LearnsBackReason, TeachesReason } from '../Reason';
import { overlapMinutes, primaryLanguage } from './constants';
import { focusWeight } from './focusWeight';

/**
 * The reasons that speak for a feasible pair, strongest first: the goals the mentor can teach
 * (by priority × focus × levels gained), the goals the mentee covers back, then the generation and
 * grade gap, different departments, shared languages and shared working hours. A criterion
 * switched off (weight 0) gives no reason. Only fields that feed a criterion appear: never a birth
 * year or a manager.
 *
 * @internal
 */
export function pairReasons(cohort: Cohort, mentor: Mentor, mentee: Mentee): ReadonlyArray<CriterionReason> {
  const weights = cohort.programme.weights;
  const ids = { mentorId: mentor.id, menteeId: mentee.id };
  const reasons: CriterionReason[] = [];

  if (weights.skillGain > 0 || weights.goalCoverage > 0) {
    const teaches: Array<{ readonly reason: TeachesReason; readonly weight: number }> = [];
    for (const goal of mentee.goals) {
      const menteeLevel = mentee.skills.get(goal.skill) ?? 0;
      const mentorLevel = mentor.skills.get(goal.skill) ?? 0;
      if (menteeLevel >= goal.target || mentorLevel <= menteeLevel) continue;
      const gained = Math.min(mentorLevel, goal.target) - menteeLevel;
      teaches.push({
        reason: {
          kind: 'teaches',
          ...ids,
          skill: goal.skill,
          mentorLevel,
          menteeLevel,
          target: goal.target,
          priority: goal.priority,
        },
        weight: PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill) * gained,
      });
    }
    teaches.sort((a, b) => b.weight - a.weight || compareIds(a.reason.skill, b.reason.skill));
    for (const { reason } of teaches) reasons.push(reason);
  }

  if (weights.reciprocity > 0) {
    const back: Array<{ readonly reason: LearnsBackReason; readonly weight: number }> = [];
    for (const goal of mentor.goals) {
      const mentorLevel = mentor.skills.get(goal.skill) ?? 0;
      const menteeLevel = mentee.skills.get(goal.skill) ?? 0;
      if (mentorLevel >= goal.target || menteeLevel < goal.target) continue;
      back.push({
        reason: {
          kind: 'learns-back',
          ...ids,
          skill: goal.skill,
          menteeLevel,
          mentorLevel,
          target: goal.target,
          priority: goal.priority,
        },
        weight: PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill),
      });
    }
    back.sort((a, b) => b.weight - a.weight || compareIds(a.reason.skill, b.reason.skill));
    for (const { reason } of back) reasons.push(reason);
  }

  if (weights.generationGap > 0 && mentor.generation !== undefined && mentee.generation !== undefined) {
    const generations = generationRank(mentor.generation) - generationRank(mentee.generation);
    if (generations > 0) {
      reasons.push({
        kind: 'bridges-generations',
        ...ids,
        mentorGeneration: mentor.generation,
        menteeGeneration: mentee.generation,
        generations,
      });
    }
  }
  if (weights.seniorityGap > 0 && mentee.grade > mentor.grade) {
    reasons.push({
      kind: 'bridges-grades',
      ...ids,
      mentorGrade: mentor.grade,
      menteeGrade: mentee.grade,
      grades: mentee.grade - mentor.grade,
    });
  }
  if (
    weights.crossDepartment > 0 &&
    mentor.department !== undefined &&
    mentee.department !== undefined &&
    mentor.department !== mentee.department
  ) {
    reasons.push({
      kind: 'cross-department',
      ...ids,
      mentorDepartment: mentor.department,
      menteeDepartment: mentee.department,
    });
  }

  const theirs = new Set(mentee.languages.map(primaryLanguage));
  const shared = [...new Set(mentor.languages.map(primaryLanguage))]
    .filter((l) => theirs.has(l))
    .sort(compareIds);
  if (shared.length > 0) reasons.push({ kind: 'shared-language', ...ids, languages: shared });

  if (weights.timeZone > 0 && mentor.timeZone !== undefined && mentee.timeZone !== undefined) {
    const a = utcOffsetMinutes(mentor.timeZone);
    const b = utcOffsetMinutes(mentee.timeZone);
    if (a !== undefined && b !== undefined) {
      const overlapHours = Math.round((overlapMinutes(a, b) / 60) * 100) / 100;
      reasons.push({
        kind: 'time-zone',
        ...ids,
        overlapHours,
        mentorTimeZone: mentor.timeZone,
        menteeTimeZone: mentee.timeZone,
      });
    }
  }
  return reasons;
}
