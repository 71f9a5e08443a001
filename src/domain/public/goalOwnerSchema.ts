import * as z from 'zod';

/** What the goal helpers read of a goal: its skill and target. @internal */
export const goalShape = z.object({ skill: z.string(), target: z.number() });

/** What the goal helpers read of a person: a map of skill levels and a list of goals. @internal */
export const goalOwnerSchema = z.object({ skills: z.map(z.string(), z.number()), goals: z.array(goalShape) });
