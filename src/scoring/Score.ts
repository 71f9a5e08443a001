import * as z from 'zod';

/**
 * A pair's score: a number in [0, 1], branded so that any number is not taken for a score. At
 * runtime it is a plain number (the brand exists only for the type checker).
 *
 * @example
 * const score = scoreSchema.parse(0.75); // 0.75, typed as Score
 * @category Scoring
 */
export const scoreSchema = z
  .number()
  .min(0, 'a score is at least 0')
  .max(1, 'a score is at most 1')
  .brand<'Score'>();

/** A score in [0, 1]: the weighted mean of a pair's criteria. @category Scoring */
export type Score = z.output<typeof scoreSchema>;
