import * as z from 'zod';

/**
 * A proficiency level, 0–5: none, novice, advanced beginner, competent, proficient, expert
 * (the Dreyfus model with a zero).
 *
 * @category Domain
 */
export const proficiencySchema = z
  .number()
  .int('a proficiency is a whole number from 0 to 5')
  .min(0, 'a proficiency is at least 0 (none)')
  .max(5, 'a proficiency is at most 5 (expert)')
  .brand<'Proficiency'>();
/** A proficiency level 0–5. @category Domain */
export type Proficiency = z.output<typeof proficiencySchema>;

/** The names of the proficiency levels, index = level. @category Domain */
export const PROFICIENCY_NAMES = [
  'none',
  'novice',
  'advanced beginner',
  'competent',
  'proficient',
  'expert',
] as const;

/** The highest proficiency level. @category Domain */
export const MAX_PROFICIENCY = 5;
