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
 * Unchecked: what the library itself calls with values it made; the public `isOpenGoal` of
 * `reverse-mentoring/domain` (`public/isOpenGoal.ts`) checks its arguments first.
 *
 * @internal
 */
export function isOpenGoal(owner: GoalOwner, goal: Goal): boolean {
  return (owner.skills.get(goal.skill) ?? 0) < goal.target;
}

/**
 * A person's open goals ({@link isOpenGoal}) in the canonical order, by skill id: whatever order
 * the person listed them in, sums and products over them are taken in this one order, so a score
 * never depends on the order of a person's goals (a person has at most one goal per skill).
 *
 * Unchecked: what the library itself calls with values it made; the public `openGoals` of
 * `reverse-mentoring/domain` (`public/openGoals.ts`) checks its arguments first.
 *
 * @internal
 */
export function openGoals(owner: GoalOwner): ReadonlyArray<Goal> {
  return owner.goals.filter((goal) => isOpenGoal(owner, goal)).sort((a, b) => compareIds(a.skill, b.skill));
}
