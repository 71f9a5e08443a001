import * as z from 'zod';
import { areaIdSchema, displayTextSchema, skillIdSchema } from './ids';

/**
 * A catalogue entry as written in a cohort: an id, its area and optional labels
 * (English falls back to the id, Polish to English).
 *
 * @category Domain
 */
export const skillInputSchema = z.strictObject({
  id: skillIdSchema,
  area: areaIdSchema,
  label: z.strictObject({ en: displayTextSchema.optional(), pl: displayTextSchema.optional() }).optional(),
});
/** A catalogue entry as written in a cohort. @category Domain */
export type SkillInput = z.input<typeof skillInputSchema>;

/** A skill of the catalogue, with its area and its labels in every supported locale. @category Domain */
export interface Skill {
  readonly id: z.output<typeof skillIdSchema>;
  readonly area: z.output<typeof areaIdSchema>;
  readonly label: { readonly en: string; readonly pl: string };
}
