import * as z from 'zod';

/**
 * What a workflow step reads from its options from plain JavaScript: the matcher's objective,
 * threshold, progress callback and cancellation signal (their values are the matcher's to check).
 *
 * @internal
 */
export const rematchOptionsSchema = z
  .object({
    objective: z.string().optional(),
    minScore: z.number().optional(),
    signal: z.object({}).loose().optional(),
    onProgress: z.custom<(progress: unknown) => void>((f) => typeof f === 'function').optional(),
  })
  .loose()
  .optional();
