import { PRIORITY_WEIGHT, compareIds, openGoals } from '../../domain/index';
import type { TeachesReason } from '../Reason';
import type { CriterionDefinition } from '../internal/CriterionDefinition';
import { LEVELS } from '../internal/constants';
import { focusWeight } from '../internal/focusWeight';
import { foldGoals } from '../internal/foldGoals';
import type { ReasonMessages } from '../internal/ReasonMessages';
import { LEVEL, PRIORITY, countPl } from '../internal/wordsPl';

/**
 * Skill gain saturates as `1 - exp(-gain / SKILL_GAIN_SCALE)`, where `gain` sums, over the
 * mentee's open goals, priority × focus × levels the mentor can lift the mentee (up to the
 * target). One high-priority goal lifted by 2 levels (3 × 2 = 6) gives 1 − e^−0.6 ≈ 0.45; a second
 * such goal adds 0.25 more, not 0.45: diminishing returns.
 *
 * @internal
 */
export const SKILL_GAIN_SCALE = 10;

/**
 * Skill gain: what the mentor knows above the mentee in each of the mentee's open goals, up to the
 * goal's target, weighted by priority × focus, with diminishing returns. Reads the mentor's levels
 * and the mentee's open goals; no data (absent) when the mentee has no open goal. Speaks with a
 * `teaches` reason for every open goal the mentor is above the mentee in (strongest first), also
 * when only goal coverage has a weight: those are the goals coverage counts.
 *
 * @internal
 */
export const skillGain: CriterionDefinition = {
  prepare: (tables) => {
    const { mentees } = tables;
    const goals = mentees.goalSkill.length;
    // `factor[g * LEVELS + b]` = exp(−weight · lift / scale) for a mentor at level b, where lift =
    // min(b, target) − own level, and exactly 1 when b teaches nothing: the exponential of the sum
    // is the product of the exponentials, so the kernel multiplies one tabulated factor per goal
    // instead of calling Math.exp per pair (a fifth of the time of a score matrix), and the
    // product over the goals runs in their canonical order (by skill id).
    const factor = new Float64Array(goals * LEVELS).fill(1);
    // A cohort has few distinct goal weights (priority × focus): each weight's factors by lift are
    // computed once, by the same expression, so each cell gets the same number as computing it.
    const byWeight = new Map<number, Float64Array>();
    for (let g = 0; g < goals; g++) {
      const own = mentees.goalOwnLevel[g] as number;
      const target = mentees.goalTarget[g] as number;
      const weight = mentees.goalWeight[g] as number;
      let lifts = byWeight.get(weight);
      if (lifts === undefined) {
        lifts = Float64Array.from({ length: LEVELS }, (_, lift) =>
          Math.exp(-(weight * lift) / SKILL_GAIN_SCALE),
        );
        byWeight.set(weight, lifts);
      }
      for (let b = own + 1; b < LEVELS; b++)
        factor[g * LEVELS + b] = lifts[(b < target ? b : target) - own] as number;
    }
    const remaining = new Float64Array(tables.mentors.count);
    return (e, from, to, weight, num, den) => {
      if (!foldGoals(tables, factor, false, e, from, to, remaining)) return;
      for (let m = from; m < to; m++) {
        num[m] = (num[m] as number) + weight * (1 - (remaining[m] as number));
        den[m] = (den[m] as number) + weight;
      }
    };
  },
  reasons: ({ cohort, mentor, mentee }) => {
    const { weights } = cohort.programme;
    if (weights.skillGain <= 0 && weights.goalCoverage <= 0) return [];
    const teaches: Array<{ readonly reason: TeachesReason; readonly weight: number }> = [];
    for (const goal of openGoals(mentee)) {
      const menteeLevel = mentee.skills.get(goal.skill) ?? 0;
      const mentorLevel = mentor.skills.get(goal.skill) ?? 0;
      if (mentorLevel <= menteeLevel) continue;
      const gained = Math.min(mentorLevel, goal.target) - menteeLevel;
      teaches.push({
        reason: {
          kind: 'teaches',
          mentorId: mentor.id,
          menteeId: mentee.id,
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
    return teaches.map(({ reason }) => reason);
  },
};

/** The `teaches` reason in English and Polish. @internal */
export const teachesMessages: ReasonMessages<'teaches'> = {
  en: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    return `${mentor} can teach ${name.skill(reason.skill)} (${reason.mentorLevel} vs ${reason.menteeLevel}), a ${reason.priority}-priority goal of ${mentee}`;
  },
  pl: (reason, name, _audience) => {
    const mentor = name.mentor(reason.mentorId);
    const mentee = name.mentee(reason.menteeId);
    const above = reason.mentorLevel - reason.menteeLevel;
    return `${mentor} może uczyć: ${name.skill(reason.skill)} (${reason.mentorLevel} wobec ${reason.menteeLevel}, o ${countPl(name, above, LEVEL)} wyżej) — cel o ${PRIORITY[reason.priority]} priorytecie (${mentee})`;
  },
};
