import type { Cohort, SkillId } from '../../domain/index';

/**
 * The programme's focus weight for a skill: the weight named for the skill itself, else for its
 * area, else 1.
 *
 * @internal
 */
export function focusWeight(cohort: Cohort, skill: SkillId): number {
  const focus = cohort.programme.focus;
  const own = focus.get(skill);
  if (own !== undefined) return own;
  const area = cohort.catalog.get(skill)?.area;
  return (area === undefined ? undefined : focus.get(area)) ?? 1;
}
