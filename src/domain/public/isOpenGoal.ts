import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { allArguments, readArgument } from '../readArgument';
import type { Goal } from '../goal';
import { type GoalOwner, isOpenGoal as isOpenGoalUnchecked } from '../openGoals';
import { goalOwnerSchema, goalShape } from './goalOwnerSchema';

/**
 * Whether a goal is open: the person is below its target in its skill. An owner without a map of
 * `skills`, or a goal without a `skill` and a numeric `target`, is an `invalid-argument` issue.
 *
 * @param owner - a participant, or anything with skills and goals
 * @param goal - one of the owner's goals
 * @returns `true` while the person's level is below the target
 * @example
 * const ewa = { skills: new Map([['seo' as SkillId, 2]]), goals: [] };
 * isOpenGoal(ewa, { skill: 'seo' as SkillId, priority: 'high', target: 4 }); // { _tag: 'Right', right: true }
 * isOpenGoal(ewa, null as unknown as Goal).left?.[0].path; // ['goal']
 * @category Domain
 */
export function isOpenGoal(owner: GoalOwner, goal: Goal): Either<Issues<ArgumentIssue>, boolean> {
  const checked = allArguments(
    readArgument<GoalOwner>(goalOwnerSchema.pick({ skills: true }), owner, []),
    readArgument<Goal>(goalShape, goal, ['goal']),
  );
  return checked._tag === 'Left' ? checked : right(isOpenGoalUnchecked(...checked.right));
}
