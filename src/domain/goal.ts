import * as z from 'zod';
import { skillIdSchema } from './ids';

/** How much a goal matters to its owner. @category Domain */
export const prioritySchema = z.enum(['high', 'medium', 'low']);
/** How much a goal matters to its owner: `high`, `medium` or `low`. @category Domain */
export type Priority = z.output<typeof prioritySchema>;

/** The weight of each priority: high 3, medium 2, low 1. @category Domain */
export const PRIORITY_WEIGHT: Readonly<Record<Priority, number>> = { high: 3, medium: 2, low: 1 };

/** The target level of a goal that names none: proficient (4). @category Domain */
export const DEFAULT_GOAL_TARGET = 4;

/**
 * A learning goal: a skill to learn, how much it matters, and the level to reach
 * (1–5, default {@link DEFAULT_GOAL_TARGET}).
 *
 * @category Domain
 */
export const goalSchema = z.strictObject({
  skill: skillIdSchema,
  priority: prioritySchema.default('medium'),
  target: z
    .number()
    .int('a target is a whole proficiency level')
    .min(1, 'a target is at least 1 (novice)')
    .max(5, 'a target is at most 5 (expert)')
    .default(DEFAULT_GOAL_TARGET),
});
/** A learning goal as validated, with priority and target filled in. @category Domain */
export type Goal = Readonly<z.output<typeof goalSchema>>;
/** A learning goal as written in a cohort. @category Domain */
export type GoalInput = z.input<typeof goalSchema>;
