import { right, type Either } from 'fp-ts/lib/Either.js';
import type { ArgumentIssue } from '../ArgumentIssue';
import type { Issues } from '../Issue';
import { readArgument } from '../readArgument';
import type { Goal } from '../goal';
import { type GoalOwner, openGoals as openGoalsUnchecked } from '../openGoals';
import { goalOwnerSchema } from './goalOwnerSchema';

/**
 * A person's open goals (see {@link isOpenGoal}) in the canonical order, by skill id, whatever
 * order the person listed them in. An owner without a map of `skills` and a list of `goals` is
 * an `invalid-argument` issue.
 *
 * @param owner - a participant, or anything with skills and goals
 * @returns the open goals, sorted by skill id
 * @example
 * const [seo, ads] = ['seo', 'tiktok-ads'] as SkillId[];
 * const ewa = { skills: new Map([[seo, 4]]), goals: [{ skill: ads, priority: 'high' as const, target: 3 }, { skill: seo, priority: 'low' as const, target: 4 }] };
 * orThrow(openGoals(ewa)).map((g) => g.skill); // ['tiktok-ads']
 * openGoals({} as GoalOwner).left?.[0].path; // ['skills']
 * @category Domain
 */
export function openGoals(owner: GoalOwner): Either<Issues<ArgumentIssue>, ReadonlyArray<Goal>> {
  const read = readArgument<GoalOwner>(goalOwnerSchema, owner, []);
  return read._tag === 'Left' ? read : right(openGoalsUnchecked(read.right));
}
