import { compareIds } from './compareIds';
import type { Goal } from './goal';
import type { SkillId } from './ids';

/** What {@link isOpenGoal} and {@link openGoals} read from a person: their levels and goals. @category Domain */
export interface GoalOwner {
  readonly skills: ReadonlyMap<SkillId, number>;
  readonly goals: ReadonlyArray<Goal>;
}

/**
 * Whether a goal is still open for its owner: their own level in the skill (0 when not listed) is
 * below the goal's target. A goal already reached asks nothing of a partner: scoring neither gains
 * nor covers it, and the skill-gain rule does not count it.
 *
 * @param owner - the person whose goal it is
 * @param goal - one of their goals
 * @returns true when the owner is below the target
 * @example
 * const skill = 'seo' as SkillId;
 * isOpenGoal({ skills: new Map([[skill, 2]]), goals: [] }, { skill, priority: 'high', target: 4 }); // true
 * isOpenGoal({ skills: new Map([[skill, 4]]), goals: [] }, { skill, priority: 'high', target: 4 }); // false
 * @category Domain
 */
export function isOpenGoal(owner: GoalOwner, goal: Goal): boolean {
  return (owner.skills.get(goal.skill) ?? 0) < goal.target;
}

/**
 * A person's open goals ({@link isOpenGoal}) in the canonical order, by skill id: whatever order
 * the person listed them in, sums and products over them are taken in this one order, so a score
 * never depends on the order of a person's goals (a person has at most one goal per skill).
 *
 * @param owner - a participant, or anything with skills and goals
 * @returns the open goals, sorted by skill id
 * @example
 * const [seo, ads] = ['seo', 'tiktok-ads'] as SkillId[];
 * openGoals({
 *   skills: new Map([[seo, 5]]),
 *   goals: [
 *     { skill: ads, priority: 'low', target: 3 },
 *     { skill: seo, priority: 'high', target: 4 },
 *   ],
 * }).map((g) => g.skill); // ['tiktok-ads']
 * @category Domain
 */
export function openGoals(owner: GoalOwner): ReadonlyArray<Goal> {
  return owner.goals.filter((goal) => isOpenGoal(owner, goal)).sort((a, b) => compareIds(a.skill, b.skill));
}
