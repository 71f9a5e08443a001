/**
 * What several criteria and rules share.
 *
 * @internal
 */

/** Proficiency runs 0–5: the size of a table indexed by a level. */
export const LEVELS = 6;

/** The cuts of one skill's people by level in `ScoringTables.mentorsBySkill`: one per level and one above. */
export const CUTS = LEVELS + 1;

/** The primary subtag of a BCP 47 tag, lower case: `en-GB` and `EN` are both `en`. */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/** A gap counted linearly up to `at`, then saturating at 1; 0 for no gap or the wrong way round. */
export function saturate(gap: number, at: number): number {
  return gap <= 0 ? 0 : gap >= at ? 1 : gap / at;
}
