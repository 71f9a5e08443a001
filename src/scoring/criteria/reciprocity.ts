import { PRIORITY_WEIGHT, compareIds, openGoals } from '../../domain/index';
import type { LearnsBackReason } from '../Reason';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { LEVELS } from '../internal/constants';
import { focusWeight } from '../internal/focusWeight';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { PRIORITY } from '../internal/wordsPl';

/**
 * Reciprocity: the share of the mentor's open goals (weighted by priority × focus) whose target
 * the mentee has reached, so that the pair learns both ways. Reads the mentee's levels and the
 * mentor's open goals; absent when the mentor has none. Speaks with a `learns-back` reason for
 * each such goal, strongest first.
 *
 * @internal
 */
export const reciprocity: CriterionDefinition = {
  prepare: ({ mentors, mentees, skills }) => {
    const { goalStart, goalSkill, goalTotal } = mentors;
    const level = mentees.level;
    // `covers[g * LEVELS + b]`: the weight of the mentor's goal g when a mentee at level b has
    // reached its target, else 0, so that the sum over the goals takes no branch.
    const covers = new Float64Array(goalSkill.length * LEVELS);
    for (let g = 0; g < goalSkill.length; g++)
      covers.fill(
        mentors.goalWeight[g] as number,
        g * LEVELS + (mentors.goalTarget[g] as number),
        (g + 1) * LEVELS,
      );
    // The owner of each goal, so that one flat loop over the range's goals sums them all (a
    // mentor's goals are consecutive, in their canonical order by skill id, so each sum runs in
    // the same order as a loop per mentor would) without a short inner loop per mentor.
    const owner = new Int32Array(goalSkill.length);
    for (let m = 0; m < mentors.count; m++) owner.fill(m, goalStart[m] as number, goalStart[m + 1] as number);
    const covered = new Float64Array(mentors.count);
    const layout: Layout = { goalStart, goalSkill, goalTotal, level, covers, owner, covered, skills };
    return (e, from, to, weight, num, den, blocked) =>
      addReciprocity(layout, e, from, to, weight, num, den, blocked);
  },
  reasons: ({ cohort, mentor, mentee }) => {
    if (cohort.programme.weights.reciprocity <= 0) return [];
    const back: Array<{ readonly reason: LearnsBackReason; readonly weight: number }> = [];
    for (const goal of openGoals(mentor)) {
      const menteeLevel = mentee.skills.get(goal.skill) ?? 0;
      if (menteeLevel < goal.target) continue;
      back.push({
        reason: {
          kind: 'learns-back',
          mentorId: mentor.id,
          menteeId: mentee.id,
          skill: goal.skill,
          menteeLevel,
          mentorLevel: mentor.skills.get(goal.skill) ?? 0,
          target: goal.target,
          priority: goal.priority,
        },
        weight: PRIORITY_WEIGHT[goal.priority] * focusWeight(cohort, goal.skill),
      });
    }
    back.sort((a, b) => b.weight - a.weight || compareIds(a.reason.skill, b.reason.skill));
    return back.map(({ reason }) => reason);
  },
};

/** What the reciprocity kernel reads, laid out once per cohort. */
interface Layout {
  readonly goalStart: Int32Array;
  readonly goalSkill: Int32Array;
  readonly goalTotal: Float64Array;
  readonly level: Uint8Array;
  readonly covers: Float64Array;
  readonly owner: Int32Array;
  readonly covered: Float64Array;
  readonly skills: number;
}

/**
 * The reciprocity kernel's loop, a function of its own that reads its tables into locals once per
 * call (see `CriterionKernel`).
 */
function addReciprocity(
  layout: Layout,
  e: number,
  from: number,
  to: number,
  weight: number,
  num: Float64Array,
  den: Float64Array,
  blocked: Uint8Array,
): void {
  const { goalStart, goalSkill, goalTotal, level, covers, owner, covered, skills } = layout;
  const base = e * skills;
  const gTo = goalStart[to] as number;
  covered.fill(0, from, to);
  for (let g = goalStart[from] as number; g < gTo; g++) {
    const m = owner[g] as number;
    covered[m] =
      (covered[m] as number) +
      (covers[g * LEVELS + (level[base + (goalSkill[g] as number)] as number)] as number);
  }
  for (let m = from; m < to; m++) {
    if (goalStart[m + 1] === goalStart[m] || blocked[m] === 1) continue;
    num[m] = (num[m] as number) + weight * ((covered[m] as number) / (goalTotal[m] as number));
    den[m] = (den[m] as number) + weight;
  }
}

/** The `learns-back` reason in English and Polish. @internal */
export const learnsBackMessages: ReasonMessages<'learns-back'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `in return, ${mentee} can teach ${name.skill(reason.skill)} (${reason.menteeLevel} vs ${reason.mentorLevel}), a ${reason.priority}-priority goal of ${mentor}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `w zamian ${mentee} może uczyć: ${name.skill(reason.skill)} (${reason.menteeLevel} wobec ${reason.mentorLevel}) — cel o ${PRIORITY[reason.priority]} priorytecie (${mentor})`;
  },
};
